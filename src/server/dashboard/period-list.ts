// The periods screens offer, from the months that have data: quarters, half-years, years, months.
import { monthLabel, parsePeriod, type Period } from "../../core/index.js";

const monthIndex = (label: string): number => {
  const p = parsePeriod(label);
  if (!p || p.kind !== "month") throw new Error(`not a month: ${label}`);
  return p.start;
};

/** The label of the period of `kind` that contains month number `m`. */
export function periodLabelOf(kind: Period["kind"], m: number): string {
  const year = Math.floor(m / 12);
  const offset = m - year * 12;
  if (kind === "year") return `${year}`;
  if (kind === "half") return `${year}-H${Math.floor(offset / 6) + 1}`;
  if (kind === "quarter") return `${year}-Q${Math.floor(offset / 3) + 1}`;
  return monthLabel(m);
}

/** Every period with data, newest first within each granularity: quarters, then half-years, years, months. */
export function periodsWithData(months: readonly string[]): string[] {
  const indices = months.map(monthIndex).sort((a, b) => b - a);
  const out: string[] = [];
  for (const kind of ["quarter", "half", "year", "month"] as const) {
    for (const m of indices) {
      const label = periodLabelOf(kind, m);
      if (out[out.length - 1] !== label) out.push(label);
    }
  }
  return out;
}

/** The month number of the latest month with data, or of the month containing `now`. */
export function latestMonthIndex(months: readonly string[], now = new Date()): number {
  const latest = Math.max(-Infinity, ...months.map(monthIndex));
  return Number.isFinite(latest) ? latest : now.getUTCFullYear() * 12 + now.getUTCMonth();
}

/** The latest quarter with data, or the quarter that contains `now`. */
export function defaultPeriodOf(months: readonly string[], now = new Date()): string {
  return periodLabelOf("quarter", latestMonthIndex(months, now));
}

/** The `count` periods of `kind` ending with `last` (oldest first). */
export function periodSeries(kind: Period["kind"], last: Period, count: number): string[] {
  const length = last.end - last.start;
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i--) out.push(periodLabelOf(kind, last.start - i * length));
  return out;
}
