// /api/loop/measures: the register — list, read, propose, edit and move measures through their workflow, all audited.
import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  checkTransition,
  formatProblems,
  measureKindNames,
  measureKinds,
  measureStatuses,
  measureStatusNames,
  validateMeasureFields,
  type Methodology,
} from "../../core/index.js";
import {
  changeMeasureStatus,
  findMeasure,
  findUnit,
  findUnitAncestry,
  insertMeasure,
  listMeasureComments,
  listMeasureFiles,
  listMeasures,
  updateMeasure,
  writeAudit,
  type Db,
  type MeasureContent,
  type StoredMeasure,
} from "../../db/index.js";
import { canManage, isFederal } from "../auth/access.js";
import { authOf, requireAuth, requireRole, requireUnitAccess, unitNotFoundMessage } from "../auth/guards.js";
import { coreProblemEntries } from "../errors/core-problems.js";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../errors/app-errors.js";
import { measureActorOf, measureNotFoundMessage, requireMeasureAccess } from "./measures-access.js";
import { createMeasureBody, listQuery, measureFieldsSchema, measureParams, statusBody, type MeasureFieldsBody } from "./measures-schemas.js";
import {
  measureDetailsSchema,
  measureListSchema,
  measureViewSchema,
  type MeasureDetails,
  type MeasureList,
  type MeasureView,
} from "../../contract/measures.js";
import { commentView, fileView, measureView, todayIso } from "./measures-view.js";

/** Roles that propose and change measures (within their scope); the federal analyst reads. */
export const measureEditorRoles = ["federal_admin", "regional_admin", "unit_manager"] as const;
export const measureAuditEntity = "measure";

/** The fields as stored, after the methodology's and the calendar's checks (400 naming the field otherwise). */
export function checkedContent(body: MeasureFieldsBody, m: Methodology): MeasureContent {
  const content: MeasureContent = {
    title: body.title,
    description: body.description,
    kind: body.kind,
    clientParticipation: body.clientParticipation,
    owner: body.owner,
    view: body.view,
    plannedStart: body.plannedStart,
    plannedEnd: body.plannedEnd,
    actualStart: body.actualStart ?? null,
    actualEnd: body.actualEnd ?? null,
    indicators: body.indicators,
  };
  const problems = validateMeasureFields(content, m);
  if (problems.length > 0) throw new ValidationError(formatProblems(problems), coreProblemEntries(problems));
  return content;
}

const auditState = (m: StoredMeasure | (MeasureContent & { status?: string })) => JSON.parse(JSON.stringify(m)) as Record<string, never>;

export interface MeasuresRoutesOptions {
  db: Db;
  methodology: () => Promise<Methodology>;
}

export const measuresRoutes: FastifyPluginAsync<MeasuresRoutesOptions> = async (plain, { db, methodology }) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const tags = ["Корректирующие меры"];

  const viewOf = async (request: FastifyRequest, measure: StoredMeasure): Promise<MeasureView> =>
    measureView(measure, authOf(request).principal, await findUnitAncestry(db, measure.unitId), await methodology());
  const load = async (id: string): Promise<StoredMeasure> => {
    const measure = await findMeasure(db, id);
    if (!measure) throw new NotFoundError(measureNotFoundMessage);
    return measure;
  };

  app.get(
    "/measures",
    {
      schema: {
        tags,
        summary: "Реестр мер подразделения и всех ниже (фильтры: статус, просроченные, показатель)",
        querystring: listQuery,
        response: { 200: measureListSchema },
      },
      preValidation: [requireAuth, requireUnitAccess(db, (r) => (r.query as { unit?: string }).unit)],
    },
    async (request): Promise<MeasureList> => {
      const { principal } = authOf(request);
      const q = request.query;
      const root = q.unit ?? (isFederal(principal.role) ? null : principal.scopeUnitId);
      const statuses = q.status === undefined ? undefined : Array.isArray(q.status) ? q.status : [q.status];
      const found = await listMeasures(db, {
        subtreeOf: root,
        ...(statuses ? { statuses } : {}),
        ...(q.indicator ? { indicator: q.indicator } : {}),
        ...(q.overdue === "true" ? { overdueOn: todayIso() } : {}),
      });
      const m = await methodology();
      const paths = new Map<string, string[]>();
      const measures: MeasureView[] = [];
      for (const measure of found) {
        let path = paths.get(measure.unitId);
        if (!path) paths.set(measure.unitId, (path = await findUnitAncestry(db, measure.unitId)));
        measures.push(measureView(measure, principal, path, m));
      }
      return {
        measures,
        kinds: measureKinds.map((value) => ({ value, label: measureKindNames[value] })),
        statuses: measureStatuses.map((value) => ({ value, label: measureStatusNames[value] })),
      };
    },
  );

  app.post(
    "/measures",
    {
      schema: {
        tags,
        summary: "Предложить меру (черновик): ЦЗН — для своего подразделения, регион — для любого в своей зоне",
        body: createMeasureBody,
        response: { 201: measureViewSchema },
      },
      preValidation: [requireRole(...measureEditorRoles)],
    },
    async (request, reply) => {
      const { principal } = authOf(request);
      const body = request.body;
      if (!canManage(principal, await findUnitAncestry(db, body.unit))) throw new NotFoundError(unitNotFoundMessage);
      const unit = await findUnit(db, body.unit);
      if (unit?.closedAt) throw new ConflictError("unit_closed", "Подразделение закрыто: меры для него не создаются");
      const content = checkedContent(body, await methodology());
      const id = await db.transaction().execute(async (trx) => {
        const created = await insertMeasure(trx, body.unit, content, principal.userId);
        await writeAudit(trx, {
          actorId: principal.userId,
          action: "measure.create",
          entity: measureAuditEntity,
          entityId: created,
          unitId: body.unit,
          after: auditState({ ...content, status: "draft" }),
        });
        return created;
      });
      return reply.status(201).send(await viewOf(request, await load(id)));
    },
  );

  app.get(
    "/measures/:id",
    {
      schema: { tags, summary: "Мера с файлами и обсуждением", params: measureParams, response: { 200: measureDetailsSchema } },
      preValidation: [requireAuth, requireMeasureAccess(db)],
    },
    async (request): Promise<MeasureDetails> => {
      const measure = await load(request.params.id);
      const [files, comments] = await Promise.all([listMeasureFiles(db, measure.id), listMeasureComments(db, measure.id)]);
      return {
        ...(await viewOf(request, measure)),
        files: files.map(fileView),
        comments: comments.map(commentView),
      };
    },
  );

  app.patch(
    "/measures/:id",
    {
      schema: {
        tags,
        summary: "Изменить меру: ЦЗН — свой черновик, регион — пока мера не закрыта",
        params: measureParams,
        body: measureFieldsSchema,
        response: { 200: measureViewSchema },
      },
      preValidation: [requireRole(...measureEditorRoles), requireMeasureAccess(db, canManage)],
    },
    async (request) => {
      const { principal } = authOf(request);
      const measure = await load(request.params.id);
      const actor = measureActorOf(principal, await findUnitAncestry(db, measure.unitId));
      const view = await viewOf(request, measure);
      if (!actor || !view.allowed.edit) {
        throw new ConflictError(
          "measure_locked",
          actor === "proposer"
            ? "Центр занятости может менять только черновик меры; дальше её ведёт регион"
            : `Меру в статусе «${measureStatusNames[measure.status]}» изменить нельзя`,
        );
      }
      const content = checkedContent(request.body, await methodology());
      if ((measure.status === "done" || measure.status === "evaluated") && content.actualEnd === null)
        throw new ValidationError("actualEnd — у выполненной меры должна быть дата фактического окончания");
      await db.transaction().execute(async (trx) => {
        await updateMeasure(trx, measure.id, content, principal.userId);
        await writeAudit(trx, {
          actorId: principal.userId,
          action: "measure.update",
          entity: measureAuditEntity,
          entityId: measure.id,
          unitId: measure.unitId,
          before: auditState(measure),
          after: auditState(content),
        });
      });
      return viewOf(request, await load(measure.id));
    },
  );

  app.post(
    "/measures/:id/status",
    {
      schema: {
        tags,
        summary: "Перевести меру по статусам: утвердить, начать, выполнить, оценить эффект, отменить (с причиной)",
        params: measureParams,
        body: statusBody,
        response: { 200: measureViewSchema },
      },
      preValidation: [requireRole(...measureEditorRoles), requireMeasureAccess(db, canManage)],
    },
    async (request) => {
      const { principal } = authOf(request);
      const measure = await load(request.params.id);
      const actor = measureActorOf(principal, await findUnitAncestry(db, measure.unitId));
      if (!actor) throw new ForbiddenError();
      const { to, reason, actualStart, actualEnd } = request.body;
      const transition = checkTransition(measure.status, to, actor);
      if ("kind" in transition) {
        if (transition.kind === "actor") throw new ForbiddenError(transition.message);
        throw new ConflictError("measure_transition_refused", transition.message);
      }
      if (transition.needsReason && !reason) throw new ValidationError("reason — укажите причину отмены");
      const today = todayIso();
      const start =
        to === "in_progress" ? (actualStart ?? measure.actualStart ?? today) : to === "done" ? (actualStart ?? measure.actualStart ?? today) : undefined;
      const end = to === "done" ? (actualEnd ?? today) : undefined;
      if (start !== undefined || end !== undefined) {
        const problems = validateMeasureFields(
          {
            plannedStart: measure.plannedStart,
            plannedEnd: measure.plannedEnd,
            actualStart: start ?? measure.actualStart,
            actualEnd: end ?? measure.actualEnd,
            indicators: measure.indicators,
          },
          await methodology(),
        ).filter((p) => p.path.startsWith("actual"));
        if (problems.length > 0) throw new ValidationError(formatProblems(problems), coreProblemEntries(problems));
      }
      await db.transaction().execute(async (trx) => {
        await changeMeasureStatus(
          trx,
          measure.id,
          {
            status: to,
            ...(to === "cancelled" ? { cancelReason: reason ?? null } : {}),
            ...(start !== undefined ? { actualStart: start } : {}),
            ...(end !== undefined ? { actualEnd: end } : {}),
          },
          principal.userId,
        );
        await writeAudit(trx, {
          actorId: principal.userId,
          action: `measure.${to}`,
          entity: measureAuditEntity,
          entityId: measure.id,
          unitId: measure.unitId,
          before: { status: measure.status },
          after: { status: to, ...(reason ? { reason } : {}), ...(start ? { actualStart: start } : {}), ...(end ? { actualEnd: end } : {}) },
        });
      });
      return viewOf(request, await load(measure.id));
    },
  );
};
