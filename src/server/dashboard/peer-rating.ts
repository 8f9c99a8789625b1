// A centre's manager may see the rating of the centres of its kind in its own region (figures only):
// the one read beyond the manager's subtree; unit pages, trends and comments of the region stay out of scope.
import type { FastifyRequest, preValidationAsyncHookHandler } from "fastify";
import type { Db, UnitKind } from "../../db/index.js";
import { isFederal, type Principal } from "../auth/access.js";
import { authOf } from "../auth/guards.js";
import { NotFoundError } from "../errors/app-errors.js";
import type { DashboardTarget } from "./dashboard-scope.js";
import { requireDashboardUnit } from "./dashboard-scope.js";
import { unitRef } from "./figures.js";
import type { UnitDirectory } from "./unit-directory.js";

/** The region's rating a manager of a centre may read, for the centre's kind; undefined for anyone or anything else. */
export function peerRegion(
  principal: Principal,
  directory: UnitDirectory,
  unitId: string | undefined,
  kind: UnitKind | undefined,
): { target: DashboardTarget; kind: UnitKind } | undefined {
  if (isFederal(principal.role) || principal.scopeUnitId === null || unitId === undefined) return undefined;
  const home = directory.byId.get(principal.scopeUnitId);
  if (!home || (home.kind !== "territorial" && home.kind !== "managing")) return undefined;
  const region = directory.regionOf(home.id);
  if (!region || region.id !== unitId || (kind !== undefined && kind !== home.kind)) return undefined;
  return { target: { ref: unitRef(region), unit: region }, kind: home.kind };
}

/** The rating route's guard: the usual dashboard scope, or the manager's own region's rating of the centre's kind. */
export function requireRatingUnit(db: Db, directory: () => Promise<UnitDirectory>): preValidationAsyncHookHandler {
  const usual = requireDashboardUnit(db, directory, (request) => (request.query as { unit?: string }).unit);
  return async function (this: unknown, request: FastifyRequest, reply) {
    try {
      await usual.call(this as never, request, reply);
    } catch (error) {
      const query = request.query as { unit?: string; kind?: UnitKind };
      if (!(error instanceof NotFoundError) || !peerRegion(authOf(request).principal, await directory(), query.unit, query.kind)) throw error;
    }
  };
}
