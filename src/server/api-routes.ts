// The /api scope: session and CSRF hooks for every JSON API route, then each API feature's routes.
import type { FastifyPluginAsync } from "fastify";
import { authRoutes, type AuthRoutesOptions } from "./auth/auth-routes.js";
import { installRequestAuth } from "./auth/request-auth.js";
import type { ServerContext } from "./server-context.js";
import { auditRoutes } from "./audit/audit-routes.js";
import { healthRoutes } from "./health/health-routes.js";
import { methodologyRoutes } from "./methodology/methodology-routes.js";
import { resultsRoutes } from "./results/results-routes.js";
import { qualityRoutes } from "./quality/quality-routes.js";
import { dashboardRoutes } from "./dashboard/dashboard-routes.js";
import { exportRoutes } from "./exports/export-routes.js";
import { unitRoutes } from "./units/unit-routes.js";
import { userRoutes } from "./users/user-routes.js";
import { objectiveRoutes } from "./objective/objective-routes.js";
import { loopMeasuresRoutes } from "./loop/measures-plugin.js";
import { voiceRoutes } from "./voice/voice-routes.js";
import { kioskAdminRoutes } from "./kiosks/kiosk-admin-routes.js";
import { painPointsRoutes } from "./loop/pain-points-routes.js";

export interface ApiRoutesOptions {
  context: ServerContext;
  loginRateLimit?: AuthRoutesOptions["loginRateLimit"];
}

/** Registered with prefix /api. Every route added here runs behind installRequestAuth's hooks. */
export const apiRoutes: FastifyPluginAsync<ApiRoutesOptions> = async (app, { context, loginRateLimit }) => {
  const db = context.database.db;
  installRequestAuth(app, db, context.secret);
  // A change accepted here (units, methodology, reviews, objective data…) is read back at once by the client that made
  // it: the results catch up at the next read instead of waiting for the database's notification of the commit.
  app.addHook("onSend", async (request, reply) => {
    if (request.method !== "GET" && request.method !== "HEAD" && reply.statusCode < 400) context.results.invalidate();
  });
  await app.register(healthRoutes, { database: context.database, version: context.version });
  await app.register(authRoutes, { prefix: "/auth", db, secret: context.secret, secureCookies: context.config.publicUrl.startsWith("https:"), loginRateLimit });
  await app.register(unitRoutes, { db });
  await app.register(userRoutes, { db });
  await app.register(resultsRoutes, { db, results: context.results });
  await app.register(auditRoutes, { db });
  await app.register(methodologyRoutes, { db });
  await app.register(dashboardRoutes, { prefix: "/dashboard", context });
  await app.register(exportRoutes, { prefix: "/exports", context });
  await app.register(objectiveRoutes, { db });
  await app.register(qualityRoutes, { prefix: "/quality", context });
  await app.register(loopMeasuresRoutes, { prefix: "/loop", context });
  await app.register(voiceRoutes, { prefix: "/voice", context });
  await app.register(kioskAdminRoutes, { db, publicUrl: context.config.publicUrl });
  await app.register(painPointsRoutes, { context });
};
