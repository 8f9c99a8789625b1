// The rules of the org tree as administrators change it: codes, which kind sits under which, opening hours.
import { weekdays, type Weekday } from "../../contract/units.js";
import type { JsonObject, NetworkType, UnitDetails, UnitKind } from "../../db/index.js";

export { dayHoursMessage, dayHoursPattern, hoursSchema, isDayHours, unitCodeMessage, unitCodePattern, weekdays } from "../../contract/units.js";
/** Region codes are two digits; other units must not look like one. */
export const regionCodePattern = /^[0-9]{2}$/;

/** Hours as stored: every day present, a missing day is a day off. */
export function normaliseHours(hours: Partial<Record<Weekday, string | null | undefined>> | null): JsonObject | null {
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
