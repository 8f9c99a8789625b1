// Who made whom: the links between two accounts that let one act as the other (four eyes must not rest on them).
import type { Db } from "../database-schema.js";

/**
 * Why `approverId` may not approve what `submitterId` submitted, or undefined when they are independent:
 * the same account; the approver created by the submitter, or its password last set by the submitter;
 * the submitter's password last set by the approver (who may then know it). Links count for ever.
 */
export type AccountLink = "same_account" | "approver_created_by_submitter" | "approver_password_set_by_submitter" | "submitter_password_set_by_approver";

export async function accountLink(db: Db, approverId: string, submitterId: string | null): Promise<AccountLink | undefined> {
  if (submitterId === null) return undefined;
  if (approverId === submitterId) return "same_account";
  const rows = await db.selectFrom("users").select(["id", "created_by", "password_set_by"]).where("id", "in", [approverId, submitterId]).execute();
  const approver = rows.find((r) => r.id === approverId);
  const submitter = rows.find((r) => r.id === submitterId);
  if (approver?.created_by === submitterId) return "approver_created_by_submitter";
  if (approver?.password_set_by === submitterId) return "approver_password_set_by_submitter";
  if (submitter?.password_set_by === approverId) return "submitter_password_set_by_approver";
  return undefined;
}
