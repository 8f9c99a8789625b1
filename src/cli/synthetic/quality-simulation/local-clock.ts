// Local days and times of a period in a unit's zone, for placing synthetic submissions.

import { zoneOffsetMs, type Period } from "../../../core/index.js";

const DAY_MS = 86_400_000;

/** A local calendar day: its midnight as a UTC-labelled number (local clock) and its weekday (0 = Sunday). */
export interface LocalDay {
  readonly midnight: number;
  readonly weekday: number;
}

/** Every local day of a period. */
export function periodDays(period: Period): LocalDay[] {
  const days: LocalDay[] = [];
  const first = Date.UTC(Math.floor(period.start / 12), period.start % 12, 1);
  const end = Date.UTC(Math.floor(period.end / 12), period.end % 12, 1);
  for (let t = first; t < end; t += DAY_MS) days.push({ midnight: t, weekday: new Date(t).getUTCDay() });
  return days;
}

/** Monday to Friday. */
export const isWorkday = (day: LocalDay): boolean => day.weekday >= 1 && day.weekday <= 5;

/** The instant a local clock reading happens in `zone` (epoch ms). */
export function instantOf(localMs: number, zone: string): number {
  return localMs - zoneOffsetMs(zone, localMs - zoneOffsetMs(zone, localMs));
}

/** RFC 3339 UTC text of an instant, whole seconds. */
export const isoOf = (instant: number): string => new Date(Math.floor(instant / 1000) * 1000).toISOString().slice(0, 19) + "Z";
