// /api/dashboard: the admin app's read API (context, ratings, unit pages, trends, comments), from the results cache.
import type { FastifyPluginAsync } from "fastify";
import type { ServerContext } from "../server-context.js";
import { commentsRoute } from "./comments-route.js";
import { contextRoute } from "./context-route.js";
import { ratingRoute } from "./rating-route.js";
import { trendRoute } from "./trend-route.js";
import { unitPageRoute } from "./unit-page-route.js";

/** Mounted at /api/dashboard inside the /api scope. Any signed-in role may read, within its subtree. */
export const dashboardRoutes: FastifyPluginAsync<{ context: ServerContext }> = async (app, { context }) => {
  await app.register(contextRoute, { context });
  await app.register(ratingRoute, { context });
  await app.register(unitPageRoute, { context });
  await app.register(trendRoute, { context });
  await app.register(commentsRoute, { context });
};
