// GET /api/voice/themes (the taxonomy and the channels), PUT /api/voice/texts/:id/themes (a staff correction,
// audited), GET /api/voice/texts/:id/corrections, GET /api/voice/responses/:id (a text's response with its answers).
import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { correctVoiceThemes, findVoiceResponse, findVoiceText, listVoiceCorrections, searchVoiceTexts, writeAudit } from "../../db/index.js";
import { canManage, canRead } from "../auth/access.js";
import { authOf, requireAuth, requireRole } from "../auth/guards.js";
import type { ServerContext } from "../server-context.js";
import { BadRequestError, NotFoundError } from "../errors/app-errors.js";
import { channelTitles, voiceBasis } from "./voice-context.js";
import { voiceTextView } from "./voice-text-view.js";
import { labelledAnswers } from "../../core/index.js";
import { responseIdParams, textIdParams, themeCorrectionBody } from "./voice-schemas.js";
import { themeCorrectionHistorySchema, themeCorrectionSchema, voiceResponseDetailSchema, voiceThemesSchema } from "../../contract/voice-texts.js";

const tags = ["Голос клиента"];
const notFound = "Текст не найден";

export const voiceThemeRoutes: FastifyPluginAsync<{ context: ServerContext }> = async (plain, { context }) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const { results, database } = context;
  const db = database.db;

  app.get(
    "/themes",
    {
      schema: { tags, summary: "Таксономия тем (версия, коды, названия, показатели) и источники текстов", response: { 200: voiceThemesSchema } },
      preValidation: [requireAuth],
    },
    async () => {
      const { taxonomy, methodology } = await voiceBasis(results);
      const indicators = new Map(methodology.indicators.map((i) => [i.code, i.name]));
      return {
        version: taxonomy.id,
        themes: taxonomy.themes.map((t) => ({
          code: t.code,
          title: t.title,
          indicators: t.indicators.map((code) => ({ code, name: indicators.get(code) ?? code })),
        })),
        channels: Object.entries(channelTitles).map(([code, title]) => ({ code, title })),
        indicators: methodology.indicators.map((i) => ({ code: i.code, name: i.name })),
      };
    },
  );

  app.put(
    "/texts/:id/themes",
    {
      schema: {
        tags,
        summary: "Исправить темы текста (сотрудники подразделения, регион, федеральный администратор); записывается в журнал",
        params: textIdParams,
        body: themeCorrectionBody,
        response: { 200: themeCorrectionSchema },
      },
      preValidation: [requireRole("federal_admin", "regional_admin", "unit_manager")],
    },
    async (request) => {
      const { principal } = authOf(request);
      const { directory, taxonomy } = await voiceBasis(results);
      const text = await findVoiceText(db, request.params.id);
      if (!text || !canManage(principal, directory.ancestry(text.unitId))) throw new NotFoundError(notFound);
      const known = new Set(taxonomy.themes.map((t) => t.code));
      const unknown = request.body.themes.find((t) => !known.has(t));
      if (unknown !== undefined) throw new BadRequestError(`Поле themes: неизвестная тема «${unknown}»`);
      const themes = taxonomy.themes.map((t) => t.code).filter((c) => request.body.themes.includes(c));
      await db.transaction().execute(async (trx) => {
        await correctVoiceThemes(trx, text.id, text.themes, themes, principal.userId);
        await writeAudit(trx, {
          actorId: principal.userId,
          action: "voice.themes_correct",
          entity: "voice_text",
          entityId: text.id,
          unitId: text.unitId,
          before: { themes: text.themes },
          after: { themes },
        });
      });
      return { id: text.id, themes, corrected: true as const };
    },
  );

  app.get(
    "/texts/:id/corrections",
    {
      schema: { tags, summary: "История исправлений тем текста", params: textIdParams, response: { 200: themeCorrectionHistorySchema } },
      preValidation: [requireAuth],
    },
    async (request) => {
      const { directory } = await voiceBasis(results);
      const text = await findVoiceText(db, request.params.id);
      if (!text || !canRead(authOf(request).principal, directory.ancestry(text.unitId))) throw new NotFoundError(notFound);
      const rows = await listVoiceCorrections(db, text.id);
      return { corrections: rows.map((r) => ({ at: r.at.toISOString(), login: r.login, before: r.before, after: r.after })) };
    },
  );

  app.get(
    "/responses/:id",
    {
      schema: {
        tags,
        summary: "Анкета, к которой относится текст: ответы с формулировками вопросов и все её тексты",
        params: responseIdParams,
        response: { 200: voiceResponseDetailSchema },
      },
      preValidation: [requireAuth],
    },
    async (request) => {
      const { directory, methodology } = await voiceBasis(results);
      const r = await findVoiceResponse(db, request.params.id);
      if (!r || !canRead(authOf(request).principal, directory.ancestry(r.unitId))) throw new NotFoundError("Анкета не найдена");
      const answers = labelledAnswers(methodology, r.respondent, r.answers).map((a) => ({ key: a.key, question: a.question, value: a.value, label: a.answer }));
      const texts = await searchVoiceTexts(
        db,
        { months: [r.submittedAt.toISOString().slice(0, 7), ...monthsAround(r.submittedAt)], unitIds: [r.unitId], responseId: r.id },
        { limit: 50, offset: 0 },
      );
      return {
        id: r.id,
        unit: { id: r.unitId, name: directory.byId.get(r.unitId)?.name ?? r.unitId },
        respondent: r.respondent,
        submittedAt: r.submittedAt.toISOString(),
        excluded: r.excluded,
        flag: r.flag,
        answers,
        texts: texts.hits.map((h) => voiceTextView(h, methodology, directory)),
      };
    },
  );
};

/** The months before and after (a response's local month may differ from its UTC one by a day). */
function monthsAround(at: Date): string[] {
  const y = at.getUTCFullYear(),
    m = at.getUTCMonth();
  return [new Date(Date.UTC(y, m - 1, 1)), new Date(Date.UTC(y, m + 1, 1))].map((d) => d.toISOString().slice(0, 7));
}
