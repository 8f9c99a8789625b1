// Reading the audit trail: newest first, filtered, in keyset pages by id.
import type { Db, Json } from "../database-schema.js";
import { subtreeIdsOf } from "./unit-admin-repository.js";

/** One audit record as administrators read it. */
export interface AuditRecord {
  id: number;
  at: Date;
  actorId: string | null;
  actorLogin: string | null;
  actorName: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  unitId: string | null;
  before: Json | null;
  after: Json | null;
}

export interface AuditFilter {
  entity?: string;
  entityId?: string;
  /** Only entries about units (or users scoped) in this subtree. */
  subtreeRootId?: string;
  /** Also only entries in this subtree (the caller's scope); both apply when given. */
  scopeRootId?: string;
  /** Only this action code (user.create, …). */
  action?: string;
  /** Only entries by the account with this login. */
  actorLogin?: string;
  /** Only entries at or after this instant. */
  from?: Date;
  /** Only entries before this instant. */
  to?: Date;
  /** Entries older than this id (the previous page's `nextBefore`). */
  beforeId?: number;
  limit: number;
}

/** The audit trail joined with each actor's login and name, to narrow with `where`. */
export function auditRecords(db: Db) {
  return db
    .selectFrom("audit_log")
    .leftJoin("users", "users.id", "audit_log.actor_id")
    .select([
      "audit_log.id as id",
      "audit_log.at as at",
      "audit_log.actor_id as actorId",
      "users.login as actorLogin",
      "users.display_name as actorName",
      "audit_log.action as action",
      "audit_log.entity as entity",
      "audit_log.entity_id as entityId",
      "audit_log.unit_id as unitId",
      "audit_log.before as before",
      "audit_log.after as after",
    ]);
}

/** A page of entries, newest first, and the cursor of the next page (null on the last one). */
export async function listAudit(db: Db, filter: AuditFilter): Promise<{ entries: AuditRecord[]; nextBefore: number | null }> {
  let query = auditRecords(db);
  if (filter.entity !== undefined) query = query.where("audit_log.entity", "=", filter.entity);
  if (filter.entityId !== undefined) query = query.where("audit_log.entity_id", "=", filter.entityId);
  if (filter.subtreeRootId !== undefined) query = query.where("audit_log.unit_id", "in", subtreeIdsOf(filter.subtreeRootId));
  if (filter.scopeRootId !== undefined) query = query.where("audit_log.unit_id", "in", subtreeIdsOf(filter.scopeRootId));
  if (filter.action !== undefined) query = query.where("audit_log.action", "=", filter.action);
  if (filter.actorLogin !== undefined) query = query.where("users.login", "=", filter.actorLogin);
  if (filter.from !== undefined) query = query.where("audit_log.at", ">=", filter.from);
  if (filter.to !== undefined) query = query.where("audit_log.at", "<", filter.to);
  if (filter.beforeId !== undefined) query = query.where("audit_log.id", "<", filter.beforeId);
  const rows = await query
    .orderBy("audit_log.id", "desc")
    .limit(filter.limit + 1)
    .execute();
  const entries = rows.slice(0, filter.limit).map((row) => ({ ...row, id: Number(row.id) }));
  const last = entries[entries.length - 1];
  return { entries, nextBefore: rows.length > filter.limit && last ? last.id : null };
}
