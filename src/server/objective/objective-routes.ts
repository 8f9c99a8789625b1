// /api/objective: a unit's objective data for a period, saving drafts, the approval workflow and the audit history.
import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { objectiveEntryViewSchema, objectiveHistorySchema, objectivePageSchema, type ReviewAction } from "../../contract/objective.js";
import type { Methodology } from "../../core/index.js";
import { findObjectiveEntry, findUnit, readAuditHistory, readCountStatuses, writeAudit, type Db, type ObjectiveStatus } from "../../db/index.js";
import { canManage } from "../auth/access.js";
import { authOf, requireAuth, requireRole, requireUnitAccess } from "../auth/guards.js";
import { NotFoundError } from "../errors/app-errors.js";
import { activeMethodologySource } from "../methodology/active-methodology.js";
import { objectiveFileRoutes } from "./objective-file-routes.js";
import { requireEntryAccess } from "./objective-guards.js";
import { entryParams, pageQuery, reasonBody, saveBody, type SaveBody } from "./objective-schemas.js";
import type { ObjectiveEntryView, ObjectiveHistoryRecord } from "./objective-types.js";
import { entryViews, objectivePage } from "./objective-view.js";
import { auditEntity, entryNotFoundMessage, FourEyesRefusal, saveEntry, transitionEntry, type Transition } from "./objective-workflow.js";
import type { ObjectiveInput } from "./objective-input.js";

export interface ObjectiveRoutesOptions {
  db: Db;
  /** The methodology in force (default: the database's active version). */
  methodology?: () => Promise<Methodology>;
}

/** Roles that enter objective data (within their scope). */
export const objectiveEditorRoles = ["federal_admin", "regional_admin", "unit_manager"] as const;
/** Roles of the regional level that approve, return and reopen. */
export const objectiveApproverRoles = ["federal_admin", "regional_admin"] as const;

function inputOf(body: SaveBody): ObjectiveInput {
  switch (body.kind) {
    case "checklist":
      return { kind: "checklist", checklist: body.checklist, answers: body.answers };
    case "vacancies":
      return { kind: "vacancies", vacanciesNow: body.vacanciesNow, vacanciesYearAgo: body.vacanciesYearAgo };
    case "events":
      return { kind: "events", events: body.events };
    case "channels":
      return { kind: "channels", channels: body.channels };
  }
}

/** Mounted inside the /api scope. */
export const objectiveRoutes: FastifyPluginAsync<ObjectiveRoutesOptions> = async (plain, options) => {
  const { db } = options;
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const methodology = options.methodology ?? activeMethodologySource(db);
  const countStatuses = async (m: Methodology): Promise<readonly ObjectiveStatus[]> => readCountStatuses(db, m.id);
  const tags = ["Объективные данные"];

  const viewOf = async (request: FastifyRequest, id: string, m: Methodology): Promise<ObjectiveEntryView> => {
    const entry = await findObjectiveEntry(db, id);
    if (!entry) throw new NotFoundError(entryNotFoundMessage);
    const views = await entryViews(db, authOf(request).principal, [entry], await countStatuses(m));
    return views.get(id) as ObjectiveEntryView;
  };

  app.get(
    "/objective",
    {
      schema: {
        tags,
        summary: "Объективные данные подразделения за период: чек-листы, вакансии, мероприятия, каналы",
        querystring: pageQuery,
        response: { 200: objectivePageSchema },
      },
      preValidation: [requireAuth, requireUnitAccess(db, (request) => (request.query as { unit?: string }).unit)],
    },
    async (request) => {
      const m = await methodology();
      return objectivePage(db, m, authOf(request).principal, request.query.unit, request.query.period, await countStatuses(m));
    },
  );

  app.put(
    "/objective/entries",
    {
      schema: { tags, summary: "Сохранить черновик (или сразу отправить на утверждение)", body: saveBody, response: { 200: objectiveEntryViewSchema } },
      preValidation: [
        requireRole(...objectiveEditorRoles),
        requireUnitAccess(db, (request) => (request.body as { unit?: string } | undefined)?.unit, canManage),
      ],
    },
    async (request) => {
      const m = await methodology();
      const { principal } = authOf(request);
      const unit = await findUnit(db, request.body.unit);
      if (!unit) throw new NotFoundError();
      const { id } = await db.transaction().execute((trx) =>
        saveEntry(trx, m, principal, {
          unitId: unit.id,
          unitKind: unit.kind,
          period: request.body.period,
          input: inputOf(request.body),
          submit: request.body.submit ?? false,
        }),
      );
      return viewOf(request, id, m);
    },
  );

  const transitionRoute = (action: ReviewAction, summary: string, roles: readonly (typeof objectiveEditorRoles)[number][]) => {
    const withReason = action === "return" || action === "reopen";
    app.post(
      `/objective/entries/:id/${action}`,
      {
        schema: { tags, summary, params: entryParams, ...(withReason ? { body: reasonBody } : {}), response: { 200: objectiveEntryViewSchema } },
        preValidation: [requireRole(...roles), requireEntryAccess(db, canManage)],
      },
      async (request) => {
        const m = await methodology();
        const reason = withReason ? (request.body as { reason: string }).reason : "";
        const transition: Transition = action === "return" || action === "reopen" ? { action, reason } : { action };
        const { principal } = authOf(request);
        try {
          await db.transaction().execute((trx) => transitionEntry(trx, m, principal, request.params.id, transition));
        } catch (error) {
          // Refused after the rollback, so the attempt itself stays on record.
          if (error instanceof FourEyesRefusal) {
            await writeAudit(db, {
              actorId: principal.userId,
              action: "objective.approve_refused",
              entity: auditEntity,
              entityId: request.params.id,
              unitId: error.unitId,
              after: { reason: error.link },
            });
          }
          throw error;
        }
        return viewOf(request, request.params.id, m);
      },
    );
  };
  transitionRoute("submit", "Отправить на утверждение", objectiveEditorRoles);
  transitionRoute("approve", "Утвердить (региональный уровень; не свои данные)", objectiveApproverRoles);
  transitionRoute("return", "Вернуть на доработку с указанием причины", objectiveApproverRoles);
  transitionRoute("reopen", "Переоткрыть утверждённые данные (с указанием причины)", objectiveApproverRoles);

  app.get(
    "/objective/entries/:id/history",
    {
      schema: {
        tags,
        summary: "История записи из журнала аудита: кто, когда, что было и что стало",
        params: entryParams,
        response: { 200: objectiveHistorySchema },
      },
      preValidation: [requireAuth, requireEntryAccess(db)],
    },
    async (request): Promise<{ history: ObjectiveHistoryRecord[] }> => {
      const rows = await readAuditHistory(db, auditEntity, [request.params.id]);
      return {
        history: rows.map((r) => ({
          at: r.at.toISOString(),
          action: r.action,
          ...(r.actorId && r.actorLogin ? { actor: { id: r.actorId, login: r.actorLogin, displayName: r.actorName ?? r.actorLogin } } : {}),
          before: r.before,
          after: r.after,
        })),
      };
    },
  );

  await app.register(objectiveFileRoutes, { db, methodology });
};
