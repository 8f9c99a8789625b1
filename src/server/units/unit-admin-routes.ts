// GET /api/units, POST /api/units, PATCH /api/units/:id, POST /api/units/:id/close|reopen: the org tree within the caller's scope, audited.
import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  findUnitAncestry,
  findUnitDetails,
  insertUnit,
  listUnitDetails,
  updateUnit,
  writeAudit,
  type Db,
  type UnitDetails,
  type UnitPatch,
} from "../../db/index.js";
import { canManage, isFederal } from "../auth/access.js";
import { authOf, requireAuth, requireRole, requireUnitAccess, unitNotFoundMessage } from "../auth/guards.js";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../errors/app-errors.js";
import { invalidateSurveyUnits } from "../survey/survey-unit-cache.js";
import { adminUnitAnswerSchema, adminUnitListSchema, type AdminUnit } from "../../contract/units.js";
import { toIso } from "../../contract/common.js";
import { createUnitBody, unitParams, unitTreeQuery, updateUnitBody } from "./unit-schemas.js";
import { normaliseHours, placementProblem, regionCodePattern, unitAuditView } from "./unit-rules.js";

const tags = ["Оргструктура"];
const idParam = (request: FastifyRequest) => (request.params as { id?: string }).id;
const stringField = (value: unknown) => (typeof value === "string" && value !== "" ? value : undefined);

/** A stored unit as the contract carries it. */
export const adminUnitView = (unit: UnitDetails): AdminUnit => ({ ...unit, hours: unit.hours as AdminUnit["hours"], closedAt: toIso(unit.closedAt) });

/** Mounted inside the /api scope, beside GET /api/units/:id. */
export const unitAdminRoutes: FastifyPluginAsync<{ db: Db }> = async (plain, { db }) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const admins = requireRole("federal_admin", "regional_admin");
  const manageable = (get: (request: FastifyRequest) => string | undefined) => requireUnitAccess(db, get, canManage);

  /** The unit, after the guard proved it is in scope (it may have vanished since). */
  const loadUnit = async (id: string): Promise<UnitDetails> => {
    const unit = await findUnitDetails(db, id);
    if (!unit) throw new NotFoundError(unitNotFoundMessage);
    return unit;
  };

  /** Writes a change and its audit record in one transaction; the survey then sees it at once. */
  const change = async (actorId: string, action: string, before: UnitDetails, patch: UnitPatch): Promise<UnitDetails> => {
    const after = await db.transaction().execute(async (trx) => {
      await updateUnit(trx, before.id, patch);
      const updated = (await findUnitDetails(trx, before.id)) as UnitDetails;
      await writeAudit(trx, {
        actorId,
        action,
        entity: "unit",
        entityId: before.id,
        unitId: before.id,
        before: unitAuditView(before),
        after: unitAuditView(updated),
      });
      return updated;
    });
    invalidateSurveyUnits(db);
    return after;
  };

  app.get(
    "/units",
    {
      schema: {
        tags,
        summary: "Дерево подразделений зоны доступа (плоским списком с parentId)",
        querystring: unitTreeQuery,
        response: { 200: adminUnitListSchema },
      },
      preValidation: [requireAuth, requireUnitAccess(db, (request) => stringField((request.query as { unit?: unknown }).unit))],
    },
    async (request) => {
      const { principal } = authOf(request);
      const root = request.query.unit ?? (isFederal(principal.role) ? null : principal.scopeUnitId);
      return { units: (await listUnitDetails(db, root)).map(adminUnitView) };
    },
  );

  app.post(
    "/units",
    {
      schema: { tags, summary: "Создать управляющий или территориальный ЦЗН", body: createUnitBody, response: { 201: adminUnitAnswerSchema } },
      preValidation: [admins, manageable((request) => stringField((request.body as { parentId?: unknown } | undefined)?.parentId))],
    },
    async (request, reply) => {
      const { principal } = authOf(request);
      const body = request.body;
      const parent = await loadUnit(body.parentId);
      if (regionCodePattern.test(body.id)) throw new ValidationError("Двузначные коды зарезервированы за субъектами РФ");
      const problem = placementProblem(body.kind, parent);
      if (problem) throw new ValidationError(problem);
      if (parent.closedAt !== null) throw new ValidationError("Нельзя создать подразделение внутри закрытого");
      const created = await db.transaction().execute(async (trx) => {
        const unit = { id: body.id, kind: body.kind, name: body.name, parentId: parent.id, hours: normaliseHours(body.hours ?? null) };
        if (!(await insertUnit(trx, unit))) return undefined;
        const stored = (await findUnitDetails(trx, unit.id)) as UnitDetails;
        await writeAudit(trx, {
          actorId: principal.userId,
          action: "unit.create",
          entity: "unit",
          entityId: unit.id,
          unitId: unit.id,
          after: unitAuditView(stored),
        });
        return stored;
      });
      if (!created) throw new ConflictError("unit_code_taken", `Код «${body.id}» уже занят`);
      return reply.status(201).send({ unit: adminUnitView(created) });
    },
  );

  app.patch(
    "/units/:id",
    {
      schema: {
        tags,
        summary: "Изменить наименование, подчинение, тип сети, часовой пояс или часы работы",
        params: unitParams,
        body: updateUnitBody,
        response: { 200: adminUnitAnswerSchema },
      },
      preValidation: [admins, manageable(idParam)],
    },
    async (request) => {
      const { principal } = authOf(request);
      const unit = await loadUnit(request.params.id);
      const body = request.body;
      const patch: UnitPatch = {};
      if (body.name !== undefined) patch.name = body.name;
      if (body.hours !== undefined) patch.hours = normaliseHours(body.hours);
      if (body.network !== undefined || body.timezone !== undefined) {
        if (unit.kind !== "region") throw new ValidationError("Тип сети и часовой пояс задаются только у субъекта РФ");
        if (principal.role !== "federal_admin") throw new ForbiddenError("Тип сети и часовой пояс субъекта меняет только федеральный администратор");
        if (body.timezone !== undefined) patch.timezone = body.timezone;
        if (body.network !== undefined) {
          const managing = (await listUnitDetails(db, unit.id)).filter((u) => u.kind === "managing");
          if (body.network === "decentralized" && managing.length > 0) {
            throw new ValidationError(
              `В децентрализованной сети нет управляющих ЦЗН: сначала переподчините или закройте ${managing.map((u) => `«${u.id}»`).join(", ")}`,
            );
          }
          patch.network = body.network;
        }
      }
      if (body.parentId !== undefined && body.parentId !== unit.parentId) {
        if (unit.kind === "region") throw new ValidationError("Субъект РФ не может подчиняться другому подразделению");
        const parentPath = await findUnitAncestry(db, body.parentId);
        if (!canManage(principal, parentPath)) throw new NotFoundError("Вышестоящее подразделение не найдено");
        if (parentPath.includes(unit.id)) throw new ValidationError("Подразделение нельзя подчинить самому себе или своему подчинённому: получится цикл");
        const problem = placementProblem(unit.kind, await loadUnit(body.parentId));
        if (problem) throw new ValidationError(problem);
        patch.parentId = body.parentId;
      }
      return { unit: adminUnitView(await change(principal.userId, "unit.update", unit, patch)) };
    },
  );

  app.post(
    "/units/:id/close",
    {
      schema: { tags, summary: "Закрыть подразделение: его опрос перестаёт принимать ответы", params: unitParams, response: { 200: adminUnitAnswerSchema } },
      preValidation: [admins, manageable(idParam)],
    },
    async (request) => {
      const { principal } = authOf(request);
      const unit = await loadUnit(request.params.id);
      if (unit.closedAt !== null) throw new ConflictError("unit_closed", "Подразделение уже закрыто");
      if (unit.kind === "region" && principal.role !== "federal_admin") throw new ForbiddenError("Субъект РФ закрывает только федеральный администратор");
      const open = (await listUnitDetails(db, unit.id)).filter((u) => u.id !== unit.id && u.parentId === unit.id && u.closedAt === null);
      if (open.length > 0)
        throw new ConflictError(
          "unit_has_open_children",
          `Сначала закройте или переподчините подчинённые подразделения: ${open.map((u) => `«${u.id}»`).join(", ")}`,
        );
      return { unit: adminUnitView(await change(principal.userId, "unit.close", unit, { closedAt: new Date() })) };
    },
  );

  app.post(
    "/units/:id/reopen",
    {
      schema: { tags, summary: "Открыть закрытое подразделение снова", params: unitParams, response: { 200: adminUnitAnswerSchema } },
      preValidation: [admins, manageable(idParam)],
    },
    async (request) => {
      const { principal } = authOf(request);
      const unit = await loadUnit(request.params.id);
      if (unit.closedAt === null) throw new ConflictError("unit_not_closed", "Подразделение не закрыто");
      if (unit.kind === "region" && principal.role !== "federal_admin") throw new ForbiddenError("Субъект РФ открывает только федеральный администратор");
      const parent = unit.parentId === null ? undefined : await loadUnit(unit.parentId);
      if (parent?.closedAt) throw new ConflictError("parent_unit_closed", `Вышестоящее подразделение «${parent.id}» закрыто: сначала откройте его`);
      return { unit: adminUnitView(await change(principal.userId, "unit.reopen", unit, { closedAt: null })) };
    },
  );
};
