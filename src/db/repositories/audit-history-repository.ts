// The audit trail of given entities, oldest first, with who acted: the history panels of reviews and objective entries.
import type { Db } from "../database-schema.js";
import { auditRecords, type AuditRecord } from "./audit-query-repository.js";

/** One audit record about an entity, with its actor's login and name (null for the system). */
export type AuditHistoryRow = Omit<AuditRecord, "id"> & { id: unknown };

/** The records about `entityIds` of `entity`, optionally only actions starting with `actionPrefix` (e.g. "quality."). */
export async function readAuditHistory(db: Db, entity: string, entityIds: readonly string[], actionPrefix?: string): Promise<AuditHistoryRow[]> {
  if (entityIds.length === 0) return [];
  let query = auditRecords(db)
    .where("audit_log.entity", "=", entity)
    .where("audit_log.entity_id", "in", [...entityIds]);
  if (actionPrefix !== undefined) query = query.where("audit_log.action", "like", `${actionPrefix}%`);
  return query.orderBy("audit_log.id").execute();
}
