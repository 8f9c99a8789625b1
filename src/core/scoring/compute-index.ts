// Computes the result document of a period from counters, objective entries, the org tree and a methodology.

import { buildCounterStore } from "../counters/build-counter-store.js";
import type { CounterCell } from "../counters/counter-cell.js";
import type { CounterRows, PeriodCell } from "../counters/counter-rows.js";
import { CounterStore } from "../counters/counter-store.js";
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

/**
 * What a computation reads. Reading costs O(units × keys): responses enter only through their counters.
 * `units` and `objective` are treated as immutable: the tree and the entry index derived from them are cached
 * per array, so pass new arrays when they change.
 */
export interface ComputeInput {
  readonly methodology: Methodology;
  /** The validated org tree (every unit gets entries in the result, in this order). */
  readonly units: readonly DatasetUnit[];
  readonly objective: readonly ObjectiveEntry[];
  /**
   * A counter store, or counter cells (e.g. database rows) covering at least the months of the period; cells of
   * other months are ignored. Cells without `month` (a `PeriodCell`, e.g. `SUM(count) … GROUP BY unit, view, key,
   * value` over the period's months) count as already summed over the period.
   */
  readonly counters: CounterRows | Iterable<CounterCell | PeriodCell>;
  readonly period: Period | string;
}

const isRows = (c: ComputeInput["counters"]): c is CounterRows => typeof (c as CounterRows).forEachRow === "function";

/** A store of cells; period-summed cells (no month) go under the period's first month. */
function storeOf(cells: Iterable<CounterCell | PeriodCell>, firstMonth: string): CounterStore {
  const store = new CounterStore();
  for (const cell of cells) store.addIn("month" in cell && typeof cell.month === "string" ? cell.month : firstMonth, cell);
  return store;
}

/** Computes every unit × view and the country for one period (dataset.md "Output"). */
export function computeIndex(input: ComputeInput): ResultDocument {
  const m = input.methodology;
  const period = typeof input.period === "string" ? parsePeriod(input.period) : input.period;
  if (!period) throw new Error(`period ${String(input.period)} does not parse`);
  const plan = scoringPlan(m);
  const tree = orgTreeOf(input.units, m);
  const months = periodMonths(period);
  const rows = isRows(input.counters) ? input.counters : storeOf(input.counters, months[0] as string);
  const objective = objectiveValues(plan, tree, indexObjective(input.objective, tree, plan), period);
  const tallies = tallyPeriod(plan, tree, rows, months, objective.responseChannels);
  const units: ViewResult[] = [];
  const country: ViewResult[] = [];
  const rankables: Rankable[] = [];
  const leagues = new Map<string, readonly [string, string, string]>();
  const scoreNode = (node: number, id: string | undefined, out: ViewResult[]): void => {
    const seeker = scoreView(plan, tallies.seeker, node, objective, "seeker", id);
    const employer = scoreView(plan, tallies.employer, node, objective, "employer", id);
    const combined = combineViews(plan, seeker, employer, id);
    out.push(seeker.result, employer.result, combined.result);
    if (id === undefined) return;
    const kind = tree.kinds[node] as string;
    let league = leagues.get(kind);
    if (!league) leagues.set(kind, (league = [`${kind}/seeker`, `${kind}/employer`, `${kind}/combined`]));
    rankables.push(
      { league: league[0], index: seeker.index, result: seeker.result },
      { league: league[1], index: employer.index, result: employer.result },
      { league: league[2], index: combined.index, result: combined.result },
    );
  };
  for (let u = 0; u < tree.size; u++) scoreNode(u, tree.ids[u], units);
  scoreNode(tree.country, undefined, country);
  assignRanks(rankables, m.rounding.decimals);
  return { format: RESULT_FORMAT, period: period.label, methodology: m.id, units, country };
}

/** Computes straight from a validated dataset: builds the counters from its responses first (what reading would cost without pre-aggregation). */
export function computeFromDataset(dataset: Dataset, methodology: Methodology, period: Period | string): ResultDocument {
  const tree = orgTreeOf(dataset.units, methodology);
  const counters = buildCounterStore(dataset.responses, tree, methodology);
  return computeIndex({ methodology, units: dataset.units, objective: dataset.objective, counters, period });
}
