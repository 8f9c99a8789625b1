// /api/exports: the rating and a unit's passport as XLSX, the raw responses of a period as streamed CSV.
import { Readable } from "node:stream";
import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { parsePeriod, periodMonths, type Period } from "../../core/index.js";
import { streamResponses, type CounterBasis } from "../../db/index.js";
import { periodParam } from "../api-schemas.js";
import { authOf, requireAuth } from "../auth/guards.js";
import type { ServerContext } from "../server-context.js";
import { requireDashboardUnit, resolveTarget } from "../dashboard/dashboard-scope.js";
import { dashboardUnitParam, ratingQuery, unitPageQuery, unitParams } from "../dashboard/dashboard-schemas.js";
import { loadRating } from "../dashboard/load-rating.js";
import { loadUnitPage } from "../dashboard/load-unit-page.js";
import { attachmentDisposition, safeFilePart } from "./content-disposition.js";
import { viewTitles } from "./export-texts.js";
import { passportWorkbook } from "./passport-workbook.js";
import { ratingWorkbook } from "./rating-workbook.js";
import { unitZones } from "../quality/quality-scope.js";
import { codebookHeaders, codebookRows } from "./responses-codebook.js";
import { csvLayout, csvLine, responseLine, utf8Bom } from "./responses-csv.js";
import { responsesWorkbookStream } from "./responses-workbook.js";

const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** Marks a file whose figures are not the published ones. */
const basisSuffix: Record<CounterBasis, string> = { published: "", raw: " — все ответы", confirmed_pending: " — если подтвердить флаги" };

const responsesQuery = z.object({
  period: periodParam,
  unit: dashboardUnitParam.optional().describe("Подразделение (с подчинёнными); по умолчанию — зона доступа пользователя"),
});

/** Mounted at /api/exports inside the /api scope: the same access rules as the dashboard. */
export const exportRoutes: FastifyPluginAsync<{ context: ServerContext }> = async (plain, { context }) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const { results, database } = context;
  const db = database.db;

  app.get(
    "/rating.xlsx",
    {
      schema: { tags: ["Выгрузки"], summary: "Рейтинг в формате XLSX (параметры как у /api/dashboard/rating)", querystring: ratingQuery },
      preValidation: [
        requireAuth,
        requireDashboardUnit(
          db,
          () => results.units(),
          (request) => (request.query as { unit?: string }).unit,
        ),
      ],
    },
    async (request, reply) => {
      const rating = await loadRating(results, authOf(request).principal, request.query);
      const body = await ratingWorkbook(rating, await results.methodology());
      const name = `Рейтинг — ${safeFilePart(rating.unit.name)} — ${rating.period} — ${viewTitles[rating.view]}${basisSuffix[rating.basis]}.xlsx`;
      return reply.type(xlsxType).header("content-disposition", attachmentDisposition(name)).send(body);
    },
  );

  app.get(
    "/unit/:id/passport.xlsx",
    {
      schema: {
        tags: ["Выгрузки"],
        summary: "Паспорт подразделения в формате XLSX: звезда, группы, показатели",
        params: unitParams,
        querystring: unitPageQuery,
      },
      preValidation: [
        requireAuth,
        requireDashboardUnit(
          db,
          () => results.units(),
          (request) => (request.params as { id: string }).id,
        ),
      ],
    },
    async (request, reply) => {
      const page = await loadUnitPage(
        results,
        authOf(request).principal,
        request.params.id,
        request.query.period,
        request.query.view,
        context.config.publicUrl,
        request.query.basis,
      );
      const body = await passportWorkbook(page, await results.methodology());
      const name = `Паспорт — ${safeFilePart(page.unit.name)} — ${page.period} — ${viewTitles[page.view]}${basisSuffix[page.basis]}.xlsx`;
      return reply.type(xlsxType).header("content-disposition", attachmentDisposition(name)).send(body);
    },
  );

  /** The responses of the request's period and subtree: layout, unit zones and the page stream. */
  async function responsesOf(request: FastifyRequest, query: z.infer<typeof responsesQuery>) {
    const [directory, m] = await Promise.all([results.units(), results.methodology()]);
    const target = resolveTarget(authOf(request).principal, directory, query.unit);
    const unitIds = (target.unit ? [target.unit, ...directory.descendants(target.unit.id)] : directory.units).map((u) => u.id).sort();
    const months = periodMonths(parsePeriod(query.period) as Period);
    const zones = await unitZones(db, unitIds, m.defaultTimezone);
    const zoneOf = (unitId: string) => zones[unitId] ?? m.defaultTimezone;
    const name = `Анкеты — ${safeFilePart(target.ref.id === "country" ? "вся страна" : target.ref.id)} — ${query.period}`;
    return { m, layout: csvLayout(m), pages: streamResponses(db, unitIds, months), zoneOf, name };
  }
  const responsesGuard = [
    requireAuth,
    requireDashboardUnit(
      db,
      () => results.units(),
      (request) => (request.query as { unit?: string }).unit,
    ),
  ];

  app.get(
    "/responses.csv",
    {
      schema: {
        tags: ["Выгрузки"],
        summary: "Анкеты периода в зоне доступа, CSV для Excel (UTF-8 с BOM, разделитель «;»), потоком; время — местное со смещением; коды — в codebook.csv",
        querystring: responsesQuery,
      },
      preValidation: responsesGuard,
    },
    async (request, reply) => {
      const { layout, pages, zoneOf, name } = await responsesOf(request, request.query);
      async function* lines(): AsyncGenerator<string> {
        yield utf8Bom + csvLine(layout.headers);
        for await (const page of pages) yield page.map((r) => responseLine(r, layout, zoneOf(r.unitId))).join("");
      }
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", attachmentDisposition(`${name}.csv`))
        .send(Readable.from(lines(), { objectMode: false }));
    },
  );

  app.get(
    "/responses.xlsx",
    {
      schema: {
        tags: ["Выгрузки"],
        summary: "Анкеты периода в зоне доступа, XLSX потоком: лист «Анкеты» (автофильтр) и лист «Кодовая книга»",
        querystring: responsesQuery,
      },
      preValidation: responsesGuard,
    },
    async (request, reply) => {
      const { m, layout, pages, zoneOf, name } = await responsesOf(request, request.query);
      return reply
        .type(xlsxType)
        .header("content-disposition", attachmentDisposition(`${name}.xlsx`))
        .send(responsesWorkbookStream(m, layout, pages, zoneOf));
    },
  );

  app.get(
    "/codebook.csv",
    {
      schema: { tags: ["Выгрузки"], summary: "Кодовая книга анкет: столбцы, тексты вопросов и значения кодов ответов (CSV для Excel)" },
      preValidation: [requireAuth],
    },
    async (_request, reply) => {
      const m = await results.methodology();
      const body =
        utf8Bom +
        csvLine(codebookHeaders) +
        codebookRows(m)
          .map((row) => csvLine(row))
          .join("");
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", attachmentDisposition(`Кодовая книга анкет — методика ${m.id}.csv`))
        .send(body);
    },
  );
};
