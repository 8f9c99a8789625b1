// Sums counters over a period into per-unit survey counts, matches М5 channels, then pools each subtree.

import type { CounterRows } from "../counters/counter-store.js";
import type { View } from "../counters/counter-cell.js";
import type { OrgTree } from "../tree/org-tree.js";
import type { ScoringPlan } from "./scoring-plan.js";

/** Pooled counts per view: node `u`'s slot `s` is at `u * plan.slotCount + s` (the country is node `tree.country`). */
export type PeriodTallies = Readonly<Record<View, Float64Array>>;

/** For each key-value id of the rows, the slots it adds to, as compressed rows: slots[start[kv] .. start[kv + 1]). */
function slotTable(plan: ScoringPlan, rows: CounterRows): { start: Int32Array; slots: Int32Array } {
  const kvs = rows.keyValueCount;
  const start = new Int32Array(kvs + 1);
  const list: number[] = [];
  for (let kv = 0; kv < kvs; kv++) {
    start[kv] = list.length;
    const targets = plan.contributions.get(rows.keyOf(kv))?.get(rows.valueOf(kv));
    if (targets) list.push(...targets);
  }
  start[kvs] = list.length;
  return { start, slots: Int32Array.from(list) };
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
      let valid = 0, positive = 0;
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
    const from = u * S, to = (tree.parent[u] as number) * S;
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
  const { start, slots } = slotTable(plan, rows);
  const kvs = rows.keyValueCount;
  rows.forEachRow(months, (unit, view, row) => {
    const u = tree.indexOf.get(unit);
    if (u === undefined) return;
    const own = view === "seeker" ? tallies.seeker : tallies.employer;
    const base = u * S;
    const n = row.length < kvs ? row.length : kvs;
    for (let kv = 0; kv < n; kv++) {
      const c = row[kv] as number;
      if (c === 0) continue;
      const end = start[kv + 1] as number;
      for (let j = start[kv] as number; j < end; j++) {
        const s = base + (slots[j] as number);
        own[s] = (own[s] as number) + c;
      }
    }
  });
  for (const counts of [tallies.seeker, tallies.employer]) {
    matchChannels(plan, tree, counts, responseChannels);
    pool(tree, S, counts);
  }
  return tallies;
}
