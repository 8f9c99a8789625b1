// The counters of one period on one basis, summed over its months, kept current by signed cell deltas.

import type { View } from "./counter-cell.js";
import type { CounterRows, PeriodCell } from "./counter-rows.js";
import { CounterStore } from "./counter-store.js";

/** `published`: non-excluded responses; `raw`: every response; `confirmed_pending`: published without the pending-flagged ones. */
export type CounterBasisName = "published" | "raw" | "confirmed_pending";

/** The three counter tables a change can come from: counted, excluded and pending-flagged responses. */
export type CounterSource = "response" | "excluded" | "pending";

/** How a change of `source` moves the figures of `basis`: +1, −1 or not at all. */
export function basisSign(basis: CounterBasisName, source: CounterSource): 1 | -1 | 0 {
  if (source === "response") return 1;
  if (source === "excluded") return basis === "raw" ? 1 : 0;
  return basis === "confirmed_pending" ? -1 : 0;
}

/** One changed counter cell: `delta` added to the count of `source`'s cell. */
export interface CounterDelta {
  readonly source: CounterSource;
  readonly unit: string;
  readonly month: string;
  readonly view: View;
  readonly key: string;
  readonly value: string;
  readonly delta: number;
}

/**
 * A period's counters on one basis as one summed row per (unit, view), holding only the keys scoring
 * reads. Applying every delta of the counter tables gives exactly what summing them afresh would.
 */
export class PeriodAggregate {
  private store = new CounterStore();
  private readonly months: ReadonlySet<string>;
  /** The single bucket the period's sums are kept under. */
  private readonly bucket: string;

  constructor(
    readonly basis: CounterBasisName,
    periodMonths: readonly string[],
    private readonly keys: ReadonlySet<string>,
  ) {
    if (periodMonths.length === 0) throw new Error("a period has at least one month");
    this.months = new Set(periodMonths);
    this.bucket = periodMonths[0] as string;
  }

  /** Adds cells already summed on this aggregate's basis over the period (a full load). */
  load(cells: Iterable<PeriodCell>): void {
    for (const cell of cells) if (this.keys.has(cell.key)) this.store.addIn(this.bucket, cell);
  }

  /** The sums as bytes (see {@link CounterStore.toBytes}). */
  toBytes(): Uint8Array {
    return this.store.toBytes();
  }

  /** Replaces the sums with those `toBytes` wrote for an aggregate of the same basis, period and keys. */
  restore(bytes: Uint8Array): void {
    const store = CounterStore.fromBytes(bytes);
    const strange = store.months().find((m) => m !== this.bucket);
    if (strange !== undefined) throw new Error(`period aggregate image: month ${strange} is not this period's bucket ${this.bucket}`);
    this.store = store;
  }

  /** Applies one change; true when it moved this aggregate's figures. */
  apply(change: CounterDelta): boolean {
    const sign = basisSign(this.basis, change.source);
    if (sign === 0 || change.delta === 0 || !this.months.has(change.month) || !this.keys.has(change.key)) return false;
    this.store.addIn(this.bucket, { unit: change.unit, view: change.view, key: change.key, value: change.value, count: change.delta }, sign);
    return true;
  }

  /** What the scoring engine reads, under the period's first month. */
  get rows(): CounterRows {
    return this.store;
  }
}
