// Who may see and keep a region's CX records (portraits, journeys): federal roles read all, anyone scoped inside a
// region reads that region's, only the region's regional admin writes; others' regions answer 404 like unknown ones.
import { isFederal, type Principal } from "../auth/access.js";
import type { UnitDirectory } from "../dashboard/unit-directory.js";
import { NotFoundError } from "../errors/app-errors.js";

export const regionNotFound = "Регион не найден";

/** The region the principal works in (undefined for federal roles). */
export function homeRegionOf(principal: Principal, directory: UnitDirectory): string | undefined {
  return principal.scopeUnitId === null ? undefined : directory.regionOf(principal.scopeUnitId)?.id;
}

/** Whether the principal reads the region's records. */
export function readsRegion(principal: Principal, directory: UnitDirectory, regionId: string): boolean {
  return isFederal(principal.role) || homeRegionOf(principal, directory) === regionId;
}

/** Whether the principal keeps the region's records. */
export function keepsRegion(principal: Principal, directory: UnitDirectory, regionId: string): boolean {
  return principal.role === "regional_admin" && homeRegionOf(principal, directory) === regionId;
}

/** The region `id` if it exists, is a region and the principal reads it; 404 otherwise. */
export function readableRegion(principal: Principal, directory: UnitDirectory, id: string): string {
  const unit = directory.byId.get(id);
  if (!unit || unit.kind !== "region" || !readsRegion(principal, directory, id)) throw new NotFoundError(regionNotFound);
  return id;
}

/** The region `id` if the principal keeps it; 404 otherwise. */
export function keptRegion(principal: Principal, directory: UnitDirectory, id: string): string {
  readableRegion(principal, directory, id);
  if (!keepsRegion(principal, directory, id)) throw new NotFoundError(regionNotFound);
  return id;
}
