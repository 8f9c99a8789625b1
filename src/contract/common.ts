// Shapes many features share: instants as ISO strings, unit kinds, the dashboard views.
import { z } from "zod";

/** An instant as it crosses the wire: an ISO 8601 string («2026-03-01T09:00:00.000Z»), never a Date. */
export const isoDateTime = z.string().describe("Момент времени, ISO 8601 (UTC)");

/** A calendar day, YYYY-MM-DD. */
export const isoDate = z.string().describe("Дата, ГГГГ-ММ-ДД");

export const unitKinds = ["region", "managing", "territorial"] as const;
export const unitKindSchema = z.enum(unitKinds).describe("region — субъект РФ, managing — управляющий ЦЗН, territorial — территориальный ЦЗН");
export type UnitKind = z.infer<typeof unitKindSchema>;

export const viewNames = ["seeker", "employer", "combined"] as const;
export const viewNameSchema = z.enum(viewNames).describe("Срез: соискатели (С), работодатели (Р) или сводный");
export type ViewName = z.infer<typeof viewNameSchema>;

/** `empty` (no responses), `incomplete` (a group missing), `insufficient` (n below the minimum), `ok` (ranked). */
export const viewStatusSchema = z
  .enum(["ok", "insufficient", "incomplete", "empty"])
  .describe("ok — в рейтинге; insufficient — мало ответов; incomplete — нет группы; empty — нет ответов");
export type ViewStatus = z.infer<typeof viewStatusSchema>;

/** Which responses the figures count: published (without excluded), raw (all), or as if every pending flag were confirmed. */
export const counterBases = ["published", "raw", "confirmed_pending"] as const;
export const counterBasisSchema = z.enum(counterBases);
export type CounterBasis = z.infer<typeof counterBasisSchema>;

/** A period as a request names it (the server checks the years besides). */
export const periodText = z
  .string()
  .regex(/^\d{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/, "Период указывается как 2025, 2025-H1, 2025-Q2 или 2025-04")
  .describe("Период: 2025, 2025-H1, 2025-Q2 или 2025-04");

/** A unit code as requests carry it (as in the survey links). */
export const unitCodeText = z.string().min(1).max(64).describe("Код подразделения (как в ссылках опроса)");

/** An instant as the contract carries it: a Date (from the database) or already a string becomes ISO; null stays null. */
export function toIso(value: Date | string): string;
export function toIso(value: Date | string | null): string | null;
export function toIso(value: Date | string | null): string | null {
  if (value === null) return null;
  return value instanceof Date ? value.toISOString() : new Date(value).toISOString();
}
