// What the scoring engine reads from any counter source: dense rows of counts per (month, view, unit).

import type { CounterCell, View } from "./counter-cell.js";

/** A counter summed over a period (no month). */
export type PeriodCell = Omit<CounterCell, "month">;

/** What the scoring engine reads: dense rows of counts indexed by key-value id. */
export interface CounterRows {
  readonly keyValueCount: number;
  keyOf(kv: number): string;
  valueOf(kv: number): string;
  /** Visits every row of the given months; `row[kv]` is the count of key-value `kv` (rows may be shorter than keyValueCount). */
  forEachRow(months: readonly string[], visit: (unit: string, view: View, row: Int32Array) => void): void;
}
