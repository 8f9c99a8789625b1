// /api/voice/journeys: the shipped seeker and employer journeys, a region's edited copy (kept by its regional admin,
// audited), and a journey drawn for a unit — or a portrait's segment there — with stages coloured by live scores,
// the unit's pain points and the corrective measures on each stage's indicators.
import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  drawJourney,
  figuresOf,
  formatProblems,
  inSegment,
  periodMonths,
  priorityLabels,
  scoreRespondents,
  validateJourney,
  parsePeriod,
  type JourneyTemplate,
  type Methodology,
  type Period,
  type SegmentFigures,
  type View,
} from "../../core/index.js";
import {
  journeyBodySchema,
  journeyMapQuerySchema,
  journeyMapResponseSchema,
  journeyRegionQuerySchema,
  journeyTemplatesResponseSchema,
  journeyViewParamsSchema,
  regionJourneyResponseSchema,
  type Journey,
  type JourneyMapResponse,
  type RegionJourneyResponse,
} from "../../contract/voice-journeys.js";
import { deleteRegionJourney, findRegionJourney, listMeasures, saveRegionJourney, tallyThemes, writeAudit, type Db, type Json } from "../../db/index.js";
import { periodParam } from "../api-schemas.js";
import { authOf, requireAuth, requireRole } from "../auth/guards.js";
import { resolveTarget } from "../dashboard/dashboard-scope.js";
import { unitRef } from "../dashboard/figures.js";
import type { UnitDirectory } from "../dashboard/unit-directory.js";
import { BadRequestError, ValidationError } from "../errors/app-errors.js";
import { painFinderFor } from "../loop/pain-point-source.js";
import type { ServerContext } from "../server-context.js";
import { keepsRegion, keptRegion, readableRegion } from "./cx-access.js";
import { journeyTemplatesFor, journeyVocabulary } from "./journey-templates-file.js";
import { readablePortrait, checkedSegment, portraitView } from "./voice-portrait-routes.js";
import { segmentSource } from "./segment-source.js";
import { plainFigures } from "./voice-segment-routes.js";
import { voiceTaxonomyFor } from "./theme-taxonomy-file.js";
import { coreProblemEntries } from "../errors/core-problems.js";

const tags = ["Голос клиента"];
const plainJourney = (j: JourneyTemplate): Journey => ({
  title: j.title,
  stages: j.stages.map((s) => ({ ...s, indicators: [...s.indicators], questions: [...s.questions], themes: [...s.themes] })),
});

/** The journey of `view` in force in `region`: its own copy when stored (re-validated), else the shipped template. */
async function journeyOf(db: Db, m: Methodology, region: string, view: View): Promise<{ journey: JourneyTemplate; edited: boolean; updatedAt: Date | null }> {
  const stored = await findRegionJourney(db, region, view);
  if (stored) {
    const read = validateJourney(stored.body, view, journeyVocabulary(m));
    if (read.ok) return { journey: read.value, edited: true, updatedAt: stored.updatedAt };
  }
  return { journey: journeyTemplatesFor(m).templates[view], edited: false, updatedAt: null };
}

export const voiceJourneyRoutes: FastifyPluginAsync<{ context: ServerContext }> = async (plain, { context }) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const { results, database } = context;
  const db = database.db;

  app.get(
    "/journeys/templates",
    {
      schema: {
        tags,
        summary: "Шаблоны маршрутов клиента (соискатель, работодатель): этапы, показатели, вопросы, темы",
        response: { 200: journeyTemplatesResponseSchema },
      },
      preValidation: [requireAuth],
    },
    async () => {
      const t = journeyTemplatesFor(await results.methodology());
      return { version: t.id, templates: { seeker: plainJourney(t.templates.seeker), employer: plainJourney(t.templates.employer) } };
    },
  );

  app.get(
    "/journeys/:view",
    {
      schema: {
        tags,
        summary: "Маршрут региона: его редакция или шаблон",
        params: journeyViewParamsSchema,
        querystring: journeyRegionQuerySchema,
        response: { 200: regionJourneyResponseSchema },
      },
      preValidation: [requireAuth],
    },
    async (request): Promise<RegionJourneyResponse> => {
      const { principal } = authOf(request);
      const [directory, m] = await Promise.all([results.units(), results.methodology()]);
      const region = readableRegion(principal, directory, request.query.region);
      const { journey, edited, updatedAt } = await journeyOf(db, m, region, request.params.view);
      return {
        region: unitRef(directory.byId.get(region)!),
        view: request.params.view,
        journey: plainJourney(journey),
        edited,
        updatedAt: updatedAt?.toISOString() ?? null,
        canEdit: keepsRegion(principal, directory, region),
      };
    },
  );

  app.put(
    "/journeys/:view",
    {
      schema: {
        tags,
        summary: "Сохранить редакцию маршрута региона (региональный администратор); коды показателей, вопросов и тем проверяются; записывается в журнал",
        params: journeyViewParamsSchema,
        querystring: journeyRegionQuerySchema,
        body: journeyBodySchema,
        response: { 200: regionJourneyResponseSchema },
      },
      preValidation: [requireRole("regional_admin")],
    },
    async (request): Promise<RegionJourneyResponse> => {
      const { principal } = authOf(request);
      const [directory, m] = await Promise.all([results.units(), results.methodology()]);
      const region = keptRegion(principal, directory, request.query.region);
      const view = request.params.view;
      const read = validateJourney(request.body.journey, view, journeyVocabulary(m));
      if (!read.ok) throw new ValidationError(`Маршрут: ${formatProblems(read.problems)}`, coreProblemEntries(read.problems));
      const before = await journeyOf(db, m, region, view);
      const body = plainJourney(read.value) as unknown as Json;
      await db.transaction().execute(async (trx) => {
        await saveRegionJourney(trx, region, view, body, principal.userId);
        await writeAudit(trx, {
          actorId: principal.userId,
          action: "voice.journey_save",
          entity: "cx_journey",
          entityId: `${region}/${view}`,
          unitId: region,
          before: plainJourney(before.journey) as unknown as Json,
          after: body,
        });
      });
      const now = await journeyOf(db, m, region, view);
      return {
        region: unitRef(directory.byId.get(region)!),
        view,
        journey: plainJourney(now.journey),
        edited: now.edited,
        updatedAt: now.updatedAt?.toISOString() ?? null,
        canEdit: true,
      };
    },
  );

  app.delete(
    "/journeys/:view",
    {
      schema: {
        tags,
        summary: "Вернуть региону шаблон маршрута (удалить редакцию); записывается в журнал",
        params: journeyViewParamsSchema,
        querystring: journeyRegionQuerySchema,
        response: { 200: regionJourneyResponseSchema },
      },
      preValidation: [requireRole("regional_admin")],
    },
    async (request): Promise<RegionJourneyResponse> => {
      const { principal } = authOf(request);
      const [directory, m] = await Promise.all([results.units(), results.methodology()]);
      const region = keptRegion(principal, directory, request.query.region);
      const view = request.params.view;
      await db.transaction().execute(async (trx) => {
        if (await deleteRegionJourney(trx, region, view))
          await writeAudit(trx, {
            actorId: principal.userId,
            action: "voice.journey_reset",
            entity: "cx_journey",
            entityId: `${region}/${view}`,
            unitId: region,
          });
      });
      const t = journeyTemplatesFor(m).templates[view];
      return { region: unitRef(directory.byId.get(region)!), view, journey: plainJourney(t), edited: false, updatedAt: null, canEdit: true };
    },
  );

  app.get(
    "/journeys/:view/map",
    {
      schema: {
        tags,
        summary:
          "Маршрут клиента подразделения: этапы, окрашенные живыми оценками (по всем респондентам или по сегменту портрета), проблемные точки, корректирующие меры и темы отзывов",
        params: journeyViewParamsSchema,
        querystring: journeyMapQuerySchema.extend({ period: periodParam }),
        response: { 200: journeyMapResponseSchema },
      },
      preValidation: [requireAuth],
    },
    async (request): Promise<JourneyMapResponse> => {
      const { principal } = authOf(request);
      const { period, portrait: portraitId } = request.query;
      const view = request.params.view;
      const [directory, m] = await Promise.all([results.units(), results.methodology()]);
      const target = resolveTarget(principal, directory, request.query.unit);
      if (!target.unit) throw new BadRequestError("Параметр unit: маршрут строится для региона или ЦЗН, не для всей страны");
      const unitId = target.unit.id;
      const region = directory.regionOf(unitId)!.id;
      const { journey, edited } = await journeyOf(db, m, region, view);
      let figures: SegmentFigures;
      let portrait: JourneyMapResponse["portrait"] = null;
      if (portraitId !== undefined) {
        const row = await readablePortrait(db, principal, directory, portraitId);
        if (row.regionId !== region) throw new BadRequestError(`Параметр portrait: портрет другого региона, а подразделение ${unitId} — в регионе ${region}`);
        const segment = checkedSegment(row.segment, m);
        if (segment.view !== view)
          throw new BadRequestError(`Параметр portrait: сегмент портрета — ${segment.view === "seeker" ? "соискатели" : "работодатели"}, а маршрут — ${view}`);
        const source = await segmentSource(db, results, principal, unitId, period, view);
        const members = source.respondents.filter((r) => inSegment(segment, m, r.answers, r.profile));
        figures = figuresOf(scoreRespondents(source.basis, members).get(unitId), m);
        portrait = {
          id: row.id,
          name: row.name,
          segmentText: portraitView(row, directory, m, principal).segmentText,
          matching: figures.suppressed ? null : (figures.n ?? null),
        };
      } else {
        figures = figuresOf((await results.get(period)).unit(unitId)?.[view], m);
      }
      const stages = drawJourney(journey, {
        indicators: figures.indicators ?? [],
        painPoints: await painPointsOf(results, period, unitId, view),
        measures: await measuresOn(db, directory, unitId, region, view),
        themes: await themeTallies(db, m, unitId, directory, period, view),
      });
      return {
        unit: target.ref,
        period,
        view,
        title: journey.title,
        edited,
        portrait,
        suppressed: figures.suppressed,
        stages: stages.map((s) => ({
          ...s,
          questions: [...s.questions],
          indicators: plainFigures({ suppressed: false, indicators: s.indicators }).indicators ?? [],
          missing: [...s.missing],
          painPoints: [...s.painPoints],
          measures: [...s.measures],
          themes: [...s.themes],
        })),
      };
    },
  );
};

async function painPointsOf(results: ServerContext["results"], period: string, unitId: string, view: View) {
  const found = (await painFinderFor(results, period)).of(unitId, view);
  return (found?.painPoints ?? []).map((p) => ({ indicator: p.indicator, name: p.name, priority: priorityLabels[p.priority], sentence: p.sentence }));
}

/** Open and finished (not cancelled) measures of the view at the unit, below it or above it in its region. */
async function measuresOn(db: Db, directory: UnitDirectory, unitId: string, region: string, view: View) {
  const near = new Set([...directory.ancestry(unitId), ...directory.descendants(unitId).map((u) => u.id)]);
  const all = await listMeasures(db, { subtreeOf: region });
  return all
    .filter((x) => near.has(x.unitId) && x.view === view && x.status !== "cancelled")
    .map((x) => ({ id: x.id, title: x.title, status: x.status, unit: unitRef(directory.byId.get(x.unitId)!), indicators: [...x.indicators] }));
}

async function themeTallies(db: Db, m: Methodology, unitId: string, directory: UnitDirectory, period: string, view: View) {
  const months = periodMonths(parsePeriod(period) as Period);
  const tally = await tallyThemes(db, { months, unitIds: [unitId, ...directory.descendants(unitId).map((u) => u.id)], respondent: view });
  return voiceTaxonomyFor(m).themes.map((t) => ({
    code: t.code,
    title: t.title,
    texts: tally.themes.get(t.code)?.count ?? 0,
    negative: tally.themes.get(t.code)?.negative ?? 0,
  }));
}
