// One org tree per units array and default zone, so repeated computations do not rebuild it.

import type { DatasetUnit } from "../dataset/dataset-types.js";
import type { Methodology } from "../methodology/methodology-types.js";
import { buildOrgTree, type OrgTree } from "./org-tree.js";

const cache = new WeakMap<readonly DatasetUnit[], Map<string, OrgTree>>();

/** The tree of `units` with the methodology's default zone (cached per array: do not mutate it afterwards). */
export function orgTreeOf(units: readonly DatasetUnit[], methodology: Methodology): OrgTree {
  let byZone = cache.get(units);
  if (!byZone) cache.set(units, (byZone = new Map()));
  let tree = byZone.get(methodology.defaultTimezone);
  if (!tree) byZone.set(methodology.defaultTimezone, (tree = buildOrgTree(units, methodology.defaultTimezone)));
  return tree;
}
