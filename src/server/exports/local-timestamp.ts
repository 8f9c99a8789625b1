// A moment as the unit's people read it: local date and time in the unit's zone with its UTC offset.
import { zoneOffsetMs } from "../../core/index.js";

const pad = (n: number) => String(n).padStart(2, "0");

/** «2026-09-14T12:03:05+03:00»: the wall-clock time in `zone` and the offset that was in force then. */
export function localTimestamp(at: Date, zone: string): string {
  const offset = zoneOffsetMs(zone, at.getTime());
  const local = new Date(at.getTime() + offset);
  const minutes = Math.round(Math.abs(offset) / 60_000);
  const sign = offset < 0 ? "-" : "+";
  return `${local.toISOString().slice(0, 19)}${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}
