// GET /api/users[?unit=ID]: user accounts for administrators, limited to their subtree; the account changes beside it.
import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { userListSchema, usersQuery } from "../../contract/users.js";
import { listUsers, type Db } from "../../db/index.js";
import { accountAdminRoles, canManage, isFederal } from "../auth/access.js";
import { authOf, requireRole, requireUnitAccess } from "../auth/guards.js";
import { userAdminRoutes } from "./user-admin-routes.js";
import { userListingView } from "./user-listing-view.js";

/**
 * Mounted inside the /api scope. federal_admin sees every account (or, with `unit`, those
 * scoped within that subtree); regional_admin sees accounts within its subtree, and `unit`
 * outside it answers 404. Other roles get 403.
 */
export const userRoutes: FastifyPluginAsync<{ db: Db }> = async (plain, { db }) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const unitOf = (query: unknown) => {
    const unit = (query as { unit?: unknown }).unit;
    return typeof unit === "string" && unit !== "" ? unit : undefined;
  };
  app.get(
    "/users",
    {
      schema: { tags: ["Пользователи"], summary: "Учётные записи зоны доступа", querystring: usersQuery, response: { 200: userListSchema } },
      preValidation: [requireRole(...accountAdminRoles), requireUnitAccess(db, (request) => unitOf(request.query), canManage)],
    },
    async (request) => {
      const { principal } = authOf(request);
      const root = request.query.unit ?? (isFederal(principal.role) ? null : principal.scopeUnitId);
      return { users: (await listUsers(db, root)).map(userListingView) };
    },
  );
  await app.register(userAdminRoutes, { db });
};
