// Which unit a dashboard request addresses and whether the user may see it: the country for federal
// roles, otherwise only the user's subtree; breadcrumbs from the user's home.
import type { FastifyRequest, preValidationAsyncHookHandler } from "fastify";
import { findUnitAncestry, type Db, type DirectoryUnit } from "../../db/index.js";
import { canRead, isFederal, type Principal } from "../auth/access.js";
import { authOf, unitNotFoundMessage } from "../auth/guards.js";
import { NotFoundError } from "../errors/app-errors.js";
import { countryId, type UnitRef } from "./dashboard-types.js";
import { countryRef, unitRef } from "./figures.js";
import type { UnitDirectory } from "./unit-directory.js";

/** A unit or the country, as a request addresses it. */
export interface DashboardTarget {
  ref: UnitRef;
  /** Undefined for the country. */
  unit: DirectoryUnit | undefined;
}

/**
 * The guard of a dashboard route addressing `getId(request)` (undefined: the user's home): the
 * country only for federal roles, a unit only inside the user's subtree; otherwise 404 as for
 * an unknown unit. Runs before validation, like every guard. The ancestry comes from the cached
 * unit directory; a unit newer than the directory is looked up in the database.
 */
export function requireDashboardUnit(
  db: Db,
  directory: () => Promise<UnitDirectory>,
  getId: (request: FastifyRequest) => string | undefined,
): preValidationAsyncHookHandler {
  return async (request) => {
    const { principal } = authOf(request);
    const id = getId(request);
    if (id === undefined) return;
    let visible: boolean;
    if (id === countryId) visible = isFederal(principal.role);
    else {
      const known = (await directory()).ancestry(id);
      visible = canRead(principal, known.length > 0 ? known : await findUnitAncestry(db, id));
    }
    if (!visible) throw new NotFoundError(unitNotFoundMessage);
  };
}

/** The user's entry point: the country for federal roles, else the scope unit. */
export function homeOf(principal: Principal, directory: UnitDirectory): DashboardTarget {
  if (isFederal(principal.role) || principal.scopeUnitId === null) return { ref: countryRef, unit: undefined };
  const unit = directory.byId.get(principal.scopeUnitId);
  if (!unit) throw new NotFoundError(unitNotFoundMessage);
  return { ref: unitRef(unit), unit };
}

/** The unit `id` (or the user's home when undefined) if the user may see it; 404 otherwise. */
export function resolveTarget(principal: Principal, directory: UnitDirectory, id: string | undefined): DashboardTarget {
  if (id === undefined) return homeOf(principal, directory);
  if (id === countryId) {
    if (!isFederal(principal.role)) throw new NotFoundError(unitNotFoundMessage);
    return { ref: countryRef, unit: undefined };
  }
  const unit = directory.byId.get(id);
  if (!unit || !canRead(principal, directory.ancestry(id))) throw new NotFoundError(unitNotFoundMessage);
  return { ref: unitRef(unit), unit };
}

/** From the user's home down to the unit's parent (empty for the home itself). */
export function breadcrumbsOf(principal: Principal, directory: UnitDirectory, target: DashboardTarget): UnitRef[] {
  if (!target.unit) return [];
  const path = directory.ancestry(target.unit.id).slice(1).reverse();
  const federal = isFederal(principal.role);
  const start = federal ? 0 : path.indexOf(principal.scopeUnitId ?? "");
  if (!federal && start < 0) return [];
  const crumbs = path.slice(start).map((id) => unitRef(directory.byId.get(id) as DirectoryUnit));
  return federal ? [countryRef, ...crumbs] : crumbs;
}
