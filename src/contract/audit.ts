// /api/audit: the audit trail, newest first, paged by id.
import { z } from "zod";
import { isoDateTime } from "./common.js";

export const auditQuery = z.object({
  entity: z.string().min(1).max(64).optional().describe("Вид объекта: unit, user, methodology, …"),
  entityId: z.string().min(1).max(200).optional().describe("Идентификатор объекта"),
  unit: z.string().min(1).max(64).optional().describe("Только записи о подразделениях и учётных записях этого поддерева"),
  action: z
    .string()
    .regex(/^[a-z_]+\.[a-z_]+$/, "код действия вида user.create")
    .optional()
    .describe("Только это действие: user.create, unit.update, …"),
  actor: z.string().min(1).max(64).optional().describe("Только действия учётной записи с этим логином"),
  from: z.iso.date().optional().describe("С этой даты (ГГГГ-ММ-ДД, UTC), включительно"),
  to: z.iso.date().optional().describe("По эту дату (ГГГГ-ММ-ДД, UTC), включительно"),
  limit: z.coerce.number().int().min(1).max(200).default(50).describe("Записей на странице (до 200)"),
  before: z.coerce.number().int().positive().optional().describe("Курсор: записи старше этой (nextBefore предыдущей страницы)"),
});

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: isoDateTime,
  actorId: z.string().nullable(),
  actorLogin: z.string().nullable(),
  action: z.string().describe("Действие, например user.create, auth.login_failed"),
  entity: z.string(),
  entityId: z.string().nullable(),
  unitId: z.string().nullable(),
  before: z.unknown().describe("Состояние до (JSON) или null"),
  after: z.unknown().describe("Состояние после (JSON) или null"),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditPageSchema = z.object({ entries: z.array(auditEntrySchema), nextBefore: z.number().int().nullable() });
export type AuditPage = z.infer<typeof auditPageSchema>;

/** The journal's filters (all optional): action code, actor's login, entity kind, dates YYYY-MM-DD inclusive. */
export type AuditFilters = Pick<z.input<typeof auditQuery>, "action" | "actor" | "entity" | "from" | "to">;
