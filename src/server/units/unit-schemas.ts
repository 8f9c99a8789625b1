// The requests of org-structure administration, as zod schemas (they validate and document).
import { z } from "zod";
import { isIanaTimeZone } from "../../core/index.js";
import { unitIdParam } from "../api-schemas.js";
import { hoursSchema, unitCodeMessage, unitCodePattern } from "./unit-rules.js";

const name = z.string().trim().min(1, "Укажите наименование").max(300).describe("Наименование подразделения");

export const unitParams = z.object({ id: unitIdParam });

export const unitTreeQuery = z.object({
  unit: unitIdParam.optional().describe("Корень поддерева; по умолчанию — вся зона доступа"),
});

export const createUnitBody = z.object({
  id: z.string().regex(unitCodePattern, unitCodeMessage).describe("Код подразделения (в ссылках опроса)"),
  kind: z.enum(["managing", "territorial"]).describe("managing — управляющий ЦЗН, territorial — территориальный ЦЗН"),
  name,
  parentId: unitIdParam.describe("Код вышестоящего подразделения"),
  hours: hoursSchema.optional(),
});

export const updateUnitBody = z
  .object({
    name: name.optional(),
    parentId: unitIdParam.optional().describe("Новый вышестоящий (в своей зоне доступа)"),
    network: z.enum(["centralized", "decentralized"]).optional().describe("Тип сети субъекта (только федеральный администратор)"),
    timezone: z
      .string()
      .refine(isIanaTimeZone, "Неизвестный часовой пояс: нужно имя IANA, например Europe/Moscow")
      .nullable()
      .optional()
      .describe("Часовой пояс субъекта, IANA (только федеральный администратор)"),
    hours: hoursSchema.optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), "Укажите хотя бы одно поле для изменения");
