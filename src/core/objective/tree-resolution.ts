// The objective part over the tree: own value, else the mean of the children's, else (if inherited) an ancestor's own.

import type { OrgTree } from "../tree/org-tree.js";

/**
 * Resolves own values (NaN = none) for every node (methodology §4 "Over the tree"):
 * 1. own(u); 2. the plain mean over children of own(child), or down(child) where it has no own value;
 * 3. only when `inherits`: own of the nearest ancestor that has one.
 */
export function resolveOverTree(own: Float64Array, tree: OrgTree, inherits: boolean): Float64Array {
  const nodes = tree.size + 1;
  const value = new Float64Array(nodes).fill(NaN);
  const sum = new Float64Array(nodes),
    count = new Int32Array(nodes);
  for (let k = tree.order.length - 1; k >= 0; k--) {
    const u = tree.order[k] as number;
    const o = own[u] as number;
    const t = !Number.isNaN(o) ? o : (count[u] as number) > 0 ? (sum[u] as number) / (count[u] as number) : NaN;
    value[u] = t;
    const p = tree.parent[u] as number;
    if (p < 0 || Number.isNaN(t)) continue;
    sum[p] = (sum[p] as number) + t;
    count[p] = (count[p] as number) + 1;
  }
  if (!inherits) return value;
  const inherited = new Float64Array(nodes).fill(NaN);
  for (let k = 1; k < tree.order.length; k++) {
    const u = tree.order[k] as number;
    const p = tree.parent[u] as number;
    inherited[u] = !Number.isNaN(own[p] as number) ? (own[p] as number) : (inherited[p] as number);
    if (Number.isNaN(value[u] as number)) value[u] = inherited[u] as number;
  }
  return value;
}

/** Each unit's own channel set, else its nearest ancestor's (never a mean); -1 when none is known. */
export function nearestChannelSets(ownSets: Int32Array, tree: OrgTree): Int32Array {
  const out = new Int32Array(tree.size + 1).fill(-1);
  for (let k = 0; k < tree.order.length; k++) {
    const u = tree.order[k] as number;
    const p = tree.parent[u] as number;
    out[u] = (ownSets[u] as number) >= 0 ? (ownSets[u] as number) : p >= 0 ? (out[p] as number) : -1;
  }
  return out;
}
