// Folds raw responses into a counter store, each in the local month of its region's zone.

import type { SurveyResponse } from "../dataset/dataset-types.js";
import type { Methodology } from "../methodology/methodology-types.js";
import type { OrgTree } from "../tree/org-tree.js";
import { CounterStore } from "./counter-store.js";

/** A store counting every non-excluded response (responses of units outside the tree throw). */
export function buildCounterStore(responses: Iterable<SurveyResponse>, tree: OrgTree, methodology: Methodology): CounterStore {
  const store = new CounterStore();
  for (const response of responses) {
    const unit = tree.indexOf.get(response.unit);
    if (unit === undefined) throw new Error(`response ${response.id}: unknown unit ${response.unit}`);
    store.addResponse(response, tree.timezones[unit] as string, methodology);
  }
  return store;
}
