// Weekly opening hours as minute ranges, and whether a local moment falls inside them.

import type { WeeklyHours } from "./quality-types.js";

/** Weekday keys indexed like `Date.getUTCDay()` (0 = Sunday). */
export const WEEKDAY_KEYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;

/** Per weekday (0 = Sunday) the open span in minutes from local midnight, or null when closed. */
export type OpeningSpans = readonly (readonly [number, number] | null)[];

const minutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Parses `"09:00-18:00"` per weekday; an unreadable or empty span counts as closed. */
export function openingSpans(hours: WeeklyHours): OpeningSpans {
  return WEEKDAY_KEYS.map((day) => {
    const text = hours[day];
    if (!text || text.length !== 11) return null;
    const open = minutes(text.slice(0, 5)),
      close = minutes(text.slice(6, 11));
    return Number.isFinite(open) && Number.isFinite(close) && close > open ? ([open, close] as const) : null;
  });
}

/** Whether local minute `minute` of weekday `weekday` is outside the hours, beyond the grace margins. */
export function isClosedAt(spans: OpeningSpans, weekday: number, minute: number, graceBefore: number, graceAfter: number): boolean {
  const span = spans[weekday];
  if (span && minute >= span[0] - graceBefore && minute <= span[1] + graceAfter) return false;
  // Just after midnight may still be the previous day's late closing grace.
  const previous = spans[(weekday + 6) % 7];
  if (previous && previous[1] + graceAfter > 1440 && minute <= previous[1] + graceAfter - 1440) return false;
  return true;
}
