// GET /api/voice/segments (every indicator and the index by profile and preferred channel, with intervals, small
// cells suppressed), /api/voice/segments/least («кто доволен меньше всех») and /api/voice/segments/dimensions.
import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { leastSatisfied, MIN_SEGMENT_RESPONDENTS, segmentDimensions, segmentTables, VIEWS, type SegmentFigures } from "../../core/index.js";
import {
  leastSatisfiedQuerySchema,
  leastSatisfiedResponseSchema,
  segmentDimensionsResponseSchema,
  segmentsQuerySchema,
  segmentsResponseSchema,
  type LeastSatisfiedResponse,
  type SegmentDimensionsResponse,
  type SegmentsResponse,
} from "../../contract/voice-segments.js";
import { periodParam } from "../api-schemas.js";
import { authOf, requireAuth } from "../auth/guards.js";
import { unitRef } from "../dashboard/figures.js";
import { BadRequestError } from "../errors/app-errors.js";
import type { ServerContext } from "../server-context.js";
import { segmentSource } from "./segment-source.js";

const tags = ["Голос клиента"];

export const voiceSegmentRoutes: FastifyPluginAsync<{ context: ServerContext }> = async (plain, { context }) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const { results, database } = context;
  const db = database.db;

  app.get(
    "/segments/dimensions",
    {
      schema: {
        tags,
        summary: "Разрезы сегментов: поля профиля анкеты и предпочитаемый канал (q14) с допустимыми значениями",
        response: { 200: segmentDimensionsResponseSchema },
      },
      preValidation: [requireAuth],
    },
    async (): Promise<SegmentDimensionsResponse> => {
      const m = await results.methodology();
      return {
        views: VIEWS.map((view) => ({
          view,
          dimensions: segmentDimensions(m, view).map((d) => ({ key: d.key, title: d.title, multi: d.multi, options: [...d.options] })),
        })),
      };
    },
  );

  app.get(
    "/segments",
    {
      schema: {
        tags,
        summary:
          "Индекс и показатели по группам респондентов (пол, возраст, категории; форма собственности, численность, особенности; канал q14) с 95 % интервалами; группы меньше 10 человек скрыты",
        querystring: segmentsQuerySchema.extend({ period: periodParam }),
        response: { 200: segmentsResponseSchema },
      },
      preValidation: [requireAuth],
    },
    async (request): Promise<SegmentsResponse> => {
      const { unit, period, view, dimension } = request.query;
      const source = await segmentSource(db, results, authOf(request).principal, unit, period, view);
      const dims = segmentDimensions(source.methodology, view);
      if (dimension !== undefined && !dims.some((d) => d.key === dimension)) {
        throw new BadRequestError(`Параметр dimension: неизвестный разрез «${dimension}»; для среза ${view} есть ${dims.map((d) => d.key).join(", ")}`);
      }
      const tables = segmentTables(source.basis, source.unit.id, source.respondents, dimension);
      return {
        unit: source.ref,
        period,
        view,
        minRespondents: MIN_SEGMENT_RESPONDENTS,
        truncated: source.truncated,
        tables: tables.map((t) => ({
          dimension: t.dimension,
          overall: plainFigures(t.overall),
          cells: t.cells.map((c) => ({
            ...plainFigures(c),
            value: c.value,
            label: c.label,
            ...(c.belowOverall !== undefined ? { belowOverall: c.belowOverall } : {}),
          })),
        })),
      };
    },
  );

  app.get(
    "/segments/least",
    {
      schema: {
        tags,
        summary:
          "Кто доволен меньше всех: группы респондентов подразделения и его подчинённых с самым низким индексом (от 10 человек), с разрывом к индексу подразделения",
        querystring: leastSatisfiedQuerySchema.extend({ period: periodParam }),
        response: { 200: leastSatisfiedResponseSchema },
      },
      preValidation: [requireAuth],
    },
    async (request): Promise<LeastSatisfiedResponse> => {
      const { unit, period, view, limit } = request.query;
      const source = await segmentSource(db, results, authOf(request).principal, unit, period, view);
      const rows = leastSatisfied(source.basis, source.subtree, source.respondents, limit);
      return {
        unit: source.ref,
        period,
        view,
        minRespondents: MIN_SEGMENT_RESPONDENTS,
        truncated: source.truncated,
        groups: rows.map((r) => ({ ...r, ci: [r.ci[0], r.ci[1]], unit: unitRef(source.directory.byId.get(r.unit)!) })),
      };
    },
  );
};

/** The core's figures as plain JSON (tuples copied, suppressed cells bare). */
export function plainFigures(f: SegmentFigures): SegmentsResponse["tables"][number]["overall"] {
  if (f.suppressed) return { suppressed: true };
  return {
    suppressed: false,
    ...(f.n !== undefined ? { n: f.n } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.index !== undefined ? { index: f.index, percent: f.percent, stars: f.stars } : {}),
    ...(f.ci ? { ci: [f.ci[0], f.ci[1]] as [number, number] } : {}),
    indicators: (f.indicators ?? []).map((i) => ({
      code: i.code,
      name: i.name,
      points: i.points,
      max: i.max,
      ...(i.survey ? { survey: { share: i.survey.share, ci: [i.survey.ci[0], i.survey.ci[1]] as [number, number], valid: i.survey.valid } } : {}),
    })),
  };
}
