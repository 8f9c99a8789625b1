// GET /api/dashboard/rating: the units of one kind inside a unit or the country, ranked (a centre's manager: its region's, figures only).
import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { authOf, requireAuth } from "../auth/guards.js";
import type { ServerContext } from "../server-context.js";
import { requireRatingUnit } from "./peer-rating.js";
import { ratingQuery } from "./dashboard-schemas.js";
import { ratingResponseSchema, type RatingResponse } from "../../contract/dashboard.js";
import { loadRating } from "./load-rating.js";

export const ratingRoute: FastifyPluginAsync<{ context: ServerContext }> = async (plain, { context }) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/rating",
    {
      schema: {
        tags: ["Панель"],
        summary: "Рейтинг подразделений одного вида внутри подразделения или страны",
        querystring: ratingQuery,
        response: { 200: ratingResponseSchema },
      },
      preValidation: [requireAuth, requireRatingUnit(context.database.db, () => context.results.units())],
    },
    async (request): Promise<RatingResponse> => loadRating(context.results, authOf(request).principal, request.query, { allowPeer: true }),
  );
};
