// Objective entries indexed by indicator and unit, their periods parsed once.

import type { ObjectiveEntry } from "../dataset/dataset-types.js";
import { parsePeriod, type Period } from "../periods/period.js";
import type { ScoringPlan } from "../scoring/scoring-plan.js";
import type { OrgTree } from "../tree/org-tree.js";

/** An entry with its parsed period. */
export interface DatedEntry {
  readonly period: Period;
  readonly entry: ObjectiveEntry;
}

/** Entries per plan indicator (by node), and channel entries (by node). */
export interface ObjectiveBook {
  readonly byIndicator: readonly ReadonlyMap<number, readonly DatedEntry[]>[];
  readonly channels: ReadonlyMap<number, readonly DatedEntry[]>;
}

const cache = new WeakMap<readonly ObjectiveEntry[], { tree: OrgTree; plan: ScoringPlan; book: ObjectiveBook }>();

function push(map: Map<number, DatedEntry[]>, node: number, item: DatedEntry): void {
  const list = map.get(node);
  if (list) list.push(item);
  else map.set(node, [item]);
}

/** Indexes validated entries (entries of unknown units or indicators are ignored). Cached per entries array. */
export function indexObjective(entries: readonly ObjectiveEntry[], tree: OrgTree, plan: ScoringPlan): ObjectiveBook {
  const hit = cache.get(entries);
  if (hit && hit.tree === tree && hit.plan === plan) return hit.book;
  const position = new Map(plan.indicators.map((ind, i) => [ind.def.code, i]));
  const byIndicator = plan.indicators.map(() => new Map<number, DatedEntry[]>());
  const channels = new Map<number, DatedEntry[]>();
  for (const entry of entries) {
    const node = tree.indexOf.get(entry.unit);
    const period = parsePeriod(entry.period);
    if (node === undefined || !period) continue;
    if ("channels" in entry) push(channels, node, { period, entry });
    else {
      const i = position.get(entry.indicator);
      const map = i === undefined ? undefined : byIndicator[i];
      if (map) push(map, node, { period, entry });
    }
  }
  const book = { byIndicator, channels };
  cache.set(entries, { tree, plan, book });
  return book;
}
