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

/** An instant as the contract carries it: a Date (from the database) or already a string becomes ISO; null stays null. */
export function toIso(value: Date | string): string;
export function toIso(value: Date | string | null): string | null;
export function toIso(value: Date | string | null): string | null {
  if (value === null) return null;
  return value instanceof Date ? value.toISOString() : new Date(value).toISOString();
}
