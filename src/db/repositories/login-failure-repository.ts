// Failed sign-ins per account and client address (a salted hash): the lock-out of one address, not of the account.
import { sql } from "kysely";
import type { Db } from "../database-schema.js";

/** When the account is locked for sign-ins from `addressHash`, or null. */
export async function loginLockFor(db: Db, userId: string, addressHash: string): Promise<Date | null> {
  const row = await db
    .selectFrom("login_failures")
    .select("locked_until")
    .where("user_id", "=", userId)
    .where("address_hash", "=", addressHash)
    .executeTakeFirst();
  return row?.locked_until ?? null;
}

/**
 * Counts one more failure of the account from the address; at every multiple of `lockEvery` locks that
 * pair until `lockUntil(count)`. Returns the count and the lock set now, if any.
 */
export async function recordAddressFailure(
  db: Db,
  userId: string,
  addressHash: string,
  lockEvery: number,
  lockUntil: (failures: number) => Date,
): Promise<{ failures: number; lockedUntil: Date | null }> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto("login_failures")
      .values({ user_id: userId, address_hash: addressHash, failures: 1 })
      .onConflict((conflict) =>
        conflict.columns(["user_id", "address_hash"]).doUpdateSet({ failures: sql`login_failures.failures + 1`, updated_at: new Date() }),
      )
      .returning("failures")
      .executeTakeFirstOrThrow();
    if (row.failures % lockEvery !== 0) return { failures: row.failures, lockedUntil: null };
    const lockedUntil = lockUntil(row.failures);
    await trx.updateTable("login_failures").set({ locked_until: lockedUntil }).where("user_id", "=", userId).where("address_hash", "=", addressHash).execute();
    return { failures: row.failures, lockedUntil };
  });
}

/** A successful sign-in from the address clears its failures (other addresses keep theirs). */
export async function clearAddressFailures(db: Db, userId: string, addressHash: string): Promise<void> {
  await db.deleteFrom("login_failures").where("user_id", "=", userId).where("address_hash", "=", addressHash).execute();
}
