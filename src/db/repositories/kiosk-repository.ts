// Office kiosks: registered to a unit, found by their secret token (kept only as a hash), revoked.
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../database-schema.js";
import { jsonb } from "./jsonb.js";

/** A kiosk as the survey sees it when it opens `/k/<token>`. */
export interface KioskIdentity {
  id: string;
  unitId: string;
  label: string;
}

/** A kiosk as staff see it in a list. */
export interface KioskListing extends KioskIdentity {
  createdAt: Date;
  revokedAt: Date | null;
  lastSeenAt: Date | null;
}

/** sha256 of a kiosk token, hex: what the database keeps instead of the token. */
export function hashKioskToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Runs `work` in a transaction, or inside the caller's one when `db` already is a transaction. */
function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

/**
 * Registers a kiosk at `unitId` under `label` (trimmed) and writes an audit record with no
 * actor (the CLI). Returns its id and the secret token, which is not stored and cannot be
 * shown again. The caller checks that the unit is open; the foreign key refuses an unknown one.
 */
export async function registerKiosk(db: Db, unitId: string, label: string, actorId: string | null = null): Promise<{ id: string; token: string }> {
  const id = "k" + randomBytes(8).toString("base64url");
  const token = randomBytes(32).toString("base64url");
  const trimmed = label.trim();
  await inTransaction(db, async (trx) => {
    await trx
      .insertInto("kiosks")
      .values({ id, unit_id: unitId, label: trimmed, token_hash: hashKioskToken(token) })
      .execute();
    await trx
      .insertInto("audit_log")
      .values({
        actor_id: actorId,
        action: "kiosk.register",
        entity: "kiosk",
        entity_id: id,
        before: null,
        after: jsonb({ unitId, label: trimmed }),
        unit_id: unitId,
      })
      .execute();
  });
  return { id, token };
}

/** The kiosk holding `token`, if it is not revoked and its unit is not closed. */
export async function findKioskByToken(db: Db, token: string): Promise<KioskIdentity | undefined> {
  return db
    .selectFrom("kiosks")
    .innerJoin("org_units", "org_units.id", "kiosks.unit_id")
    .select(["kiosks.id as id", "kiosks.unit_id as unitId", "kiosks.label as label"])
    .where("kiosks.token_hash", "=", hashKioskToken(token))
    .where("kiosks.revoked_at", "is", null)
    .where("org_units.closed_at", "is", null)
    .executeTakeFirst();
}

/** Records that the kiosk was just seen (it opened or sent a form). */
export async function touchKiosk(db: Db, id: string): Promise<void> {
  await db.updateTable("kiosks").set({ last_seen_at: new Date() }).where("id", "=", id).execute();
}

/**
 * Revokes the kiosk: its token stops working at once. Writes an audit record with no actor.
 * Returns false, changing nothing, when there is no such kiosk or it was already revoked.
 */
export async function revokeKiosk(db: Db, id: string, actorId: string | null = null): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const revoked = await trx
      .updateTable("kiosks")
      .set({ revoked_at: new Date() })
      .where("id", "=", id)
      .where("revoked_at", "is", null)
      .returning(["unit_id", "label"])
      .executeTakeFirst();
    if (!revoked) return false;
    await trx
      .insertInto("audit_log")
      .values({
        actor_id: actorId,
        action: "kiosk.revoke",
        entity: "kiosk",
        entity_id: id,
        before: jsonb({ unitId: revoked.unit_id, label: revoked.label }),
        after: null,
        unit_id: revoked.unit_id,
      })
      .execute();
    return true;
  });
}

/** The unit a kiosk belongs to, or undefined for an unknown kiosk. */
export async function findKioskUnit(db: Db, id: string): Promise<string | undefined> {
  return (await db.selectFrom("kiosks").select("unit_id").where("id", "=", id).executeTakeFirst())?.unit_id;
}

/** The kiosks of `unitId`, revoked ones included, oldest first. */
export async function listKiosks(db: Db, unitId: string): Promise<KioskListing[]> {
  return db
    .selectFrom("kiosks")
    .select(["id", "unit_id as unitId", "label", "created_at as createdAt", "revoked_at as revokedAt", "last_seen_at as lastSeenAt"])
    .where("unit_id", "=", unitId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}
