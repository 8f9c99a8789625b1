// GET /api/dashboard/context: the user's home, the periods with data, the methodology's groups and indicators.
import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { authOf, requireAuth } from "../auth/guards.js";
import type { ServerContext } from "../server-context.js";
import { homeOf } from "./dashboard-scope.js";
import { dashboardContextSchema, type DashboardContext } from "../../contract/dashboard.js";
import { homeDefaultPeriod } from "./home-default-period.js";
import { defaultPeriodOf, periodsWithData } from "./period-list.js";

export const contextRoute: FastifyPluginAsync<{ context: ServerContext }> = async (plain, { context }) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const results = context.results;
  app.get(
    "/context",
    {
      schema: { tags: ["Панель"], summary: "Контекст панели: домашнее подразделение, периоды, методика", response: { 200: dashboardContextSchema } },
      preValidation: requireAuth,
    },
    async (request): Promise<DashboardContext> => {
      const { principal } = authOf(request);
      const [directory, months, m] = await Promise.all([results.units(), results.months(), results.methodology()]);
      const home = homeOf(principal, directory);
      const periods = periodsWithData(months);
      const quarters = periods.filter((p) => p.includes("-Q"));
      const chosen = await homeDefaultPeriod(results, home.unit?.id, quarters, defaultPeriodOf(months));
      return {
        home: home.ref,
        periods,
        defaultPeriod: chosen.period,
        latestPeriod: chosen.latest,
        homeHasResult: chosen.homeHasResult,
        methodology: { id: m.id, title: m.title },
        groups: m.groups.map((g) => ({ code: g.code, name: g.name, short: g.short, max: g.max })),
        indicators: m.indicators.map((i) => ({ code: i.code, name: i.name, group: i.group, max: i.max })),
      };
    },
  );
};
