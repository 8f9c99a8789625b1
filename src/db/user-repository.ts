// Accounts: find a user by login, create one, count failed sign-ins and lock-outs, change the password.
import type { Db, Role, UnitKind } from "./database-schema.js";
import { jsonb } from "./jsonb.js";

/** A user as sign-in and authorization see it. */
export interface UserAccount {
  id: string;
  login: string;
  passwordHash: string;
  displayName: string;
  role: Role;
  scopeUnitId: string | null;
  failedLogins: number;
  lockedUntil: Date | null;
  disabled: boolean;
}

/** The unit a user's scope is bound to, as shown to people. */
export interface ScopeUnit {
  id: string;
  name: string;
  kind: UnitKind;
}

const accountColumns = [
  "id",
  "login",
  "password_hash as passwordHash",
  "display_name as displayName",
  "role",
  "scope_unit_id as scopeUnitId",
  "failed_logins as failedLogins",
  "locked_until as lockedUntil",
  "disabled",
] as const;

/** Logins are kept lower-case (the schema insists): normalise what a person types. */
export function normaliseLogin(login: string): string {
  return login.trim().toLowerCase();
}

/** The user with `login` (case-insensitive), disabled ones included. */
export async function findUserByLogin(db: Db, login: string): Promise<UserAccount | undefined> {
  return db.selectFrom("users").select(accountColumns).where("login", "=", normaliseLogin(login)).executeTakeFirst();
}

/** The user with `id`. */
export async function findUserById(db: Db, id: string): Promise<UserAccount | undefined> {
  return db.selectFrom("users").select(accountColumns).where("id", "=", id).executeTakeFirst();
}

/** The unit `id` as a scope label, or undefined when there is no such unit. */
export async function findScopeUnit(db: Db, id: string): Promise<ScopeUnit | undefined> {
  return db.selectFrom("org_units").select(["id", "name", "kind"]).where("id", "=", id).executeTakeFirst();
}

export interface NewUser {
  login: string;
  passwordHash: string;
  displayName: string;
  role: Role;
  scopeUnitId: string | null;
}

/**
 * Creates a user (login lower-cased) with an audit record by `actorId` (null: the CLI).
 * Returns undefined, creating nothing, when the login is taken.
 */
export async function createUser(db: Db, user: NewUser, actorId: string | null = null): Promise<{ id: string } | undefined> {
  const login = normaliseLogin(user.login);
  return db.transaction().execute(async (trx) => {
    const created = await trx
      .insertInto("users")
      .values({ login, password_hash: user.passwordHash, display_name: user.displayName, role: user.role, scope_unit_id: user.scopeUnitId })
      .onConflict((conflict) => conflict.column("login").doNothing())
      .returning("id")
      .executeTakeFirst();
    if (!created) return undefined;
    await trx
      .insertInto("audit_log")
      .values({ actor_id: actorId, action: "user.create", entity: "user", entity_id: created.id, before: null, after: jsonb({ login, role: user.role, scopeUnitId: user.scopeUnitId }) })
      .execute();
    return created;
  });
}

/**
 * Counts one more failed sign-in; when the count reaches a multiple of `lockEvery`, locks the
 * account until `lockUntil(count)`. Returns the new count and the lock, if one was set now.
 */
export async function recordFailedLogin(
  db: Db,
  userId: string,
  lockEvery: number,
  lockUntil: (failedLogins: number) => Date,
): Promise<{ failedLogins: number; lockedUntil: Date | null }> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable("users")
      .set((eb) => ({ failed_logins: eb("failed_logins", "+", 1), updated_at: new Date() }))
      .where("id", "=", userId)
      .returning("failed_logins")
      .executeTakeFirstOrThrow();
    if (row.failed_logins % lockEvery !== 0) return { failedLogins: row.failed_logins, lockedUntil: null };
    const lockedUntil = lockUntil(row.failed_logins);
    await trx.updateTable("users").set({ locked_until: lockedUntil }).where("id", "=", userId).execute();
    return { failedLogins: row.failed_logins, lockedUntil };
  });
}

/** A successful sign-in: the failure count and the lock are cleared, the time recorded. */
export async function recordSuccessfulLogin(db: Db, userId: string): Promise<void> {
  await db.updateTable("users").set({ failed_logins: 0, locked_until: null, last_login_at: new Date() }).where("id", "=", userId).execute();
}

/**
 * Replaces the password hash and clears any lock (the caller revokes sessions and audits); `setBy` is the
 * account that chose it (the user itself, an administrator) or null for the command line.
 */
export async function changePasswordHash(db: Db, userId: string, passwordHash: string, setBy: string | null): Promise<void> {
  await db.updateTable("users").set({ password_hash: passwordHash, password_set_by: setBy, failed_logins: 0, locked_until: null, updated_at: new Date() }).where("id", "=", userId).execute();
  await db.deleteFrom("login_failures").where("user_id", "=", userId).execute();
}
