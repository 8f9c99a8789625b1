// GET /api/audit: the audit trail for administrators — everything for a federal admin, its subtree's units and accounts for a regional one.
import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { auditPageSchema, auditQuery as query } from "../../contract/audit.js";
import { toIso } from "../../contract/common.js";
import { listAudit, type Db } from "../../db/index.js";
import { canManage, isFederal } from "../auth/access.js";
import { authOf, requireRole, requireUnitAccess } from "../auth/guards.js";

/** Mounted inside the /api scope. Newest first; `nextBefore` pages on (null on the last page). */
export const auditRoutes: FastifyPluginAsync<{ db: Db }> = async (plain, { db }) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/audit",
    {
      schema: {
        tags: ["Журнал изменений"],
        summary: "Журнал изменений: кто, когда, что было и что стало",
        querystring: query,
        response: { 200: auditPageSchema },
      },
      preValidation: [
        requireRole("federal_admin", "regional_admin"),
        requireUnitAccess(
          db,
          (request) => {
            const unit = (request.query as { unit?: unknown }).unit;
            return typeof unit === "string" && unit !== "" ? unit : undefined;
          },
          canManage,
        ),
      ],
    },
    async (request) => {
      const { principal } = authOf(request);
      const q = request.query;
      const page = await listAudit(db, {
        ...(q.entity !== undefined ? { entity: q.entity } : {}),
        ...(q.entityId !== undefined ? { entityId: q.entityId } : {}),
        ...(q.unit !== undefined ? { subtreeRootId: q.unit } : {}),
        // A regional admin reads only entries tied to its subtree (sign-ins and federal matters have none).
        ...(!isFederal(principal.role) && principal.scopeUnitId !== null ? { scopeRootId: principal.scopeUnitId } : {}),
        ...(q.action !== undefined ? { action: q.action } : {}),
        ...(q.actor !== undefined ? { actorLogin: q.actor } : {}),
        ...(q.from !== undefined ? { from: new Date(`${q.from}T00:00:00Z`) } : {}),
        // «По» a date includes the whole day.
        ...(q.to !== undefined ? { to: new Date(Date.parse(`${q.to}T00:00:00Z`) + 86_400_000) } : {}),
        ...(q.before !== undefined ? { beforeId: q.before } : {}),
        limit: q.limit,
      });
      return { ...page, entries: page.entries.map((entry) => ({ ...entry, at: toIso(entry.at) })) };
    },
  );
};
