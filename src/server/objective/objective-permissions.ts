// Who may do what with an objective entry: pure rules over the principal, the entry's state and its unit's ancestry.
import type { ObjectiveStatus } from "../../db/index.js";
import { canManage, type Principal } from "../auth/access.js";

/** What the workflow needs to know about an entry. */
export interface EntryState {
  status: ObjectiveStatus;
  submittedBy: string | null;
}

/** The actions a principal may take on an entry (or, with `entry` undefined, on a unit's missing entry). */
export interface EntryActions {
  edit: boolean;
  submit: boolean;
  approve: boolean;
  return: boolean;
  reopen: boolean;
}

/**
 * The regional level approves: a federal admin, or a regional admin whose scope holds the unit. Nobody approves
 * what they submitted themselves (four eyes): a region-level entry that its regional admin submitted needs a
 * second regional admin of the region or a federal admin.
 */
export function isApprover(principal: Principal, unitPath: readonly string[]): boolean {
  return (principal.role === "federal_admin" || principal.role === "regional_admin") && canManage(principal, unitPath);
}

/** The actions `principal` may take on `entry` of the unit with ancestry `unitPath`. */
export function entryActions(principal: Principal, unitPath: readonly string[], entry: EntryState | undefined): EntryActions {
  const manager = canManage(principal, unitPath);
  const approver = isApprover(principal, unitPath);
  const status = entry?.status;
  const editable = status === undefined || status === "draft" || status === "returned";
  const ownSubmission = entry?.submittedBy != null && entry.submittedBy === principal.userId;
  return {
    edit: manager && editable,
    submit: manager && editable && entry !== undefined,
    approve: approver && status === "submitted" && !ownSubmission,
    return: approver && status === "submitted",
    reopen: approver && status === "approved",
  };
}
