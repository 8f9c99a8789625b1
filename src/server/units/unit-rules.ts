// The rules of the org tree as administrators change it: codes, which kind sits under which, opening hours.
import { z } from "zod";
import type { JsonObject, NetworkType, UnitDetails, UnitKind } from "../../db/index.js";

/** A unit code as the database takes it (also the survey link's path segment). */
export const unitCodePattern = /^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$/;
export const unitCodeMessage = "Код: латинские буквы, цифры и знаки . _ - (до 64 символов, первый — буква или цифра)";
/** Region codes are two digits; other units must not look like one. */
export const regionCodePattern = /^[0-9]{2}$/;

export const weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
/** The dataset reader's pattern for one day's hours. */
export const dayHoursPattern = /^([01]\d|2[0-3]):[0-5]\d-(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
export const dayHoursMessage = "Часы работы: «ЧЧ:ММ-ЧЧ:ММ», начало раньше конца (например 09:00-18:00), или null — выходной";

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** One day's hours `HH:MM-HH:MM` with the opening before the closing (`18:00-09:00` is refused). */
export function isDayHours(text: string): boolean {
  return dayHoursPattern.test(text) && minutesOf(text.slice(0, 5)) < minutesOf(text.slice(6, 11));
}

const dayHours = z.string().refine(isDayHours, dayHoursMessage).nullable().optional();

/** Opening hours `{"mon": "09:00-18:00", …, "sun": null}` (unknown days refused); null: the nearest ancestor's. */
export const hoursSchema = z
  .strictObject(Object.fromEntries(weekdays.map((d) => [d, dayHours])) as Record<(typeof weekdays)[number], typeof dayHours>)
  .nullable()
  .describe("Часы работы по дням недели в местном времени субъекта; null — как у вышестоящего подразделения");

/** Hours as stored: every day present, a missing day is a day off. */
export function normaliseHours(hours: Partial<Record<(typeof weekdays)[number], string | null | undefined>> | null): JsonObject | null {
  if (hours === null) return null;
  return Object.fromEntries(weekdays.map((d) => [d, hours[d] ?? null]));
}

/**
 * Why a unit of `kind` cannot stand under `parent`, in Russian, or undefined when it can:
 * a managing centre only directly under a region with a centralised network, a territorial
 * centre under a region or a managing centre.
 */
export function placementProblem(kind: UnitKind, parent: { id: string; kind: UnitKind; network: NetworkType | null }): string | undefined {
  if (kind === "region") return "Субъект РФ не может подчиняться другому подразделению";
  if (kind === "managing") {
    if (parent.kind !== "region") return "Управляющий ЦЗН подчиняется только субъекту РФ";
    if (parent.network !== "centralized") return `Управляющий ЦЗН возможен только в централизованной сети, а сеть субъекта «${parent.id}» децентрализованная`;
    return undefined;
  }
  return parent.kind === "territorial" ? "Территориальный ЦЗН не может подчиняться другому территориальному ЦЗН" : undefined;
}

/** A unit as an audit record keeps it (dates as ISO text). */
export function unitAuditView(unit: UnitDetails): JsonObject {
  return {
    kind: unit.kind,
    name: unit.name,
    parentId: unit.parentId,
    network: unit.network,
    timezone: unit.timezone,
    hours: unit.hours,
    closedAt: unit.closedAt === null ? null : unit.closedAt.toISOString(),
  };
}
