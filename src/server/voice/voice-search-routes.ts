// GET /api/voice/texts (search with highlights and filters) and its CSV / XLSX export.
import ExcelJS from "exceljs";
import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { countVoiceTexts, searchVoiceTexts, type VoiceFilter } from "../../db/index.js";
import { authOf, requireAuth } from "../auth/guards.js";
import type { ServerContext } from "../server-context.js";
import { requireDashboardUnit } from "../dashboard/dashboard-scope.js";
import { attachmentDisposition, safeFilePart } from "../exports/content-disposition.js";
import { csvLine, utf8Bom } from "../exports/responses-csv.js";
import { channelTitles, kindTitles, voiceBasis, type VoiceBasis } from "./voice-context.js";
import { voiceFilterOf } from "./voice-filter.js";
import { voiceFilterQuery, voiceSearchQuery } from "./voice-schemas.js";
import { voiceSearchPageSchema } from "../../contract/voice-texts.js";
import { voiceTextView, type VoiceTextView } from "./voice-text-view.js";

const tags = ["Голос клиента"];
/** Counting stops here; the screen then says «более». */
export const countCap = 10_000;
/** The export's rows at most. */
export const exportCap = 50_000;
const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const exportHeaders = [
  "Дата",
  "Подразделение",
  "Код",
  "Источник",
  "Вид текста",
  "Клиент",
  "Вопрос",
  "Оценка",
  "Оценка источника",
  "Текст",
  "Темы",
  "Негатив",
  "Анкета",
  "Исключена",
  "Отметка проверки",
  "Ссылка",
];

function exportRow(t: VoiceTextView, themeTitle: (code: string) => string): (string | number | null)[] {
  return [
    t.at.slice(0, 10),
    t.unit.name,
    t.unit.id,
    channelTitles[t.channel] ?? t.channel,
    kindTitles[t.kind] ?? t.kind,
    t.respondent === "seeker" ? "соискатель" : t.respondent === "employer" ? "работодатель" : "",
    t.questionText ?? "",
    t.score,
    t.rating,
    t.text,
    t.themes.map(themeTitle).join("; "),
    t.negative ? "да" : "",
    t.responseId ?? "",
    t.excluded ? "да" : "",
    t.flag === "pending" ? "на проверке" : t.flag === "confirmed" ? "подтверждена" : "",
    t.link ?? "",
  ];
}

async function allRows(context: ServerContext, basis: VoiceBasis, filter: VoiceFilter): Promise<VoiceTextView[]> {
  const out: VoiceTextView[] = [];
  for (let offset = 0; offset < exportCap; offset += 1000) {
    const page = await searchVoiceTexts(context.database.db, filter, { limit: Math.min(1000, exportCap - offset), offset });
    out.push(...page.hits.map((h) => voiceTextView(h, basis.methodology, basis.directory)));
    if (!page.more) break;
  }
  return out;
}

export const voiceSearchRoutes: FastifyPluginAsync<{ context: ServerContext }> = async (plain, { context }) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const { results, database } = context;
  const scoped = [
    requireAuth,
    requireDashboardUnit(
      database.db,
      () => results.units(),
      (request: FastifyRequest) => (request.query as { unit?: string }).unit,
    ),
  ];

  app.get(
    "/texts",
    {
      schema: {
        tags,
        summary: "Поиск по текстам клиентов: примечания, пожелания, «другое», внешние отзывы",
        querystring: voiceSearchQuery,
        response: { 200: voiceSearchPageSchema },
        description:
          "Поиск с учётом словоформ (конфигурация russian), совпадения размечены во fragments; сначала самые релевантные, без запроса — новые. total — сколько всего (не больше 10 000, тогда totalCapped).",
      },
      preValidation: scoped,
    },
    async (request) => {
      const basis = await voiceBasis(results);
      const { filter } = voiceFilterOf(request.query, authOf(request).principal, basis.directory, basis.methodology, basis.taxonomy);
      const { limit, offset } = request.query;
      const [page, total] = await Promise.all([searchVoiceTexts(database.db, filter, { limit, offset }), countVoiceTexts(database.db, filter, countCap)]);
      return { total, totalCapped: total >= countCap, more: page.more, texts: page.hits.map((h) => voiceTextView(h, basis.methodology, basis.directory)) };
    },
  );

  for (const format of ["csv", "xlsx"] as const) {
    app.get(
      `/texts/export.${format}`,
      {
        schema: { tags, summary: `Выгрузка найденных текстов в ${format.toUpperCase()} (те же фильтры, до 50 000 строк)`, querystring: voiceFilterQuery },
        preValidation: scoped,
      },
      async (request, reply) => {
        const basis = await voiceBasis(results);
        const { filter, target } = voiceFilterOf(request.query, authOf(request).principal, basis.directory, basis.methodology, basis.taxonomy);
        const titles = new Map(basis.taxonomy.themes.map((t) => [t.code, t.title]));
        const rows = (await allRows(context, basis, filter)).map((t) => exportRow(t, (c) => titles.get(c) ?? c));
        const name = `Голос клиента — ${safeFilePart(target.ref.name)} — ${request.query.period}.${format}`;
        reply.header("content-disposition", attachmentDisposition(name));
        if (format === "csv") return reply.type("text/csv; charset=utf-8").send(utf8Bom + [exportHeaders, ...rows].map(csvLine).join(""));
        const book = new ExcelJS.Workbook();
        const sheet = book.addWorksheet("Тексты");
        sheet.addRow(exportHeaders).font = { bold: true };
        for (const row of rows) sheet.addRow(row);
        sheet.getColumn(10).width = 80;
        sheet.getColumn(2).width = 30;
        sheet.getColumn(7).width = 40;
        return reply.type(xlsxType).send(Buffer.from(await book.xlsx.writeBuffer()));
      },
    );
  }
};
