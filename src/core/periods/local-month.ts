// The local month of an instant in an IANA zone, fast: month boundaries are computed once per zone and cached.

import { monthLabel } from "./period.js";

const formatters = new Map<string, Intl.DateTimeFormat>();
const boundaries = new Map<string, Map<number, number>>();
const labels = new Map<number, string>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The zone's offset from UTC at instant `t`, in milliseconds (local = t + offset). */
export function zoneOffsetMs(zone: string, t: number): number {
  const parts = formatter(zone).formatToParts(new Date(t));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const local = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return local - (t - (((t % 1000) + 1000) % 1000));
}

/** The instant local midnight of the first day of month `index` (`year * 12 + m0`) happens in `zone`. */
function monthStart(zone: string, index: number): number {
  let perZone = boundaries.get(zone);
  if (!perZone) boundaries.set(zone, (perZone = new Map()));
  const cached = perZone.get(index);
  if (cached !== undefined) return cached;
  const year = Math.floor(index / 12);
  const local = Date.UTC(year, index - year * 12, 1);
  let t = local - zoneOffsetMs(zone, local);
  const second = zoneOffsetMs(zone, t);
  if (local - second !== t) t = local - second;
  perZone.set(index, t);
  return t;
}

/** The month number (`year * 12 + m0`) that instant `t` falls in, in local time of `zone`. */
export function localMonthIndex(t: number, zone: string): number {
  const d = new Date(t);
  let index = d.getUTCFullYear() * 12 + d.getUTCMonth();
  if (t < monthStart(zone, index)) index -= 1;
  else if (t >= monthStart(zone, index + 1)) index += 1;
  return index;
}

/** The local month `YYYY-MM` that instant `t` falls in, in `zone` (00:30 on 1 April in Vladivostok is April). */
export function localMonthOf(t: number, zone: string): string {
  const index = localMonthIndex(t, zone);
  let label = labels.get(index);
  if (label === undefined) labels.set(index, (label = monthLabel(index)));
  return label;
}
