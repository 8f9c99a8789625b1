// /api/methodologies: list, read, upload (validated), activate, and compare a period under two versions.
import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { formatProblem, formatProblems, validateMethodology, type Methodology } from "../../core/index.js";
import {
  activateMethodologyVersion,
  computeResultsUnderEach,
  findMethodologyVersion,
  insertMethodologyVersion,
  listMethodologyVersions,
  listUnitDetails,
  writeAudit,
  type Db,
  type JsonObject,
} from "../../db/index.js";
import { isFederal } from "../auth/access.js";
import { authOf, requireRole, requireUnitAccess } from "../auth/guards.js";
import { ConflictError, NotFoundError, ValidationError } from "../errors/app-errors.js";
import { coreProblemEntries } from "../errors/core-problems.js";
import { invalidateActiveMethodology } from "./active-methodology.js";
import { compareRankings } from "./compare-rankings.js";
import { toIso } from "../../contract/common.js";
import {
  comparisonSchema,
  methodologyActivatedSchema,
  methodologyDocumentSchema,
  methodologyListSchema,
  methodologyStoredSchema,
} from "../../contract/methodology.js";
import { compareQuery, methodologyParams, methodologyUploadBody } from "./methodology-schemas.js";

const tags = ["Методика"];
const notFound = (id: string) => new NotFoundError(`Версия методики «${id}» не найдена`);
// Route words under /methodologies that an uploaded id must not shadow.
const reservedIds = new Set(["compare"]);
/** What the database takes as a version id (methodology_versions.id). */
const versionIdPattern = /^[0-9A-Za-z][0-9A-Za-z._-]{0,31}$/;

/** Mounted inside the /api scope. Federal roles and regional admins read and compare; only a federal admin uploads and activates. */
export const methodologyRoutes: FastifyPluginAsync<{ db: Db }> = async (plain, { db }) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const readers = requireRole("federal_admin", "federal_analyst", "regional_admin");
  const federalAdmin = requireRole("federal_admin");
  // Stored versions never change, so a validated one can be kept.
  const validated = new Map<string, Methodology>();

  const methodologyOf = async (id: string): Promise<Methodology> => {
    const known = validated.get(id);
    if (known) return known;
    const row = await findMethodologyVersion(db, id);
    if (!row) throw notFound(id);
    const read = validateMethodology(row.body);
    if (!read.ok) throw new Error(`stored methodology ${id} is invalid: ${formatProblems(read.problems)}`);
    validated.set(id, read.value);
    return read.value;
  };

  app.get("/methodologies", { schema: { tags, summary: "Версии методики", response: { 200: methodologyListSchema } }, preValidation: readers }, async () => ({
    methodologies: (await listMethodologyVersions(db)).map(({ id, title, active, createdAt }) => ({ id, title, active, createdAt: toIso(createdAt) })),
  }));

  app.get(
    "/methodologies/compare",
    {
      schema: { tags, summary: "Пересчёт периода по двум версиям методики: рейтинги рядом и изменение мест", querystring: compareQuery, response: { 200: comparisonSchema } },
      preValidation: [readers, requireUnitAccess(db, (request) => {
        const unit = (request.query as { unit?: unknown }).unit;
        return typeof unit === "string" && unit !== "" ? unit : undefined;
      })],
    },
    async (request) => {
      const { principal } = authOf(request);
      const q = request.query;
      const root = q.unit ?? (isFederal(principal.role) ? undefined : (principal.scopeUnitId ?? undefined));
      const kind = q.kind ?? (root === undefined ? "region" : "territorial");
      const [a, b] = [await methodologyOf(q.a), await methodologyOf(q.b)];
      const [resultA, resultB] = await computeResultsUnderEach(db, [a, b], q.period, root === undefined ? {} : { unit: root });
      const units = await listUnitDetails(db, root ?? null);
      return {
        period: q.period,
        view: q.view,
        kind,
        a: { id: a.id, title: a.title },
        b: { id: b.id, title: b.title },
        units: compareRankings(resultA!, resultB!, units, q.view, kind),
      };
    },
  );

  app.get(
    "/methodologies/:id",
    { schema: { tags, summary: "Версия методики целиком", params: methodologyParams, response: { 200: methodologyDocumentSchema } }, preValidation: readers },
    async (request) => {
      const row = await findMethodologyVersion(db, request.params.id);
      if (!row) throw notFound(request.params.id);
      return { id: row.id, title: row.title, active: row.active, createdAt: toIso(row.createdAt), body: row.body };
    },
  );

  app.post(
    "/methodologies",
    { schema: { tags, summary: "Загрузить новую версию методики (проверяется целиком, сохраняется неактивной)", body: methodologyUploadBody, response: { 201: methodologyStoredSchema } }, preValidation: federalAdmin },
    async (request, reply) => {
      const { principal } = authOf(request);
      const read = validateMethodology(request.body);
      if (!read.ok) {
        throw new ValidationError(`Методика не принята: ${read.problems.map(formatProblem).join("; ")}`, coreProblemEntries(read.problems), "methodology_invalid");
      }
      const m = read.value;
      if (!versionIdPattern.test(m.id)) throw new ValidationError(`Идентификатор версии «${m.id}» недопустим: латинские буквы, цифры и знаки . _ -, до 32 символов`);
      if (reservedIds.has(m.id)) throw new ValidationError(`Идентификатор версии «${m.id}» зарезервирован`);
      const stored = await db.transaction().execute(async (trx) => {
        if (!(await insertMethodologyVersion(trx, { id: m.id, title: m.title, body: request.body as JsonObject, createdBy: principal.userId }))) return false;
        await writeAudit(trx, { actorId: principal.userId, action: "methodology.create", entity: "methodology", entityId: m.id, after: { id: m.id, title: m.title } });
        return true;
      });
      if (!stored) throw new ConflictError("methodology_id_taken", `Версия методики «${m.id}» уже есть: загрузите документ с новым идентификатором`);
      return reply.status(201).send({ id: m.id, title: m.title, active: false as const });
    },
  );

  app.post(
    "/methodologies/:id/activate",
    { schema: { tags, summary: "Сделать версию методики действующей", params: methodologyParams, response: { 200: methodologyActivatedSchema } }, preValidation: federalAdmin },
    async (request) => {
      const { principal } = authOf(request);
      const id = request.params.id;
      await methodologyOf(id);
      await db.transaction().execute(async (trx) => {
        const previous = await activateMethodologyVersion(trx, id);
        if (previous !== id) {
          await writeAudit(trx, { actorId: principal.userId, action: "methodology.activate", entity: "methodology", entityId: id, before: { active: previous }, after: { active: id } });
        }
      });
      invalidateActiveMethodology(db);
      return { id, active: true as const };
    },
  );
};
