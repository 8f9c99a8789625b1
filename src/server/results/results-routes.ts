// GET /api/results?period=P[&unit=ID]: the spec's result document for the caller's scope, computed
// from the database counters under the active methodology.
import type { FastifyPluginAsync } from "fastify";
import { z } from "zod";
import { parsePeriod } from "../../core/index.js";
import { computeResultsFromDatabase, type Db } from "../../db/index.js";
import { requireAuth, requireUnitAccess, authOf } from "../auth/guards.js";
import { ValidationError } from "../errors/app-errors.js";
import { activeMethodologySource } from "../methodology/active-methodology.js";

const query = z.object({
  period: z.string().refine((p) => parsePeriod(p) !== null, "Период указывается как 2025, 2025-H1, 2025-Q2 или 2025-04"),
  unit: z.string().min(1).max(64).optional(),
});

/** Mounted inside the /api scope. Without `unit`, a scoped user gets its own subtree; federal users the country. */
export const resultsRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  const methodology = activeMethodologySource(db);
  app.get(
    "/results",
    { preHandler: [requireAuth, requireUnitAccess(db, (request) => (request.query as { unit?: string }).unit)] },
    async (request) => {
      const parsed = query.safeParse(request.query);
      if (!parsed.success) throw new ValidationError(parsed.error.issues.map((issue) => issue.message).join("; "), parsed.error.issues);
      const { principal } = authOf(request);
      const unit = parsed.data.unit ?? principal.scopeUnitId ?? undefined;
      return computeResultsFromDatabase(db, await methodology(), parsed.data.period, unit === undefined ? {} : { unit });
    },
  );
};
