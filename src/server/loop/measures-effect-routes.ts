// /api/loop: a measure's measured effect, the region's plan as XLSX, and the practice library with its summaries.
import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  effectVerdictNames,
  measureKindNames,
  measureKinds,
  rankPractices,
  summarisePractices,
  type MeasureEffect,
  type MeasureEffectSettings,
  type Methodology,
  type Practice,
} from "../../core/index.js";
import { findMeasure, findUnit, findUnitAncestry, listMeasures, type StoredMeasure } from "../../db/index.js";
import { authOf, requireAuth, requireRole, requireUnitAccess, unitNotFoundMessage } from "../auth/guards.js";
import type { ServerContext } from "../server-context.js";
import { NotFoundError } from "../errors/app-errors.js";
import { attachmentDisposition, safeFilePart } from "../exports/content-disposition.js";
import { MeasureEffectSource } from "./measure-effect-source.js";
import { measureNotFoundMessage, requireMeasureAccess } from "./measures-access.js";
import { measuresPlanWorkbook } from "./measures-plan-workbook.js";
import { measureParams, planQuery, practicesQuery, summaryQuery } from "./measures-schemas.js";
import {
  measureEffectViewSchema,
  practiceListSchema,
  practiceSummaryViewSchema,
  type MeasureEffectView,
  type PracticeList,
  type PracticeSummaryView,
  type PracticeView,
} from "../../contract/measures.js";
import { indicatorNameOf, measureView, todayIso } from "./measures-view.js";

export interface MeasuresEffectRoutesOptions {
  context: ServerContext;
  methodology: () => Promise<Methodology>;
  settings: MeasureEffectSettings;
}

function effectView(measureId: string, effect: MeasureEffect | undefined, m: Methodology): MeasureEffectView {
  if (!effect) return { measure: measureId, effect: null, message: "Эффект оценивается после выполнения меры" };
  const copy = JSON.parse(JSON.stringify(effect)) as NonNullable<MeasureEffectView["effect"]>;
  copy.indicators = copy.indicators.map((i) => ({ ...i, name: indicatorNameOf(m, i.indicator) }));
  return { measure: measureId, effect: copy };
}

/** The practices of finished measures (one per measure × indicator), with their regions. */
async function practicesOf(measures: readonly StoredMeasure[], source: MeasureEffectSource): Promise<Practice<StoredMeasure>[]> {
  const directory = await source.directory();
  const out: Practice<StoredMeasure>[] = [];
  for (const measure of measures) {
    const effect = await source.effectOf(measure);
    const region = directory.regionOf(measure.unitId);
    if (!effect || !region) continue;
    for (const indicator of effect.indicators) out.push({ measure, regionId: region.id, indicator });
  }
  return out;
}

export const measuresEffectRoutes: FastifyPluginAsync<MeasuresEffectRoutesOptions> = async (plain, { context, methodology, settings }) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = context.database.db;
  const tags = ["Корректирующие меры"];
  const source = () => new MeasureEffectSource(context.results, settings);

  app.get(
    "/measures/:id/effect",
    {
      schema: {
        tags,
        summary: "Эффект выполненной меры: доля довольных до и после, разность с ДИ и разность разностей с группой сравнения",
        params: measureParams,
        response: { 200: measureEffectViewSchema },
      },
      preValidation: [requireAuth, requireMeasureAccess(db)],
    },
    async (request): Promise<MeasureEffectView> => {
      const measure = await findMeasure(db, request.params.id);
      if (!measure) throw new NotFoundError(measureNotFoundMessage);
      return effectView(measure.id, await source().effectOf(measure), await methodology());
    },
  );

  app.get(
    "/measures/plan.xlsx",
    {
      schema: { tags, summary: "«План корректирующих мер» субъекта РФ (или подразделения) в XLSX", querystring: planQuery },
      preValidation: [requireAuth, requireUnitAccess(db, (r) => (r.query as { unit?: string }).unit)],
    },
    async (request, reply) => {
      const { principal } = authOf(request);
      const unit = await findUnit(db, request.query.unit);
      if (!unit) throw new NotFoundError(unitNotFoundMessage);
      const [m, measures] = await Promise.all([methodology(), listMeasures(db, { subtreeOf: unit.id })]);
      const today = todayIso();
      const views = [];
      for (const measure of measures) views.push(measureView(measure, principal, await findUnitAncestry(db, measure.unitId), m, today));
      const effects = new Map<string, MeasureEffect>();
      const effectSource = source();
      for (const measure of measures) {
        const effect = await effectSource.effectOf(measure);
        if (effect) effects.set(measure.id, effect);
      }
      const bytes = await measuresPlanWorkbook(unit.name, views, effects, today);
      reply.header("content-disposition", attachmentDisposition(`План корректирующих мер ${safeFilePart(unit.name)}.xlsx`));
      return reply.type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").send(bytes);
    },
  );

  const practiceView = (p: Practice<StoredMeasure>, regionName: string, m: Methodology): PracticeView => ({
    measure: {
      id: p.measure.id,
      title: p.measure.title,
      description: p.measure.description,
      kind: p.measure.kind,
      kindName: measureKindNames[p.measure.kind],
      clientParticipation: p.measure.clientParticipation,
      actualStart: p.measure.actualStart,
      actualEnd: p.measure.actualEnd,
    },
    unit: { id: p.measure.unitId, name: p.measure.unitName },
    region: { id: p.regionId, name: regionName },
    indicator: p.indicator.indicator,
    indicatorName: indicatorNameOf(m, p.indicator.indicator),
    verdict: p.indicator.verdict,
    verdictText: effectVerdictNames[p.indicator.verdict],
    effect: p.indicator.effect ? { estimate: p.indicator.effect.estimate, ci: [p.indicator.effect.ci[0], p.indicator.effect.ci[1]] } : null,
    n: Math.min(p.indicator.unit.before.valid, p.indicator.unit.after.valid),
  });

  const finishedPractices = async (indicator?: string) => {
    const measures = await listMeasures(db, { subtreeOf: null, statuses: ["done", "evaluated"], ...(indicator ? { indicator } : {}) });
    const effectSource = source();
    const directory = await effectSource.directory();
    const practices = (await practicesOf(measures, effectSource)).filter((p) => indicator === undefined || p.indicator.indicator === indicator);
    return { practices, regionName: (id: string) => directory.byId.get(id)?.name ?? id };
  };

  app.get(
    "/practices",
    {
      schema: {
        tags,
        summary: "Библиотека практик: выполненные меры страны по показателю, виду и региону, по измеренному эффекту",
        querystring: practicesQuery,
        response: { 200: practiceListSchema },
      },
      preValidation: [requireRole("federal_admin", "federal_analyst", "regional_admin")],
    },
    async (request): Promise<PracticeList> => {
      const { indicator, kind, region } = request.query;
      const m = await methodology();
      const { practices, regionName } = await finishedPractices(indicator);
      const chosen = practices.filter((p) => (kind === undefined || p.measure.kind === kind) && (region === undefined || p.regionId === region));
      return {
        practices: rankPractices(chosen).map((p) => practiceView(p, regionName(p.regionId), m)),
        kinds: measureKinds.map((value) => ({ value, label: measureKindNames[value] })),
      };
    },
  );

  app.get(
    "/practices/summary",
    {
      schema: {
        tags,
        summary: "Что сработало в других регионах по показателю: «в 3 регионах похожая мера дала +9…+15 п. п.»",
        querystring: summaryQuery,
        response: { 200: practiceSummaryViewSchema },
      },
      preValidation: [requireAuth],
    },
    async (request): Promise<PracticeSummaryView> => {
      const { indicator, view } = request.query;
      const m = await methodology();
      const { practices, regionName } = await finishedPractices(indicator);
      const relevant = practices.filter((p) => view === undefined || view === "combined" || p.measure.view === view);
      const summary = summarisePractices(indicator, relevant);
      // Every signed-in role sees what worked elsewhere: the pain-point card of a centre suggests it too.
      const top = rankPractices(relevant.filter((p) => p.indicator.verdict === "confirmed")).slice(0, 3);
      return {
        ...summary,
        range: summary.range ? [summary.range[0], summary.range[1]] : null,
        top: top.map((p) => practiceView(p, regionName(p.regionId), m)),
      };
    },
  );
};
