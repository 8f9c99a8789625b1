// POST /api/voice/feedback (one item), GET /api/voice/feedback/template.xlsx and POST /api/voice/feedback/import
// (XLSX, all or nothing, per-row errors): feedback from other channels, tagged like survey texts, audited.
import multipart from "@fastify/multipart";
import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { insertFeedback, writeAudit, type Db, type Json, type NewFeedback } from "../../db/index.js";
import { canManage, isFederal, type Principal } from "../auth/access.js";
import { uploadedFile } from "../files/uploaded-file.js";
import { enterUpload } from "../uploads/workbook-reader.js";
import { authOf, requireRole, unitNotFoundMessage } from "../auth/guards.js";
import type { ServerContext } from "../server-context.js";
import type { UnitDirectory } from "../dashboard/unit-directory.js";
import { BadRequestError, NotFoundError, RejectedError } from "../errors/app-errors.js";
import { feedbackProblem, feedbackTemplate, readFeedbackSheet } from "./feedback-sheet.js";
import { voiceTaggerFor } from "./theme-taxonomy-file.js";
import { feedbackBody, feedbackImportQuery } from "./voice-schemas.js";
import { feedbackCreatedSchema, feedbackImportedSchema } from "../../contract/voice-texts.js";

const tags = ["Голос клиента"];
const maxUploadBytes = 5 * 1024 * 1024;
const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const managers = requireRole("federal_admin", "regional_admin", "unit_manager");

/** 422: the file was read but some rows are wrong; `details.problems` names each row. */
class FeedbackRejectedError extends RejectedError {
  constructor(errors: readonly { row: number; message: string }[]) {
    const shown = errors
      .slice(0, 20)
      .map((e) => `строка ${e.row}: ${e.message}`)
      .join("; ");
    const problems = errors.map((e) => ({ row: e.row, code: "row_invalid", message: e.message }));
    super("import_rejected", `Файл не принят, ничего не записано. Ошибок: ${errors.length}. ${shown}${errors.length > 20 ? "; …" : ""}`, problems);
  }
}

const today = () => new Date(Date.now() + 14 * 3600_000).toISOString().slice(0, 10);

async function store(db: Db, principal: Principal, items: readonly NewFeedback[], context: ServerContext, source: string): Promise<string[]> {
  const tagger = voiceTaggerFor(await context.results.methodology());
  return db.transaction().execute(async (trx) => {
    const ids = await insertFeedback(trx, items, tagger, principal.userId);
    const byUnit = new Map<string, string[]>();
    items.forEach((f, i) => byUnit.set(f.unitId, [...(byUnit.get(f.unitId) ?? []), ids[i]!]));
    for (const [unitId, unitIds] of byUnit) {
      const one = items[0]!;
      const after: Json =
        items.length === 1
          ? { id: unitIds[0]!, unitId: one.unitId, channel: one.channel, receivedOn: one.receivedOn, text: one.text, rating: one.rating, link: one.link }
          : { source, count: unitIds.length, ids: unitIds };
      await writeAudit(trx, {
        actorId: principal.userId,
        action: items.length === 1 ? "voice.feedback_create" : "voice.feedback_import",
        entity: "voice_feedback",
        entityId: unitIds[0]!,
        unitId,
        after,
      });
    }
    return ids;
  });
}

const managesUnit = (principal: Principal, directory: UnitDirectory, id: string) => directory.byId.has(id) && canManage(principal, directory.ancestry(id));

export const voiceFeedbackRoutes: FastifyPluginAsync<{ context: ServerContext }> = async (plain, { context }) => {
  await plain.register(multipart, { limits: { fileSize: maxUploadBytes, files: 1, fields: 10, parts: 20 } });
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = context.database.db;

  app.post(
    "/feedback",
    {
      schema: {
        tags,
        summary: "Зарегистрировать отзыв из другого канала (книга отзывов, соцсети, обращения, СМИ, другое)",
        body: feedbackBody,
        response: { 201: feedbackCreatedSchema },
      },
      preValidation: [managers],
    },
    async (request, reply) => {
      const { principal } = authOf(request);
      const directory = await context.results.units();
      const b = request.body;
      if (!managesUnit(principal, directory, b.unit)) throw new NotFoundError(unitNotFoundMessage);
      const feedback: NewFeedback = {
        unitId: b.unit,
        channel: b.channel,
        receivedOn: b.receivedOn,
        text: b.text,
        rating: b.rating ?? null,
        link: b.link ?? null,
      };
      if (
        !/^\d{4}-\d{2}-\d{2}$/.test(b.receivedOn) ||
        Number.isNaN(Date.parse(`${b.receivedOn}T00:00:00Z`)) ||
        new Date(`${b.receivedOn}T00:00:00Z`).toISOString().slice(0, 10) !== b.receivedOn
      ) {
        throw new BadRequestError(`Поле receivedOn: нет такой даты «${b.receivedOn}»`);
      }
      const problem = feedbackProblem(feedback, today());
      if (problem) throw new BadRequestError(`Отзыв не принят: ${problem}`);
      const [id] = (await store(db, principal, [feedback], context, "form")) as [string];
      return reply.code(201).send({ id });
    },
  );

  app.get(
    "/feedback/template.xlsx",
    {
      schema: { tags, summary: "Шаблон XLSX для загрузки внешних отзывов (со списком подразделений зоны доступа)", querystring: feedbackImportQuery },
      preValidation: [managers],
    },
    async (request, reply) => {
      const { principal } = authOf(request);
      const directory = await context.results.units();
      const root = request.query.unit ?? principal.scopeUnitId ?? undefined;
      if (root !== undefined && !managesUnit(principal, directory, root)) throw new NotFoundError(unitNotFoundMessage);
      const units =
        root === undefined
          ? isFederal(principal.role)
            ? [...directory.byId.values()].filter((u) => u.kind === "region")
            : []
          : [directory.byId.get(root)!, ...directory.descendants(root)];
      const bytes = await feedbackTemplate(units.filter((u) => !u.closed).map((u) => ({ id: u.id, name: u.name })));
      return reply.type(xlsxType).header("content-disposition", 'attachment; filename="feedback-template.xlsx"').send(bytes);
    },
  );

  app.post(
    "/feedback/import",
    {
      schema: {
        tags,
        summary: "Загрузить внешние отзывы из XLSX (multipart, поле file): всё или ничего",
        consumes: ["multipart/form-data"],
        description: "Ответ 200: {created}; 422: error.details.errors — [{row, message}] по каждой строке с ошибкой, ничего не записано.",
        response: { 200: feedbackImportedSchema },
      },
      preValidation: [managers],
    },
    async (request) => {
      const { principal } = authOf(request);
      const leave = enterUpload(principal.userId);
      let file: Awaited<ReturnType<typeof uploadedFile>>;
      let rows: Awaited<ReturnType<typeof readFeedbackSheet>>;
      try {
        file = await uploadedFile(request, maxUploadBytes, `Файл больше ${maxUploadBytes / 1024 / 1024} МБ`);
        rows = await readFeedbackSheet(file.data, today());
      } finally {
        leave();
      }
      if (rows.length === 0) throw new BadRequestError("В файле нет ни одного отзыва");
      const directory = await context.results.units();
      const errors: { row: number; message: string }[] = [];
      const items: NewFeedback[] = [];
      for (const r of rows) {
        if ("error" in r) errors.push({ row: r.row, message: r.error });
        else if (!managesUnit(principal, directory, r.feedback.unitId))
          errors.push({ row: r.row, message: `подразделение «${r.feedback.unitId}» не найдено или вне вашей зоны доступа` });
        else items.push(r.feedback);
      }
      if (errors.length > 0) throw new FeedbackRejectedError(errors);
      const ids = await store(db, principal, items, context, file.fileName);
      return { created: ids.length };
    },
  );
};
