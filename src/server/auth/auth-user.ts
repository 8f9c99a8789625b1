// The signed-in user as the API shows it: login, name, role and scope unit.
import type { AuthUser } from "../../contract/auth.js";
import { findScopeUnit, type Db, type Role } from "../../db/index.js";

/** The `user` object of the sign-in, `me` and similar answers. */
export type AuthUserView = AuthUser;

/** The view of a user, with its scope unit looked up. */
export async function describeUser(db: Db, user: { login: string; displayName: string; role: Role; scopeUnitId: string | null }): Promise<AuthUserView> {
  const scope = user.scopeUnitId === null ? null : ((await findScopeUnit(db, user.scopeUnitId)) ?? null);
  return { login: user.login, displayName: user.displayName, role: user.role, scope };
}
