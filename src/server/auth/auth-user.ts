// The signed-in user as the API shows it: login, name, role and scope unit.
import { findScopeUnit, type Db, type Role, type ScopeUnit } from "../../db/index.js";

/** The `user` object of the sign-in, `me` and similar answers. */
export interface AuthUserView {
  login: string;
  displayName: string;
  role: Role;
  /** The unit the user's scope is bound to; null for federal roles (the whole country). */
  scope: ScopeUnit | null;
}

/** The view of a user, with its scope unit looked up. */
export async function describeUser(db: Db, user: { login: string; displayName: string; role: Role; scopeUnitId: string | null }): Promise<AuthUserView> {
  const scope = user.scopeUnitId === null ? null : ((await findScopeUnit(db, user.scopeUnitId)) ?? null);
  return { login: user.login, displayName: user.displayName, role: user.role, scope };
}
