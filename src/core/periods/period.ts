// Reporting periods (`2025`, `2025-H1`, `2025-Q2`, `2025-04`) as half-open ranges of months.

/** The four kinds of period. */
export type PeriodKind = "year" | "half" | "quarter" | "month";

/** A period: months `start` (inclusive) to `end` (exclusive), counted as `year * 12 + monthIndex0`. */
export interface Period {
  readonly label: string;
  readonly kind: PeriodKind;
  readonly start: number;
  readonly end: number;
}

const pattern = /^(\d{4})(?:-(?:H([12])|Q([1-4])|(0[1-9]|1[0-2])))?$/;

/** The years a period may lie in: the index began in 2022; anything far outside is a typo or an attack. */
export const periodYears = { first: 2000, last: 2100 } as const;

/** Parses a period label; null when it does not parse or lies outside {@link periodYears}. */
export function parsePeriod(text: string): Period | null {
  const m = pattern.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < periodYears.first || year > periodYears.last) return null;
  const base = year * 12;
  if (m[2]) return { label: text, kind: "half", start: base + (Number(m[2]) - 1) * 6, end: base + Number(m[2]) * 6 };
  if (m[3]) return { label: text, kind: "quarter", start: base + (Number(m[3]) - 1) * 3, end: base + Number(m[3]) * 3 };
  if (m[4]) return { label: text, kind: "month", start: base + Number(m[4]) - 1, end: base + Number(m[4]) };
  return { label: text, kind: "year", start: base, end: base + 12 };
}

/** The number of months in a period (1, 3, 6 or 12). */
export const monthCount = (p: Period): number => p.end - p.start;

/** `outer` contains `inner` (a period contains itself). */
export const periodContains = (outer: Period, inner: Period): boolean => outer.start <= inner.start && inner.end <= outer.end;

/** The two periods share at least one month. */
export const periodsOverlap = (a: Period, b: Period): boolean => a.start < b.end && b.start < a.end;

/** The label of month number `index` (`year * 12 + monthIndex0`): `YYYY-MM`. */
export function monthLabel(index: number): string {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${year}-${month < 10 ? "0" : ""}${month}`;
}

/** The labels `YYYY-MM` of the months of a period, in order. */
export function periodMonths(p: Period): string[] {
  const months: string[] = [];
  for (let i = p.start; i < p.end; i++) months.push(monthLabel(i));
  return months;
}

/** The period of the same kind just before `p` (`2025-Q1` → `2024-Q4`). */
export function previousPeriod(p: Period): Period {
  const length = p.end - p.start;
  const start = p.start - length;
  const year = Math.floor(start / 12);
  const offset = start - year * 12;
  const label =
    p.kind === "year" ? `${year}` : p.kind === "half" ? `${year}-H${offset / 6 + 1}` : p.kind === "quarter" ? `${year}-Q${offset / 3 + 1}` : monthLabel(start);
  return { label, kind: p.kind, start, end: start + length };
}
