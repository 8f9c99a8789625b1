// GET /api/dashboard/unit/:id: a unit's (or the country's) page for a period and view.
import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { authOf, requireAuth } from "../auth/guards.js";
import type { ServerContext } from "../server-context.js";
import { requireDashboardUnit } from "./dashboard-scope.js";
import { unitPageQuery, unitParams } from "./dashboard-schemas.js";
import { loadUnitPage } from "./load-unit-page.js";
import type { UnitPageWithViews } from "./unit-page-assembly.js";

export const unitPageRoute: FastifyPluginAsync<{ context: ServerContext }> = async (plain, { context }) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/unit/:id",
    {
      schema: { tags: ["Панель"], summary: "Страница подразделения (или страны): показатели, звезда, индикаторы", params: unitParams, querystring: unitPageQuery },
      preValidation: [requireAuth, requireDashboardUnit(context.database.db, () => context.results.units(), (request) => (request.params as { id: string }).id)],
    },
    async (request): Promise<UnitPageWithViews> =>
      loadUnitPage(context.results, authOf(request).principal, request.params.id, request.query.period, request.query.view, context.config.publicUrl, request.query.basis),
  );
};
