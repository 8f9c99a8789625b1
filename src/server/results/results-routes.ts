// GET /api/results?period=P[&unit=ID]: the spec's result document for the caller's scope, computed
// from the database counters under the active methodology.
import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { periodParam, unitIdParam } from "../api-schemas.js";
import { computeResultsFromDatabase, counterBases, type Db } from "../../db/index.js";
import { requireAuth, requireUnitAccess, authOf } from "../auth/guards.js";
import { activeMethodologySource } from "../methodology/active-methodology.js";
import { ForbiddenError } from "../errors/app-errors.js";

const query = z.object({
  period: periodParam,
  unit: unitIdParam.optional().describe("Код подразделения; по умолчанию — вся зона доступа"),
  basis: z
    .enum(counterBases)
    .optional()
    .describe("Какие анкеты учитывать: published — без исключённых (по умолчанию), raw — все, confirmed_pending — как если бы ожидающие отметки подтвердили"),
});

/** Mounted inside the /api scope. Without `unit`, a scoped user gets its own subtree; federal users the country. */
export const resultsRoutes: FastifyPluginAsync<{ db: Db }> = async (plain, { db }) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const methodology = activeMethodologySource(db);
  app.get(
    "/results",
    {
      schema: { tags: ["Индекс"], summary: "Результаты в формате zvezda-result/1 по счётчикам базы", querystring: query },
      preValidation: [requireAuth, requireUnitAccess(db, (request) => (request.query as { unit?: string }).unit)],
    },
    async (request) => {
      const { principal } = authOf(request);
      const unit = request.query.unit ?? principal.scopeUnitId ?? undefined;
      const basis = request.query.basis ?? "published";
      // The other bases reveal flags and exclusions: a unit does not see its own review.
      if (basis !== "published" && principal.role === "unit_manager") throw new ForbiddenError("Данные до проверки доступны проверяющим");
      return computeResultsFromDatabase(db, await methodology(), request.query.period, { ...(unit === undefined ? {} : { unit }), basis });
    },
  );
};
