// GET /api/audit: the audit trail for administrators — everything for a federal admin, its subtree's units and accounts for a regional one.
import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { listAudit, type Db } from "../../db/index.js";
import { unitIdParam } from "../api-schemas.js";
import { canManage, isFederal } from "../auth/access.js";
import { authOf, requireRole, requireUnitAccess } from "../auth/guards.js";

const query = z.object({
  entity: z.string().min(1).max(64).optional().describe("Вид объекта: unit, user, methodology, …"),
  entityId: z.string().min(1).max(200).optional().describe("Идентификатор объекта"),
  unit: unitIdParam.optional().describe("Только записи о подразделениях и учётных записях этого поддерева"),
  action: z.string().regex(/^[a-z_]+\.[a-z_]+$/, "код действия вида user.create").optional().describe("Только это действие: user.create, unit.update, …"),
  actor: z.string().min(1).max(64).optional().describe("Только действия учётной записи с этим логином"),
  from: z.iso.date().optional().describe("С этой даты (ГГГГ-ММ-ДД, UTC), включительно"),
  to: z.iso.date().optional().describe("По эту дату (ГГГГ-ММ-ДД, UTC), включительно"),
  limit: z.coerce.number().int().min(1).max(200).default(50).describe("Записей на странице (до 200)"),
  before: z.coerce.number().int().positive().optional().describe("Курсор: записи старше этой (nextBefore предыдущей страницы)"),
});

/** Mounted inside the /api scope. Newest first; `nextBefore` pages on (null on the last page). */
export const auditRoutes: FastifyPluginAsync<{ db: Db }> = async (plain, { db }) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/audit",
    {
      schema: { tags: ["Журнал изменений"], summary: "Журнал изменений: кто, когда, что было и что стало", querystring: query },
      preValidation: [
        requireRole("federal_admin", "regional_admin"),
        requireUnitAccess(db, (request) => {
          const unit = (request.query as { unit?: unknown }).unit;
          return typeof unit === "string" && unit !== "" ? unit : undefined;
        }, canManage),
      ],
    },
    async (request) => {
      const { principal } = authOf(request);
      const q = request.query;
      return listAudit(db, {
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
    },
  );
};
