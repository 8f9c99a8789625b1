// GET /api/dashboard/rating: the units of one kind inside a unit or the country, ranked.
import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { authOf, requireAuth } from "../auth/guards.js";
import type { ServerContext } from "../server-context.js";
import { requireDashboardUnit } from "./dashboard-scope.js";
import { ratingQuery } from "./dashboard-schemas.js";
import type { RatingResponse } from "./dashboard-types.js";
import { loadRating } from "./load-rating.js";

export const ratingRoute: FastifyPluginAsync<{ context: ServerContext }> = async (plain, { context }) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/rating",
    {
      schema: { tags: ["Панель"], summary: "Рейтинг подразделений одного вида внутри подразделения или страны", querystring: ratingQuery },
      preValidation: [requireAuth, requireDashboardUnit(context.database.db, () => context.results.units(), (request) => (request.query as { unit?: string }).unit)],
    },
    async (request): Promise<RatingResponse> => loadRating(context.results, authOf(request).principal, request.query),
  );
};
