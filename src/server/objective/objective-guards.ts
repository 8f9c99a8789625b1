// preValidation guards of the objective routes that address an entry or a photo: 404 outside the scope, like an unknown id.
import type { FastifyRequest, preValidationAsyncHookHandler } from "fastify";
import { findObjectiveEntry, findObjectivePhoto, findUnitAncestry, type Db } from "../../db/index.js";
import { canRead, type Principal } from "../auth/access.js";
import { authOf } from "../auth/guards.js";
import { NotFoundError } from "../errors/app-errors.js";
import { entryNotFoundMessage } from "./objective-workflow.js";

type Check = (principal: Principal, unitPath: readonly string[]) => boolean;

const idOf = (request: FastifyRequest): string => String((request.params as { id?: unknown }).id ?? "");

/** Requires the entry `:id` to exist and its unit to pass `check` for the signed-in user. */
export function requireEntryAccess(db: Db, check: Check = canRead): preValidationAsyncHookHandler {
  return async (request) => {
    const { principal } = authOf(request);
    const entry = await findObjectiveEntry(db, idOf(request));
    if (!entry || !check(principal, await findUnitAncestry(db, entry.unitId))) throw new NotFoundError(entryNotFoundMessage);
  };
}

/** Requires the photo `:id` to exist and its entry's unit to pass `check` for the signed-in user. */
export function requirePhotoAccess(db: Db, check: Check = canRead): preValidationAsyncHookHandler {
  return async (request) => {
    const { principal } = authOf(request);
    const photo = await findObjectivePhoto(db, idOf(request));
    const entry = photo ? await findObjectiveEntry(db, photo.entryId) : undefined;
    if (!entry || !check(principal, await findUnitAncestry(db, entry.unitId))) throw new NotFoundError("Фотография не найдена");
  };
}
