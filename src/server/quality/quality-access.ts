// Who reviews data quality: regional and federal levels, never the unit whose data it is.
import type { Role } from "../../db/index.js";
import { canManage, canRead, isFederal, type Principal } from "../auth/access.js";

/** Roles that see the review queue and the evidence (the federal analyst reads only). */
export const reviewerRoles: readonly Role[] = ["federal_admin", "federal_analyst", "regional_admin"];
/** Roles that start runs and decide flags. */
export const deciderRoles: readonly Role[] = ["federal_admin", "regional_admin"];

/**
 * Whether the principal may see the flags of the unit whose ancestry is `unitPath`: within its
 * scope, but not its own scope unit's (a level never reviews itself; the level above does).
 */
export function canReview(principal: Principal, unitPath: readonly string[]): boolean {
  if (!reviewerRoles.includes(principal.role) || !canRead(principal, unitPath)) return false;
  return isFederal(principal.role) || unitPath[0] !== principal.scopeUnitId;
}

/** Whether the principal may decide the flags of that unit: a reviewer that may change data. */
export function canDecide(principal: Principal, unitPath: readonly string[]): boolean {
  return deciderRoles.includes(principal.role) && canManage(principal, unitPath) && canReview(principal, unitPath);
}

/** The units whose flags the principal sees inside `subtree` (the ids of a subtree, root first). */
export function reviewableUnits(principal: Principal, subtree: readonly string[]): string[] {
  return isFederal(principal.role) ? [...subtree] : subtree.filter((id) => id !== principal.scopeUnitId);
}
