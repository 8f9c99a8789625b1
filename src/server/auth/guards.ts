// preValidation hooks by which /api routes declare who may call them: sign-in, role, unit scope.
import type { FastifyRequest, preValidationAsyncHookHandler } from "fastify";
import { findUnitAncestry, type Db, type Role } from "../../db/index.js";
import { ForbiddenError, NotFoundError, UnauthorizedError } from "../errors/app-errors.js";
import { canRead, type Principal } from "./access.js";
import type { RequestAuth } from "./request-auth.js";

/** The message for a unit that does not exist or lies outside the user's scope: the two look alike. */
export const unitNotFoundMessage = "Подразделение не найдено";

/** The request's sign-in, or 401. */
export function authOf(request: FastifyRequest): RequestAuth {
  if (!request.auth) throw new UnauthorizedError();
  return request.auth;
}

/**
 * Requires a signed-in user (401 otherwise). Guards run as preValidation hooks, before the
 * route's schema, so that a caller without access learns nothing from validation errors.
 */
export const requireAuth: preValidationAsyncHookHandler = async (request) => {
  authOf(request);
};

/** Requires a signed-in user with one of `roles`: 401 without a session, 403 for another role. */
export function requireRole(...roles: Role[]): preValidationAsyncHookHandler {
  return async (request) => {
    if (!roles.includes(authOf(request).principal.role)) throw new ForbiddenError();
  };
}

/**
 * Requires the unit `getUnitId(request)` to pass `check` (canRead by default) for the signed-in
 * user. An unknown unit and one outside the scope both answer 404 with the same text, so that
 * a user cannot learn what exists beyond its subtree. A missing id (undefined) passes: the
 * route then applies its default scope.
 */
export function requireUnitAccess(
  db: Db,
  getUnitId: (request: FastifyRequest) => string | undefined,
  check: (principal: Principal, unitPath: readonly string[]) => boolean = canRead,
): preValidationAsyncHookHandler {
  return async (request) => {
    const { principal } = authOf(request);
    const unitId = getUnitId(request);
    if (unitId === undefined) return;
    if (!check(principal, await findUnitAncestry(db, unitId))) throw new NotFoundError(unitNotFoundMessage);
  };
}
