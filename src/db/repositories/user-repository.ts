// Accounts: find a user by login, create one, record a sign-in, change the password.
import type { Db, Role, UnitKind } from "../database-schema.js";
import { jsonb } from "./jsonb.js";

/** A user as sign-in and authorization see it. */
export interface UserAccount {
  id: string;
  login: string;
  passwordHash: string;
  displayName: string;
  role: Role;
  scopeUnitId: string | null;
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
      .values({
        actor_id: actorId,
        action: "user.create",
        entity: "user",
        entity_id: created.id,
        before: null,
        after: jsonb({ login, role: user.role, scopeUnitId: user.scopeUnitId }),
      })
      .execute();
    return created;
  });
}

/** A successful sign-in: its time is recorded (the address's failures are cleared apart). */
export async function recordSuccessfulLogin(db: Db, userId: string): Promise<void> {
  await db.updateTable("users").set({ last_login_at: new Date() }).where("id", "=", userId).execute();
}

/**
 * Replaces the password hash and clears any lock (the caller revokes sessions and audits); `setBy` is the
 * account that chose it (the user itself, an administrator) or null for the command line.
 */
export async function changePasswordHash(db: Db, userId: string, passwordHash: string, setBy: string | null): Promise<void> {
  await db.updateTable("users").set({ password_hash: passwordHash, password_set_by: setBy, updated_at: new Date() }).where("id", "=", userId).execute();
  await db.deleteFrom("login_failures").where("user_id", "=", userId).execute();
}
