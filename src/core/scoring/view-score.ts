// Scores one view of one node: group scores, coverage, index, interval, status, stars (indicator details built on first read).

import type { View } from "../counters/counter-cell.js";
import { asPoints, asShare, toPercent, type Points } from "../measures/measures.js";
import type { ObjectiveValues } from "../objective/objective-values.js";
import type { IndicatorResult, ViewResult, ViewStatus } from "../result/result-types.js";
import { indicatorResults } from "./indicator-results.js";
import { evaluateIndicator, newEvaluation } from "./indicator-value.js";
import type { ScoringPlan } from "./scoring-plan.js";
import { starsFor } from "./stars.js";

/** A view's result plus the figures combining and ranking need. */
export interface ScoredView {
  readonly result: ViewResult;
  /** NaN when a group is missing. */
  readonly index: number;
  /** SE(I)², methodology §7. */
  readonly variance: number;
  /** Per group, NaN when missing. */
  readonly groupScores: readonly number[];
  readonly coverage: number;
}

/** The head of a view result. */
export interface ViewHead {
  readonly id: string | undefined;
  readonly view: ViewResult["view"];
  readonly n: number;
  readonly coverage: number;
}

// Scratch space reused across calls (the engine is synchronous): no allocation per indicator or group.
let points = new Float64Array(8),
  maxima = new Float64Array(8),
  spread = new Float64Array(8);
const evaluation = newEvaluation();

/**
 * Assembles a view result with its keys in the order of dataset.md (id, view, n, coverage, groups, indicators,
 * index, percent, ci, status, stars); `id` is left out for the country, `indicators` for combined views.
 * `indicators` is an enumerable getter computed on first read (then kept), so results nobody inspects in detail
 * cost no allocation per indicator; JSON serialisation, spreading and structuredClone read it like any other field.
 */
export function finishView(
  plan: ScoringPlan,
  head: ViewHead,
  groupScores: readonly number[],
  indicators: (() => Record<string, IndicatorResult>) | undefined,
  index: number,
  variance: number,
  status: ViewStatus,
): ScoredView {
  const m = plan.methodology;
  const groups: Record<string, Points> = {};
  for (let g = 0; g < plan.groups.length; g++) {
    const score = groupScores[g] as number;
    if (!Number.isNaN(score)) groups[(plan.groups[g] as { code: string }).code] = asPoints(score);
  }
  const coverage = asShare(head.coverage);
  // `indicators` is an enumerable getter built on first read and kept: object literals keep the key order.
  let details: Record<string, IndicatorResult> | undefined;
  const build = indicators;
  let result: Record<string, unknown>;
  if (Number.isNaN(index)) {
    result = build
      ? {
          id: head.id,
          view: head.view,
          n: head.n,
          coverage,
          groups,
          get indicators() {
            return (details ??= build());
          },
          status,
        }
      : { id: head.id, view: head.view, n: head.n, coverage, groups, status };
  } else {
    const half = m.sample.z * Math.sqrt(variance);
    const percent = toPercent(asPoints(index), m.total);
    const ci = [asPoints(Math.max(0, index - half)), asPoints(Math.min(m.total, index + half))];
    const stars = starsFor(percent, m);
    result = build
      ? {
          id: head.id,
          view: head.view,
          n: head.n,
          coverage,
          groups,
          get indicators() {
            return (details ??= build());
          },
          index,
          percent,
          ci,
          status,
          stars,
        }
      : { id: head.id, view: head.view, n: head.n, coverage, groups, index, percent, ci, status, stars };
  }
  if (head.id === undefined) delete result["id"];
  return { result: result as unknown as ViewResult, index, variance, groupScores, coverage: head.coverage };
}

/** Scores view `view` of node `node` from pooled counts and resolved objective values. */
export function scoreView(plan: ScoringPlan, counts: Float64Array, node: number, objective: ObjectiveValues, view: View, id: string | undefined): ScoredView {
  const m = plan.methodology;
  const base = node * plan.slotCount;
  const n = counts[base + plan.responseSlot] as number;
  const G = plan.groups.length;
  if (points.length < G) {
    points = new Float64Array(G);
    maxima = new Float64Array(G);
    spread = new Float64Array(G);
  }
  points.fill(0);
  maxima.fill(0);
  spread.fill(0);
  const e = evaluation;
  for (let i = 0; i < plan.indicators.length; i++) {
    if (!evaluateIndicator(plan, i, counts, base, objective.byIndicator[i] ?? null, node, e)) continue;
    const ind = plan.indicators[i] as { group: number; def: { max: number } };
    const max = ind.def.max;
    points[ind.group] = (points[ind.group] as number) + max * e.value;
    maxima[ind.group] = (maxima[ind.group] as number) + max;
    spread[ind.group] = (spread[ind.group] as number) + max * max * e.se * e.se;
  }
  const groupScores: number[] = new Array<number>(G);
  let covered = 0,
    index = 0,
    variance = 0,
    complete = true;
  for (let g = 0; g < G; g++) {
    const sumMax = maxima[g] as number;
    if (sumMax === 0) {
      groupScores[g] = NaN;
      complete = false;
      continue;
    }
    const groupMax = (plan.groups[g] as { max: number }).max;
    const score = (groupMax * (points[g] as number)) / sumMax;
    groupScores[g] = score;
    covered += groupMax;
    index += score;
    variance += (groupMax / sumMax) ** 2 * (spread[g] as number);
  }
  const status: ViewStatus = n === 0 ? "empty" : !complete ? "incomplete" : n < m.sample.minSample ? "insufficient" : "ok";
  const details = (): Record<string, IndicatorResult> => indicatorResults(plan, counts, node, objective);
  return finishView(plan, { id, view, n, coverage: covered / m.total }, groupScores, details, complete ? index : NaN, variance, status);
}
