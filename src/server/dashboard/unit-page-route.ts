// GET /api/dashboard/unit/:id: a unit's (or the country's) page for a period and view.
import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { authOf, requireAuth } from "../auth/guards.js";
import type { ServerContext } from "../server-context.js";
import { requireDashboardUnit } from "./dashboard-scope.js";
import { unitPageQuery, unitParams } from "./dashboard-schemas.js";
import { loadUnitPage } from "./load-unit-page.js";
import { underReviewOf } from "./under-review.js";
import { unitRanks } from "./unit-ranks.js";
import { isChangeSignificant } from "./change-significance.js";
import { unitPageSchema, type UnitPage } from "../../contract/dashboard.js";

export const unitPageRoute: FastifyPluginAsync<{ context: ServerContext }> = async (plain, { context }) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/unit/:id",
    {
      schema: {
        tags: ["Панель"],
        summary: "Страница подразделения (или страны): показатели, звезда, индикаторы",
        params: unitParams,
        querystring: unitPageQuery,
        response: { 200: unitPageSchema },
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
    async (request): Promise<UnitPage> => {
      const { query } = request;
      const loaded = await loadUnitPage(
        context.results,
        authOf(request).principal,
        request.params.id,
        query.period,
        query.view,
        context.config.publicUrl,
        query.basis,
      );
      const { figures, previous } = loaded;
      const significant =
        figures.index !== undefined && previous?.index !== undefined ? isChangeSignificant(figures.index - previous.index, figures.ci, previous.ci) : undefined;
      const page = significant === undefined ? loaded : { ...loaded, changeSignificant: significant };
      // Published figures only: the other bases already show what review would change.
      if ((query.basis ?? "published") !== "published") return page;
      const unitId = page.unit.kind === "country" ? undefined : page.unit.id;
      const underReview = await underReviewOf(context.database.db, await context.results.units(), unitId, page.period, page.view, page.figures.n);
      const ranks = unitId === undefined ? undefined : await unitRanks(context.results, unitId, page.period, page.view);
      return { ...page, ...(underReview ? { underReview } : {}), ...(ranks ? { ranks } : {}) };
    },
  );
};
