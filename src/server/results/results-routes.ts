// GET /api/results?period=P[&unit=ID]: the spec's result document for the caller's scope, from the live
// results state (the counters as of the request) under the active methodology.
import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
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

/** A scope's document as UTF-8 JSON, and gzipped once a client asks for it. */
interface Body {
  json: Buffer;
  gzip?: Promise<Buffer>;
}

/** The body of a snapshot's document for one scope, made once per snapshot (a national document is megabytes). */
const bodies = new WeakMap<ResultsSnapshot, Map<string, Body>>();
async function bodyOf(results: ResultsCache, snapshot: ResultsSnapshot, unit: string | undefined): Promise<Body> {
  let byScope = bodies.get(snapshot);
  if (!byScope) bodies.set(snapshot, (byScope = new Map()));
  const known = byScope.get(unit ?? "");
  if (known !== undefined) return known;
  const document = asContract(snapshot.document);
  let text: string;
  if (unit === undefined) text = JSON.stringify(document);
  else {
    // Ranks stay national; a unit's scope keeps its subtree (ancestors excluded) and no country entries.
    const directory = await results.units();
    const scope = new Set([unit, ...directory.descendants(unit).map((u) => u.id)]);
    text = JSON.stringify({ ...document, units: document.units.filter((u) => u.id !== undefined && scope.has(u.id)), country: [] });
  }
  const body: Body = { json: Buffer.from(text, "utf8") };
  byScope.set(unit ?? "", body);
  return body;
}

/** Whether the request's Accept-Encoding takes gzip (with a non-zero weight). */
export function acceptsGzip(header: string | undefined): boolean {
  return (header ?? "").split(",").some((part) => {
    const [name, ...params] = part.split(";").map((p) => p.trim().toLowerCase());
    const q = params.find((p) => p.startsWith("q="));
    return (name === "gzip" || name === "x-gzip") && (q === undefined || Number(q.slice(2)) > 0);
  });
}

/** Bodies above this size are sent gzipped, compressed once per snapshot rather than for every request. */
const pregzipFrom = 64 * 1024;
const gzipped = promisify(gzip);

/** Mounted inside the /api scope. Without `unit`, a scoped user gets its own subtree; federal users the country. */
export const resultsRoutes: FastifyPluginAsync<{ db: Db; results: ResultsCache }> = async (plain, { db, results }) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/results",
    {
      schema: {
        tags: ["Индекс"],
        summary: "Результаты в формате zvezda-result/1 по счётчикам базы",
        querystring: query,
        response: { 200: resultDocumentSchema },
      },
      preValidation: [requireAuth, requireUnitAccess(db, (request) => (request.query as { unit?: string }).unit)],
    },
    async (request, reply) => {
      const { principal } = authOf(request);
      const unit = request.query.unit ?? principal.scopeUnitId ?? undefined;
      const basis = request.query.basis ?? "published";
      // The other bases reveal flags and exclusions: a unit does not see its own review.
      if (basis !== "published" && principal.role === "unit_manager") throw new ForbiddenError("Данные до проверки доступны проверяющим");
      const snapshot = await results.get(request.query.period, basis);
      // The document goes out serialised once per snapshot: Fastify sends bytes as they are (no schema serialiser).
      const body = await bodyOf(results, snapshot, unit);
      reply.type("application/json; charset=utf-8").header("vary", "accept-encoding");
      if (body.json.length < pregzipFrom || !acceptsGzip(request.headers["accept-encoding"])) return reply.send(body.json as unknown as ResultDocumentView);
      body.gzip ??= gzipped(body.json);
      return reply.header("content-encoding", "gzip").send((await body.gzip) as unknown as ResultDocumentView);
    },
  );
};
