// Sums counters over a period into per-unit survey counts, matches М5 channels, then pools each subtree.

import type { CounterRows } from "../counters/counter-rows.js";
import type { View } from "../counters/counter-cell.js";
import type { OrgTree } from "../tree/org-tree.js";
import type { ScoringPlan } from "./scoring-plan.js";

/** Pooled counts per view: node `u`'s slot `s` is at `u * plan.slotCount + s` (the country is node `tree.country`). */
export type PeriodTallies = Readonly<Record<View, Float64Array>>;

/**
 * For each key-value id of the rows, the slots it adds to: `first[kv]` and `second[kv]` (-1 when none), and for the
 * rare key-values feeding more than two slots (several indicators on one question) the rest in `more`.
 */
interface SlotTable {
  /** The key-values that feed at least one slot, ascending (profile keys and the like are skipped). */
  readonly used: Int32Array;
  /** Aligned with `used`: the first slot, and the second slot or -1. */
  readonly first: Int32Array;
  readonly second: Int32Array;
  readonly more: ReadonlyMap<number, readonly number[]>;
}

function slotTable(plan: ScoringPlan, rows: CounterRows): SlotTable {
  const used: number[] = [],
    first: number[] = [],
    second: number[] = [];
  const more = new Map<number, readonly number[]>();
  for (let kv = 0; kv < rows.keyValueCount; kv++) {
    const targets = plan.contributions.get(rows.keyOf(kv))?.get(rows.valueOf(kv)) ?? [];
    if (targets.length === 0) continue;
    used.push(kv);
    first.push(targets[0] as number);
    second.push(targets.length > 1 ? (targets[1] as number) : -1);
    if (targets.length > 2) more.set(kv, targets.slice(2));
  }
  return { used: Int32Array.from(used), first: Int32Array.from(first), second: Int32Array.from(second), more };
}

function matchChannels(plan: ScoringPlan, tree: OrgTree, own: Float64Array, responseChannels: Int32Array): void {
  const S = plan.slotCount;
  for (const cm of plan.channelMatches) {
    const ind = plan.indicators[cm.indicator];
    if (!ind) continue;
    for (let u = 0; u < tree.size; u++) {
      const set = responseChannels[u] as number;
      if (set < 0) continue;
      const base = u * S;
      let valid = 0,
        positive = 0;
      for (const o of cm.options) {
        const c = own[base + o.slot] as number;
        valid += c;
        if (set & o.bit) positive += c;
      }
      own[base + ind.positiveSlot] = positive;
      own[base + ind.validSlot] = valid;
    }
  }
}

function pool(tree: OrgTree, S: number, counts: Float64Array): void {
  for (let k = tree.order.length - 1; k > 0; k--) {
    const u = tree.order[k] as number;
    const from = u * S,
      to = (tree.parent[u] as number) * S;
    for (let s = 0; s < S; s++) counts[to + s] = (counts[to + s] as number) + (counts[from + s] as number);
  }
}

/**
 * Counts of the period's months per unit and view, pooled over subtrees. `responseChannels[u]` is the channel set
 * (bit mask) the responses of unit `u` are matched against for М5, or -1 when none is known.
 */
export function tallyPeriod(plan: ScoringPlan, tree: OrgTree, rows: CounterRows, months: readonly string[], responseChannels: Int32Array): PeriodTallies {
  const S = plan.slotCount;
  const tallies = { seeker: new Float64Array((tree.size + 1) * S), employer: new Float64Array((tree.size + 1) * S) };
  const { used, first, second, more } = slotTable(plan, rows);
  const usedCount = used.length;
  rows.forEachRow(months, (unit, view, row) => {
    const u = tree.indexOf.get(unit);
    if (u === undefined) return;
    const own = view === "seeker" ? tallies.seeker : tallies.employer;
    const base = u * S;
    const n = row.length;
    for (let j = 0; j < usedCount; j++) {
      const kv = used[j] as number;
      if (kv >= n) break;
      const c = row[kv] as number;
      if (c === 0) continue;
      const a = base + (first[j] as number);
      own[a] = (own[a] as number) + c;
      const b = second[j] as number;
      if (b >= 0) own[base + b] = (own[base + b] as number) + c;
    }
    if (more.size === 0) return;
    for (const [kv, targets] of more) {
      const c = kv < n ? (row[kv] as number) : 0;
      for (const t of targets) own[base + t] = (own[base + t] as number) + c;
    }
  });
  for (const counts of [tallies.seeker, tallies.employer]) {
    matchChannels(plan, tree, counts, responseChannels);
    pool(tree, S, counts);
  }
  return tallies;
}
