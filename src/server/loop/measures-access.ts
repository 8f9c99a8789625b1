// Who acts on a measure: the proposing centre or the regional level; and the guard of routes addressing a measure or its file.
import type { FastifyRequest, preValidationAsyncHookHandler } from "fastify";
import type { MeasureActor } from "../../core/index.js";
import { findMeasure, findMeasureFile, findUnitAncestry, type Db } from "../../db/index.js";
import { canManage, canRead, type Principal } from "../auth/access.js";
import { authOf } from "../auth/guards.js";
import { NotFoundError } from "../errors/app-errors.js";

export const measureNotFoundMessage = "Мера не найдена";

/** The principal's part on a measure of the unit at `unitPath`: the region level, the proposer, or none (reads only). */
export function measureActorOf(principal: Principal, unitPath: readonly string[]): MeasureActor | undefined {
  if (!canManage(principal, unitPath)) return undefined;
  if (principal.role === "federal_admin" || principal.role === "regional_admin") return "region";
  return principal.role === "unit_manager" ? "proposer" : undefined;
}

type Check = (principal: Principal, unitPath: readonly string[]) => boolean;
const idOf = (request: FastifyRequest): string => String((request.params as { id?: unknown }).id ?? "");

/** Requires the measure `:id` to exist and its unit to pass `check`: 404 otherwise, like an unknown id. */
export function requireMeasureAccess(db: Db, check: Check = canRead): preValidationAsyncHookHandler {
  return async (request) => {
    const measure = await findMeasure(db, idOf(request));
    if (!measure || !check(authOf(request).principal, await findUnitAncestry(db, measure.unitId))) throw new NotFoundError(measureNotFoundMessage);
  };
}

/** Requires the file `:id` to exist and its measure's unit to pass `check`. */
export function requireMeasureFileAccess(db: Db, check: Check = canRead): preValidationAsyncHookHandler {
  return async (request) => {
    const file = await findMeasureFile(db, idOf(request));
    const measure = file ? await findMeasure(db, file.measureId) : undefined;
    if (!measure || !check(authOf(request).principal, await findUnitAncestry(db, measure.unitId))) throw new NotFoundError("Файл не найден");
  };
}
