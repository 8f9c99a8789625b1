// GET /api/results?period=P[&unit=ID]: the spec's result document for the caller's scope, from the live
// results state (the counters as of the request) under the active methodology.
import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { resultDocumentSchema, resultsQuerySchema, type ResultDocumentView } from "../../contract/results.js";
import type { ResultDocument } from "../../core/index.js";
import { periodParam } from "../api-schemas.js";
import type { Db } from "../../db/index.js";
import { requireAuth, requireUnitAccess, authOf } from "../auth/guards.js";
import { ForbiddenError } from "../errors/app-errors.js";
import type { ResultsCache, ResultsSnapshot } from "../dashboard/results-cache.js";

const query = resultsQuerySchema.extend({ period: periodParam });

/** The core's document is what the contract describes (checked at compile time; the route sends it serialised). */
const asContract = (document: ResultDocument): ResultDocumentView => document;

/** The JSON of a snapshot's document for one scope, made once per snapshot (a national document is megabytes). */
const bodies = new WeakMap<ResultsSnapshot, Map<string, string>>();
async function bodyOf(results: ResultsCache, snapshot: ResultsSnapshot, unit: string | undefined): Promise<string> {
  let byScope = bodies.get(snapshot);
  if (!byScope) bodies.set(snapshot, (byScope = new Map()));
  const known = byScope.get(unit ?? "");
  if (known !== undefined) return known;
  const document = asContract(snapshot.document);
  let body: string;
  if (unit === undefined) body = JSON.stringify(document);
  else {
    // Ranks stay national; a unit's scope keeps its subtree (ancestors excluded) and no country entries.
    const directory = await results.units();
    const scope = new Set([unit, ...directory.descendants(unit).map((u) => u.id)]);
    body = JSON.stringify({ ...document, units: document.units.filter((u) => u.id !== undefined && scope.has(u.id)), country: [] });
  }
  byScope.set(unit ?? "", body);
  return body;
}

/** Mounted inside the /api scope. Without `unit`, a scoped user gets its own subtree; federal users the country. */
export const resultsRoutes: FastifyPluginAsync<{ db: Db; results: ResultsCache }> = async (plain, { db, results }) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/results",
    {
      schema: { tags: ["Индекс"], summary: "Результаты в формате zvezda-result/1 по счётчикам базы", querystring: query, response: { 200: resultDocumentSchema } },
      preValidation: [requireAuth, requireUnitAccess(db, (request) => (request.query as { unit?: string }).unit)],
    },
    async (request, reply) => {
      const { principal } = authOf(request);
      const unit = request.query.unit ?? principal.scopeUnitId ?? undefined;
      const basis = request.query.basis ?? "published";
      // The other bases reveal flags and exclusions: a unit does not see its own review.
      if (basis !== "published" && principal.role === "unit_manager") throw new ForbiddenError("Данные до проверки доступны проверяющим");
      const snapshot = await results.get(request.query.period, basis);
      // The document goes out serialised once per snapshot: Fastify sends a string as it is (no schema serialiser).
      const body = await bodyOf(results, snapshot, unit);
      return reply.type("application/json; charset=utf-8").send(body as unknown as ResultDocumentView);
    },
  );
};
