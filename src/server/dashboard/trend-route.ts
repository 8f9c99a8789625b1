// GET /api/dashboard/unit/:id/trend: the index of a unit (or the country) over the last periods, with the country's.
import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { parsePeriod, type Period } from "../../core/index.js";
import { authOf, requireAuth } from "../auth/guards.js";
import type { ServerContext } from "../server-context.js";
import { assertBasisAllowed } from "./basis-access.js";
import { requireDashboardUnit, resolveTarget } from "./dashboard-scope.js";
import { trendQuery, unitParams } from "./dashboard-schemas.js";
import { trendResponseSchema, type TrendResponse } from "../../contract/dashboard.js";
import { latestMonthIndex, periodLabelOf, periodSeries } from "./period-list.js";
import { measureValue, resolveTrendMeasure } from "./trend-measure.js";
import { viewsOf } from "./unit-page-assembly.js";

export const trendRoute: FastifyPluginAsync<{ context: ServerContext }> = async (plain, { context }) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const results = context.results;
  app.get(
    "/unit/:id/trend",
    {
      schema: {
        tags: ["Панель"],
        summary: "Динамика индекса подразделения по периодам",
        params: unitParams,
        querystring: trendQuery,
        response: { 200: trendResponseSchema },
      },
      preValidation: [
        requireAuth,
        requireDashboardUnit(
          context.database.db,
          () => context.results.units(),
          (request) => (request.params as { id: string }).id,
        ),
      ],
    },
    async (request): Promise<TrendResponse> => {
      const { view, granularity, count, basis, measure: measureCode } = request.query;
      assertBasisAllowed(authOf(request).principal, basis);
      const [directory, months] = await Promise.all([results.units(), results.months()]);
      const target = resolveTarget(authOf(request).principal, directory, request.params.id);
      // The series ends with the period of `granularity` holding the asked period's last month, or the latest month with data.
      const asked = request.query.period === undefined ? undefined : parsePeriod(request.query.period);
      const lastMonth = asked ? asked.end - 1 : latestMonthIndex(months);
      const last = parsePeriod(periodLabelOf(granularity, lastMonth)) as Period;
      const labels = periodSeries(granularity, last, count);
      const snapshots = await Promise.all(labels.map((label) => results.get(label, basis)));
      const methodology = snapshots[snapshots.length - 1]!.methodology;
      const measure = resolveTrendMeasure(methodology, measureCode, view);
      const points = snapshots.map((s) => {
        const r = viewsOf(s, target)?.[view];
        const country = s.country[view];
        // A unit without responses has no value: a gap, not a zero.
        const value = r && r.n > 0 ? measureValue(r, measure, s.methodology) : undefined;
        const countryValue = country.n > 0 ? measureValue(country, measure, s.methodology) : undefined;
        return {
          period: s.period,
          n: r?.n ?? 0,
          status: r?.status ?? "empty",
          ...(r?.index !== undefined ? { index: r.index } : {}),
          ...(r?.percent !== undefined ? { percent: r.percent } : {}),
          ...(r?.ci !== undefined ? { ci: [r.ci[0], r.ci[1]] as [number, number] } : {}),
          ...(country.index !== undefined ? { country: country.index } : {}),
          ...(value !== undefined ? { value } : {}),
          ...(countryValue !== undefined ? { countryValue } : {}),
        };
      });
      return { unit: target.ref, view, basis, measure, points };
    },
  );
};
