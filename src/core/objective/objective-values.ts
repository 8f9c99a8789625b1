// Objective parts of every indicator for every node, and the channel sets responses are matched against, for a period.

import type { Period } from "../periods/period.js";
import type { ScoringPlan } from "../scoring/scoring-plan.js";
import type { OrgTree } from "../tree/org-tree.js";
import { applyingEntries } from "./applying-entries.js";
import type { ObjectiveBook } from "./objective-book.js";
import { channelCount, ownChannelSet, ownObjectiveValue } from "./own-values.js";
import { nearestChannelSets, resolveOverTree } from "./tree-resolution.js";

/** Per plan indicator, the objective value of each node (NaN = missing), or null when it has no objective part. */
export interface ObjectiveValues {
  readonly byIndicator: readonly (Float64Array | null)[];
  /** The channel set (bit mask) each unit's responses are matched against for М5, -1 when unknown. */
  readonly responseChannels: Int32Array;
}

/** Computes the objective side of a period. */
export function objectiveValues(plan: ScoringPlan, tree: OrgTree, book: ObjectiveBook, period: Period): ObjectiveValues {
  const nodes = tree.size + 1;
  const ownSets = new Int32Array(nodes).fill(-1);
  for (const [node, entries] of book.channels) ownSets[node] = ownChannelSet(applyingEntries(entries, period, plan.channelRule), plan.channelBits);
  const byIndicator = plan.indicators.map((ind, i) => {
    const source = ind.def.objective;
    if (!source) return null;
    const own = new Float64Array(nodes).fill(NaN);
    if (source.kind === "channelCoverage") {
      for (let u = 0; u < nodes; u++) {
        const set = ownSets[u] as number;
        if (set >= 0) own[u] = Math.min(1, channelCount(set) / source.fullAt);
      }
    } else {
      for (const [node, entries] of book.byIndicator[i] ?? [])
        own[node] = ownObjectiveValue(source, applyingEntries(entries, period, source.periodRule), period);
    }
    return resolveOverTree(own, tree, ind.def.inherits);
  });
  return { byIndicator, responseChannels: nearestChannelSets(ownSets, tree) };
}
