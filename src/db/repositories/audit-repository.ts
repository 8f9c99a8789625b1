// The audit trail: one row per security-relevant or data-changing action.
import type { Db, Json } from "../database-schema.js";
import { jsonb } from "./jsonb.js";

export interface AuditEntry {
  /** Who did it; null for the system or an anonymous client. */
  actorId: string | null;
  /** Dotted verb, e.g. `auth.login`, `auth.login_failed`, `user.password_change`. */
  action: string;
  entity: string;
  entityId: string | null;
  before?: Json;
  after?: Json;
  /** The unit the entry concerns (a unit itself, or a user's scope unit): what regional admins filter by. */
  unitId?: string | null;
}

/** Appends one audit record. Never pass secrets (passwords, tokens) in `before`/`after`. */
export async function writeAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      actor_id: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      before: entry.before === undefined ? null : jsonb(entry.before),
      after: entry.after === undefined ? null : jsonb(entry.after),
      unit_id: entry.unitId ?? null,
    })
    .execute();
}
