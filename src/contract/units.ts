// /api/units: the org tree of the caller's scope, creating, editing, closing units, a region's structure as XLSX.
import { z } from "zod";
import { isoDateTime, unitKindSchema } from "./common.js";
import { dayHoursMessage, isDayHours, unitCodeMessage, unitCodePattern, weekdays, type Weekday } from "./unit-rules.js";

export { dayHoursMessage, dayHoursPattern, isDayHours, unitCodeMessage, unitCodePattern, weekdays, type Weekday, type WeekHours } from "./unit-rules.js";

const dayHours = z.string().refine(isDayHours, dayHoursMessage).nullable().optional();

/** Opening hours `{"mon": "09:00-18:00", …, "sun": null}` (unknown days refused); null: the nearest ancestor's. */
export const hoursSchema = z
  .strictObject(Object.fromEntries(weekdays.map((d) => [d, dayHours])) as Record<Weekday, typeof dayHours>)
  .nullable()
  .describe("Часы работы по дням недели в местном времени субъекта; null — как у вышестоящего подразделения");

export const networkTypeSchema = z.enum(["centralized", "decentralized"]).describe("Тип сети субъекта");

const unitId = z.string().min(1).max(64).describe("Код подразделения (как в ссылках опроса)");
const name = z.string().trim().min(1, "Укажите наименование").max(300).describe("Наименование подразделения");

export const unitParams = z.object({ id: unitId });

export const unitTreeQuery = z.object({ unit: unitId.optional().describe("Корень поддерева; по умолчанию — вся зона доступа") });

export const createUnitBody = z.object({
  id: z.string().regex(unitCodePattern, unitCodeMessage).describe("Код подразделения (в ссылках опроса)"),
  kind: z.enum(["managing", "territorial"]).describe("managing — управляющий ЦЗН, territorial — территориальный ЦЗН"),
  name,
  parentId: unitId.describe("Код вышестоящего подразделения"),
  hours: hoursSchema.optional(),
});
export type CreateUnitBody = z.input<typeof createUnitBody>;

/** The fields of a unit change; the server checks the time zone against the ones it knows. */
export const updateUnitFields = {
  name: name.optional(),
  parentId: unitId.optional().describe("Новый вышестоящий (в своей зоне доступа)"),
  network: networkTypeSchema.optional().describe("Тип сети субъекта (только федеральный администратор)"),
  timezone: z.string().nullable().optional().describe("Часовой пояс субъекта, IANA (только федеральный администратор)"),
  hours: hoursSchema.optional(),
};
export const atLeastOneField = [(body: object) => Object.values(body).some((value) => value !== undefined), "Укажите хотя бы одно поле для изменения"] as const;
export const updateUnitBody = z.object(updateUnitFields).refine(...atLeastOneField);
export type UpdateUnitBody = z.input<typeof updateUnitBody>;

/** A unit as GET /api/units lists it (the tree comes flat, each with its parent). */
export const adminUnitSchema = z.object({
  id: z.string(),
  kind: unitKindSchema,
  name: z.string(),
  parentId: z.string().nullable(),
  network: networkTypeSchema.nullable(),
  timezone: z.string().nullable(),
  hours: z.partialRecord(z.enum(weekdays), z.string().nullable()).nullable().describe("Часы работы; null — как у вышестоящего"),
  closedAt: isoDateTime.nullable(),
});
export type AdminUnit = z.infer<typeof adminUnitSchema>;
/** A unit of the caller's scope as the account forms use it. */
export type ScopeUnit = Pick<AdminUnit, "id" | "kind" | "name" | "parentId" | "closedAt">;

export const adminUnitListSchema = z.object({ units: z.array(adminUnitSchema) });
export type AdminUnitList = z.infer<typeof adminUnitListSchema>;
export type ScopeUnitList = { units: ScopeUnit[] };

export const adminUnitAnswerSchema = z.object({ unit: adminUnitSchema });
export type AdminUnitAnswer = z.infer<typeof adminUnitAnswerSchema>;

/** GET /api/units/:id: a unit and its direct children. */
const unitSummarySchema = z.object({
  id: z.string(),
  kind: unitKindSchema,
  name: z.string(),
  parentId: z.string().nullable(),
  closedAt: isoDateTime.nullable(),
});
export const unitWithChildrenSchema = z.object({ unit: unitSummarySchema, children: z.array(unitSummarySchema) });
export type UnitWithChildren = z.infer<typeof unitWithChildrenSchema>;

export const regionQuery = z.object({ region: unitId.describe("Код субъекта РФ") });

/** What an accepted structure file changed. */
export const importSummarySchema = z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() });
export type ImportSummary = z.infer<typeof importSummarySchema>;
