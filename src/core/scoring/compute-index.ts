// Computes the result document of a period from counters, objective entries, the org tree and a methodology.

import { buildCounterStore } from "../counters/build-counter-store.js";
import type { CounterCell } from "../counters/counter-cell.js";
import { CounterStore, type CounterRows } from "../counters/counter-store.js";
import type { Dataset, DatasetUnit, ObjectiveEntry } from "../dataset/dataset-types.js";
import type { Methodology } from "../methodology/methodology-types.js";
import { indexObjective } from "../objective/objective-book.js";
import { objectiveValues } from "../objective/objective-values.js";
import { parsePeriod, periodMonths, type Period } from "../periods/period.js";
import { RESULT_FORMAT, type ResultDocument, type ViewResult } from "../result/result-types.js";
import { orgTreeOf } from "../tree/org-tree-cache.js";
import { combineViews } from "./combined-view.js";
import { tallyPeriod } from "./period-tallies.js";
import { assignRanks, type Rankable } from "./ranking.js";
import { scoringPlan } from "./scoring-plan.js";
import { scoreView } from "./view-score.js";

/** What a computation reads. Reading costs O(units × keys): responses enter only through their counters. */
export interface ComputeInput {
  readonly methodology: Methodology;
  /** The validated org tree (every unit gets entries in the result, in this order). */
  readonly units: readonly DatasetUnit[];
  readonly objective: readonly ObjectiveEntry[];
  /** A counter store, or counter cells (e.g. database rows) covering at least the months of the period. */
  readonly counters: CounterRows | Iterable<CounterCell>;
  readonly period: Period | string;
}

const isRows = (c: ComputeInput["counters"]): c is CounterRows => typeof (c as CounterRows).forEachRow === "function";

/** Computes every unit × view and the country for one period (dataset.md "Output"). */
export function computeIndex(input: ComputeInput): ResultDocument {
  const m = input.methodology;
  const period = typeof input.period === "string" ? parsePeriod(input.period) : input.period;
  if (!period) throw new Error(`period ${String(input.period)} does not parse`);
  const plan = scoringPlan(m);
  const tree = orgTreeOf(input.units, m);
  const rows = isRows(input.counters) ? input.counters : CounterStore.fromCells(input.counters);
  const objective = objectiveValues(plan, tree, indexObjective(input.objective, tree, plan), period);
  const tallies = tallyPeriod(plan, tree, rows, periodMonths(period), objective.responseChannels);
  const units: ViewResult[] = [];
  const rankables: Rankable[] = [];
  const scoreNode = (node: number, id: string | undefined): ViewResult[] => {
    const seeker = scoreView(plan, tallies.seeker, node, objective, "seeker", id);
    const employer = scoreView(plan, tallies.employer, node, objective, "employer", id);
    const combined = combineViews(plan, seeker, employer, id);
    if (id !== undefined) {
      const kind = tree.kinds[node] as string;
      for (const v of [seeker, employer, combined]) rankables.push({ league: `${kind}/${v.result.view}`, index: v.index, result: v.result });
    }
    return [seeker.result, employer.result, combined.result];
  };
  for (let u = 0; u < tree.size; u++) units.push(...scoreNode(u, tree.ids[u]));
  const country = scoreNode(tree.country, undefined);
  assignRanks(rankables, m.rounding.decimals);
  return { format: RESULT_FORMAT, period: period.label, methodology: m.id, units, country };
}

/** Computes straight from a validated dataset: builds the counters from its responses first (what reading would cost without pre-aggregation). */
export function computeFromDataset(dataset: Dataset, methodology: Methodology, period: Period | string): ResultDocument {
  const tree = orgTreeOf(dataset.units, methodology);
  const counters = buildCounterStore(dataset.responses, tree, methodology);
  return computeIndex({ methodology, units: dataset.units, objective: dataset.objective, counters, period });
}
