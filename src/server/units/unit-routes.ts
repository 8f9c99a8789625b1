// GET /api/units/:id: a unit and its children, for users whose scope covers it; the tree's administration beside it.
import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { toIso } from "../../contract/common.js";
import { unitParams, unitWithChildrenSchema } from "../../contract/units.js";
import { findUnit, listChildUnits, type Db, type UnitSummary } from "../../db/index.js";
import { NotFoundError } from "../errors/app-errors.js";
import { requireUnitAccess, unitNotFoundMessage } from "../auth/guards.js";
import { unitAdminRoutes } from "./unit-admin-routes.js";
import { unitImportRoutes } from "./unit-import-routes.js";

const summaryView = (unit: UnitSummary) => ({ ...unit, closedAt: toIso(unit.closedAt) });

/** Mounted inside the /api scope. Outside the user's subtree a unit answers 404, like an unknown one. */
export const unitRoutes: FastifyPluginAsync<{ db: Db }> = async (plain, { db }) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/units/:id",
    {
      schema: { tags: ["Оргструктура"], summary: "Подразделение и его прямые подчинённые", params: unitParams, response: { 200: unitWithChildrenSchema } },
      preValidation: requireUnitAccess(db, (request) => (request.params as { id: string }).id),
    },
    async (request) => {
      const unit = await findUnit(db, request.params.id);
      if (!unit) throw new NotFoundError(unitNotFoundMessage);
      return { unit: summaryView(unit), children: (await listChildUnits(db, unit.id)).map(summaryView) };
    },
  );
  await app.register(unitAdminRoutes, { db });
  await app.register(unitImportRoutes, { db });
};
