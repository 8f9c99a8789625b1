// GET /api/units/:id: a unit and its children, for users whose scope covers it; the tree's administration beside it.
import type { FastifyPluginAsync } from "fastify";
import { findUnit, listChildUnits, type Db } from "../../db/index.js";
import { NotFoundError } from "../errors/app-errors.js";
import { requireUnitAccess, unitNotFoundMessage } from "../auth/guards.js";
import { unitAdminRoutes } from "./unit-admin-routes.js";
import { unitImportRoutes } from "./unit-import-routes.js";

/** Mounted inside the /api scope. Outside the user's subtree a unit answers 404, like an unknown one. */
export const unitRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.get<{ Params: { id: string } }>("/units/:id", { preValidation: requireUnitAccess(db, (request) => (request.params as { id: string }).id) }, async (request) => {
    const unit = await findUnit(db, request.params.id);
    if (!unit) throw new NotFoundError(unitNotFoundMessage);
    return { unit, children: await listChildUnits(db, unit.id) };
  });
  await app.register(unitAdminRoutes, { db });
  await app.register(unitImportRoutes, { db });
};
