// /api/loop: a unit's pain points, the evidence behind one, a region's heatmap and the country's widest pain points,
// all from the results cache (the period's documents and the previous period's), never from raw responses.
import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { painHeatmap, widePains, type View } from "../../core/index.js";
import { federalRoles } from "../auth/access.js";
import { authOf, requireAuth, requireRole } from "../auth/guards.js";
import type { ServerContext } from "../server-context.js";
import { requireDashboardUnit, resolveTarget } from "../dashboard/dashboard-scope.js";
import { unitRef } from "../dashboard/figures.js";
import { BadRequestError, NotFoundError } from "../errors/app-errors.js";
import { painEvidence } from "./pain-evidence.js";
import { painPointItem } from "./pain-point-items.js";
import { painFinderFor, previousLabel } from "./pain-point-source.js";
import { countryPainQuery, heatmapQuery, painEvidenceParams, painPointsQuery } from "./pain-points-schemas.js";
import {
  countryPainResponseSchema,
  painEvidenceResponseSchema,
  painHeatmapResponseSchema,
  painPointsResponseSchema,
  type CountryPainResponse,
  type PainEvidenceResponse,
  type PainHeatmapResponse,
  type PainPointsResponse,
} from "../../contract/pain-points.js";
import { defaultPainSettings } from "./pain-settings-file.js";

const tags = ["Проблемные точки"];
const queryUnit = (request: FastifyRequest) => (request.query as { unit?: string }).unit;

export const painPointsRoutes: FastifyPluginAsync<{ context: ServerContext }> = async (plain, { context }) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const { results, database } = context;
  const inScope = requireDashboardUnit(database.db, () => results.units(), queryUnit);

  app.get(
    "/loop/pain-points",
    {
      schema: {
        tags,
        summary: "Проблемные точки подразделения за период, по убыванию баллов индекса, которые можно вернуть",
        querystring: painPointsQuery,
        response: { 200: painPointsResponseSchema },
      },
      preValidation: [requireAuth, inScope],
    },
    async (request): Promise<PainPointsResponse> => {
      const { period, view } = request.query;
      const directory = await results.units();
      const target = resolveTarget(authOf(request).principal, directory, request.query.unit);
      const finder = await painFinderFor(results, period);
      const found = target.unit ? finder.of(target.unit.id, view) : undefined;
      return {
        unit: target.ref,
        period,
        previousPeriod: previousLabel(period),
        view,
        settings: finder.settings.id,
        falseDiscoveryRate: finder.settings.falseDiscoveryRate,
        tested: found?.tested ?? 0,
        painPoints: (found?.painPoints ?? []).map(painPointItem),
      };
    },
  );

  app.get(
    "/loop/pain-points/:indicator/evidence",
    {
      schema: {
        tags,
        summary: "Доказательства проблемной точки: распределение ответов, динамика, примечания респондентов",
        params: painEvidenceParams,
        querystring: painPointsQuery,
        response: { 200: painEvidenceResponseSchema },
      },
      preValidation: [requireAuth, inScope],
    },
    async (request): Promise<PainEvidenceResponse> => {
      const { period, view } = request.query;
      const [directory, methodology] = await Promise.all([results.units(), results.methodology()]);
      const target = resolveTarget(authOf(request).principal, directory, request.query.unit);
      const indicator = methodology.indicators.find((i) => i.code === request.params.indicator);
      if (!indicator) throw new NotFoundError(`Показатель «${request.params.indicator}» не найден в методике ${methodology.id}`);
      if (!target.unit) throw new BadRequestError("Параметр unit: доказательства строятся для подразделения, не для страны");
      const views: View[] = view === "combined" ? ["seeker", "employer"] : [view];
      const evidence = await painEvidence({
        db: database.db,
        results,
        directory,
        methodology,
        target: { ...target, unit: target.unit },
        indicator,
        period,
        views,
        trendPeriods: defaultPainSettings().trendPeriods,
      });
      return { ...evidence, view };
    },
  );

  app.get(
    "/loop/heatmap",
    {
      schema: {
        tags,
        summary: "Тепловая карта региона: центры × показатели, значимые отставания",
        querystring: heatmapQuery,
        response: { 200: painHeatmapResponseSchema },
      },
      preValidation: [requireAuth, inScope],
    },
    async (request): Promise<PainHeatmapResponse> => {
      const { period, view } = request.query;
      const [directory, methodology] = await Promise.all([results.units(), results.methodology()]);
      const target = resolveTarget(authOf(request).principal, directory, request.query.unit);
      if (!target.unit || target.unit.kind === "territorial")
        throw new BadRequestError("Параметр unit: тепловая карта строится для региона или управляющего ЦЗН");
      const centres = directory.descendants(target.unit.id).filter((u) => !u.closed);
      const finder = await painFinderFor(results, period);
      const rows = painHeatmap(
        finder,
        methodology,
        centres.map((u) => u.id),
        view,
      );
      return {
        unit: target.ref,
        period,
        view,
        indicators: methodology.indicators.map((i) => ({ code: i.code, name: i.name, group: i.group })),
        rows: rows.map((r) => ({ unit: unitRef(directory.byId.get(r.unit)!), count: r.count, cells: r.cells.map((c) => ({ ...c })) })),
      };
    },
  );

  app.get(
    "/loop/country-pain",
    {
      schema: {
        tags,
        summary: "Показатели, которые проблемны в большинстве регионов (федеральный уровень)",
        querystring: countryPainQuery,
        response: { 200: countryPainResponseSchema },
      },
      preValidation: [requireAuth, requireRole(...federalRoles)],
    },
    async (request): Promise<CountryPainResponse> => {
      const { period, view } = request.query;
      const [directory, methodology] = await Promise.all([results.units(), results.methodology()]);
      const regions = (directory.children.get("") ?? []).filter((u) => u.kind === "region" && !u.closed);
      const finder = await painFinderFor(results, period);
      const wide = widePains(
        finder,
        methodology,
        regions.map((r) => r.id),
        view,
      );
      return {
        period,
        view,
        regions: wide[0]?.of ?? 0,
        threshold: finder.settings.countryPainShare,
        indicators: wide.map((w) => ({
          code: w.indicator,
          name: w.name,
          group: w.group,
          regions: w.regions.map((id) => unitRef(directory.byId.get(id)!)),
          share: w.share,
          most: w.most,
          meanPoints: w.meanPoints,
        })),
      };
    },
  );
};
