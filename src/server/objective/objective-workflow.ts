// The objective-data workflow: save a draft, submit, approve, return, reopen — each checked, stored and audited in one transaction.
import type { Methodology } from "../../core/index.js";
import {
  changeObjectiveStatus,
  findObjectiveEntry,
  findOverlappingEntry,
  findUnitAncestry,
  insertObjectiveEntry,
  listObjectiveEntriesFor,
  readEntryDetails,
  updateObjectiveContent,
  writeAudit,
  accountLink,
  type AccountLink,
  type Db,
  type Json,
  type StoredObjectiveEntry,
  type UnitKind,
} from "../../db/index.js";
import { canRead, type Principal } from "../auth/access.js";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../errors/app-errors.js";
import { checkObjectiveInput, contentOf, indicatorOf, type InputIssue, type ObjectiveInput } from "./objective-input.js";
import { entryActions, type EntryActions } from "./objective-permissions.js";

/** The answer for an entry that does not exist or lies outside the caller's scope. */
export const entryNotFoundMessage = "Запись объективных данных не найдена";

/** The audit entity of objective entries. */
export const auditEntity = "objective_entry";

const statusNames = { draft: "черновик", submitted: "на утверждении", approved: "утверждено", returned: "возвращено на доработку" } as const;

/** What the audit log keeps of an entry: its state, payload and details (no photo bytes). */
export async function entrySnapshot(db: Db, id: string): Promise<Json> {
  const entry = await findObjectiveEntry(db, id);
  if (!entry) return null;
  const details = await readEntryDetails(db, id);
  return {
    unit: entry.unitId,
    indicator: entry.indicator,
    period: entry.period,
    status: entry.status,
    payload: entry.payload,
    ...(details.answers.length > 0 ? { answers: details.answers.map((a) => ({ item: a.item, answer: a.answer, comment: a.comment })) } : {}),
    ...(details.events.length > 0 ? { events: details.events.map((e) => ({ ...e })) } : {}),
    ...(details.photos.length > 0 ? { photos: details.photos.map((p) => p.id) } : {}),
    ...(entry.returnReason ? { returnReason: entry.returnReason } : {}),
  };
}

/** Refuses invalid input with every problem listed. */
export function refuseIssues(issues: readonly InputIssue[]): void {
  if (issues.length === 0) return;
  throw new ValidationError(
    issues.map((i) => i.message).join("; "),
    issues.map((i) => ({ path: i.field, code: "invalid_value", message: i.message })),
  );
}

/** A save request: the unit, the period and the content; `submit` sends it for approval at once. */
export interface SaveRequest {
  unitId: string;
  unitKind: UnitKind;
  period: string;
  input: ObjectiveInput;
  submit: boolean;
}

/**
 * Creates or replaces the entry of the unit for the input's indicator (or channels) and period, as a draft or
 * submitted. Refused: invalid input, an overlap with another period's entry, an entry waiting for approval or
 * approved (change it after a return or a reopening). Use inside a transaction; returns the entry id and whether it is new.
 */
export async function saveEntry(trx: Db, m: Methodology, principal: Principal, request: SaveRequest): Promise<{ id: string; created: boolean }> {
  refuseIssues(checkObjectiveInput(m, request.input, request.period, request.unitKind, request.submit));
  const indicator = indicatorOf(m, request.input) ?? null;
  const existing = (await listObjectiveEntriesFor(trx, [request.unitId], request.period)).find((e) => e.indicator === indicator);
  const path = await findUnitAncestry(trx, request.unitId);
  const actions = entryActions(principal, path, existing);
  if (!actions.edit) {
    if (existing?.status === "submitted")
      throw new ConflictError("objective_locked", "Данные отправлены на утверждение: изменить их можно после возврата на доработку");
    if (existing?.status === "approved") throw new ConflictError("objective_locked", "Данные утверждены: изменить их можно только после переоткрытия");
    throw new ForbiddenError();
  }
  const overlap = await findOverlappingEntry(trx, request.unitId, indicator, request.period, existing?.id);
  if (overlap) {
    throw new ConflictError(
      "objective_period_overlap",
      `Для подразделения ${request.unitId} уже введены данные за период ${overlap.period}, который пересекается с ${request.period}: периоды одного показателя не должны пересекаться`,
    );
  }
  const content = contentOf(request.input);
  const status = request.submit ? "submitted" : "draft";
  if (existing) {
    const before = await entrySnapshot(trx, existing.id);
    await updateObjectiveContent(trx, existing.id, status, principal.userId, content);
    await writeAudit(trx, {
      actorId: principal.userId,
      action: "objective.update",
      entity: auditEntity,
      entityId: existing.id,
      unitId: request.unitId,
      before,
      after: await entrySnapshot(trx, existing.id),
    });
    if (request.submit)
      await writeAudit(trx, {
        actorId: principal.userId,
        action: "objective.submit",
        entity: auditEntity,
        entityId: existing.id,
        unitId: request.unitId,
        before: { status: existing.status },
        after: { status },
      });
    return { id: existing.id, created: false };
  }
  const id = await insertObjectiveEntry(trx, { unitId: request.unitId, indicator, period: request.period, status, actorId: principal.userId, content });
  await writeAudit(trx, {
    actorId: principal.userId,
    action: "objective.create",
    entity: auditEntity,
    entityId: id,
    unitId: request.unitId,
    after: await entrySnapshot(trx, id),
  });
  return { id, created: true };
}

const linkMessages: Record<AccountLink, string> = {
  same_account: "Нельзя утвердить данные, которые вы сами отправили: утверждает другой сотрудник регионального уровня",
  approver_created_by_submitter: "Нельзя утвердить данные, отправленные тем, кто создал вашу учётную запись: утверждает независимый сотрудник",
  approver_password_set_by_submitter:
    "Нельзя утвердить данные, отправленные тем, кто задал пароль вашей учётной записи: смените пароль или попросите утвердить другого сотрудника",
  submitter_password_set_by_approver:
    "Нельзя утвердить данные, отправленные учётной записью, пароль которой задали вы: её владелец должен сначала сменить пароль, или утверждает другой сотрудник",
};

/** 403: approving would let one person act twice (four eyes); the route audits it after the rollback. */
export class FourEyesRefusal extends ForbiddenError {
  constructor(
    readonly link: AccountLink,
    readonly unitId: string,
  ) {
    super(linkMessages[link]);
  }
}

/** A state change requested through the API. */
export type Transition = { action: "submit" } | { action: "approve" } | { action: "return"; reason: string } | { action: "reopen"; reason: string };

const refusals: Record<Transition["action"], (entry: StoredObjectiveEntry) => string> = {
  submit: (e) => `Отправить на утверждение можно черновик или возвращённые данные, а эти — «${statusNames[e.status]}»`,
  approve: (e) => `Утвердить можно только данные на утверждении, а эти — «${statusNames[e.status]}»`,
  return: (e) => `Вернуть на доработку можно только данные на утверждении, а эти — «${statusNames[e.status]}»`,
  reopen: (e) => `Переоткрыть можно только утверждённые данные, а эти — «${statusNames[e.status]}»`,
};

const allowedBy: Record<Transition["action"], keyof EntryActions> = { submit: "submit", approve: "approve", return: "return", reopen: "reopen" };

/**
 * Applies a state change to entry `id` for `principal`, audited; returns the unit id. 404 for an entry outside the
 * scope; 403 for a role that may not; 409 for a state that does not allow it. Use inside a transaction.
 */
export async function transitionEntry(trx: Db, m: Methodology, principal: Principal, id: string, transition: Transition): Promise<string> {
  const entry = await findObjectiveEntry(trx, id);
  const path = entry ? await findUnitAncestry(trx, entry.unitId) : [];
  if (!entry || !canRead(principal, path)) throw new NotFoundError(entryNotFoundMessage);
  const actions = entryActions(principal, path, entry);
  if (!actions[allowedBy[transition.action]]) {
    const roleMayNever =
      transition.action === "submit"
        ? !entryActions(principal, path, undefined).edit
        : !entryActions(principal, path, { status: "submitted", submittedBy: null }).approve;
    if (roleMayNever) throw new ForbiddenError();
    if (transition.action === "approve" && entry.status === "submitted") throw new FourEyesRefusal("same_account", entry.unitId);
    throw new ConflictError("objective_transition_refused", refusals[transition.action](entry));
  }
  if (transition.action === "approve") {
    const link = await accountLink(trx, principal.userId, entry.submittedBy);
    if (link) throw new FourEyesRefusal(link, entry.unitId);
  }
  if (transition.action === "submit" && entry.indicator !== null) {
    const list = m.checklists.find((c) => c.indicator === entry.indicator);
    if (list) {
      const answered = new Set((await readEntryDetails(trx, id)).answers.map((a) => a.item));
      const missing = list.items.filter((i) => !answered.has(i.code)).map((i) => i.code);
      if (missing.length > 0)
        throw new ValidationError(`Не заполнены пункты чек-листа: ${missing.join(", ")}`, [
          { path: "answers", code: "checklist_incomplete", params: { missing }, message: `Не заполнены пункты чек-листа: ${missing.join(", ")}` },
        ]);
    }
  }
  const before = await entrySnapshot(trx, id);
  const actorId = principal.userId;
  if (transition.action === "submit") await changeObjectiveStatus(trx, id, { to: "submitted", actorId });
  else if (transition.action === "approve") await changeObjectiveStatus(trx, id, { to: "approved", actorId });
  else await changeObjectiveStatus(trx, id, { to: "returned", actorId, reason: transition.reason.trim(), reopening: transition.action === "reopen" });
  await writeAudit(trx, {
    actorId,
    action: `objective.${transition.action}`,
    entity: auditEntity,
    entityId: id,
    unitId: entry.unitId,
    before,
    after: await entrySnapshot(trx, id),
  });
  return entry.unitId;
}
