// The first and last day ('YYYY-MM-DD', both inclusive) of a period, as objective_entries stores them.
import { parsePeriod, type Period } from "../../core/index.js";

/** First and last day of a period (text or parsed); throws on a period that does not parse (validate first). */
export function periodDays(period: Period | string): { start: string; end: string } {
  const p = typeof period === "string" ? parsePeriod(period) : period;
  if (!p) throw new Error(`bad period ${String(period)}`);
  const day = (monthIndex: number, offsetDays: number): string =>
    new Date(Date.UTC(Math.floor(monthIndex / 12), monthIndex % 12, 1) + offsetDays * 86_400_000).toISOString().slice(0, 10);
  return { start: day(p.start, 0), end: day(p.end, -1) };
}
