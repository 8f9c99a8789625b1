// Who may see and change what: pure role and scope checks over a unit's ancestry.
import { accountAdminRoles, federalRoles, isFederalRole, roles, type Role } from "../../contract/roles.js";

/** The signed-in user as authorization sees it. */
export interface Principal {
  userId: string;
  role: Role;
  /** The root of the subtree the user works in; null for federal roles (the whole country). */
  scopeUnitId: string | null;
}

export const allRoles: readonly Role[] = roles;
export { accountAdminRoles, federalRoles };

/** Whether `role` is federal (bound to no unit). */
export const isFederal = isFederalRole;

/**
 * Whether the principal may see the unit whose ancestry is `unitPath` (the unit's id first,
 * up to its region; see findUnitAncestry): federal roles see every unit, the others their
 * scope unit and everything below it. An empty path (no such unit) is never readable.
 */
export function canRead(principal: Principal, unitPath: readonly string[]): boolean {
  if (unitPath.length === 0) return false;
  if (isFederal(principal.role)) return true;
  return principal.scopeUnitId !== null && unitPath.includes(principal.scopeUnitId);
}

/**
 * Whether the principal may change the unit's data: as for reading, except that the federal
 * analyst only reads.
 */
export function canManage(principal: Principal, unitPath: readonly string[]): boolean {
  return principal.role !== "federal_analyst" && canRead(principal, unitPath);
}
