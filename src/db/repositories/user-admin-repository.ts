// Account administration: create an account, change its name, role, scope or disabled flag.
import type { Db, Role } from "../database-schema.js";
import { userListings, type UserListing } from "./unit-repository.js";
import { normaliseLogin } from "./user-repository.js";

/** An account to create (the password already hashed). */
export interface NewAccount {
  login: string;
  passwordHash: string;
  displayName: string;
  role: Role;
  scopeUnitId: string | null;
  /** The administrator creating it: recorded as its creator and as the one who set its password. */
  createdBy: string;
}

/** Creates an account (login lower-cased); undefined, writing nothing, when the login is taken. The caller audits. */
export async function insertAccount(db: Db, account: NewAccount): Promise<{ id: string } | undefined> {
  return db
    .insertInto("users")
    .values({
      login: normaliseLogin(account.login),
      password_hash: account.passwordHash,
      display_name: account.displayName,
      role: account.role,
      scope_unit_id: account.scopeUnitId,
      created_by: account.createdBy,
      password_set_by: account.createdBy,
    })
    .onConflict((conflict) => conflict.column("login").doNothing())
    .returning("id")
    .executeTakeFirst();
}

/** Fields of an account that an administrator may change (absent: unchanged). */
export interface AccountPatch {
  displayName?: string;
  role?: Role;
  scopeUnitId?: string | null;
  disabled?: boolean;
}

/** Applies `patch` to the account `id`. */
export async function updateAccount(db: Db, id: string, patch: AccountPatch): Promise<void> {
  await db
    .updateTable("users")
    .set({
      ...(patch.displayName !== undefined ? { display_name: patch.displayName } : {}),
      ...(patch.role !== undefined ? { role: patch.role } : {}),
      ...(patch.scopeUnitId !== undefined ? { scope_unit_id: patch.scopeUnitId } : {}),
      ...(patch.disabled !== undefined ? { disabled: patch.disabled } : {}),
      updated_at: new Date(),
    })
    .where("id", "=", id)
    .execute();
}

/** One account as the user list shows it (no hash), or undefined. */
export async function findAccountListing(db: Db, id: string): Promise<UserListing | undefined> {
  return userListings(db).where("users.id", "=", id).executeTakeFirst();
}
