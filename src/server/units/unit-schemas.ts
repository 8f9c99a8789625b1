// The requests of org-structure administration: the contract's, with the time zone checked against the ones the core knows.
import { z } from "zod";
import { atLeastOneField, updateUnitFields } from "../../contract/units.js";
import { isIanaTimeZone } from "../../core/index.js";

export { createUnitBody, unitParams, unitTreeQuery } from "../../contract/units.js";

export const updateUnitBody = z
  .object({
    ...updateUnitFields,
    timezone: z
      .string()
      .refine(isIanaTimeZone, "Неизвестный часовой пояс: нужно имя IANA, например Europe/Moscow")
      .nullable()
      .optional()
      .describe("Часовой пояс субъекта, IANA (только федеральный администратор)"),
  })
  .refine(...atLeastOneField);
