// Scores one view of one node: indicator values and points, group scores, coverage, index, interval, status, stars.

import type { View } from "../counters/counter-cell.js";
import { asPoints, asShare, toPercent, type Points } from "../measures/measures.js";
import type { ObjectiveValues } from "../objective/objective-values.js";
import type { IndicatorResult, ViewResult, ViewStatus } from "../result/result-types.js";
import type { ScoringPlan } from "./scoring-plan.js";
import { starsFor } from "./stars.js";
import { wilsonInterval } from "./wilson.js";

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
export interface ViewHead { readonly id: string | undefined; readonly view: ViewResult["view"]; readonly n: number; readonly coverage: number }

// Scratch space reused across calls (the engine is synchronous): avoids three typed arrays per view.
let points = new Float64Array(8), maxima = new Float64Array(8), spread = new Float64Array(8);

/**
 * Assembles a view result with its keys in the order of dataset.md (id, view, n, coverage, groups, indicators,
 * index, percent, ci, status, stars); `id` is left out for the country and `indicators` for combined views.
 */
export function finishView(
  plan: ScoringPlan, head: ViewHead, groupScores: readonly number[], indicators: Record<string, IndicatorResult> | undefined,
  index: number, variance: number, status: ViewStatus,
): ScoredView {
  const m = plan.methodology;
  const groups: Record<string, Points> = {};
  for (let g = 0; g < plan.groups.length; g++) {
    const score = groupScores[g] as number;
    if (!Number.isNaN(score)) groups[(plan.groups[g] as { code: string }).code] = asPoints(score);
  }
  const coverage = asShare(head.coverage);
  let result: Record<string, unknown>;
  if (Number.isNaN(index)) {
    result = indicators
      ? { id: head.id, view: head.view, n: head.n, coverage, groups, indicators, status }
      : { id: head.id, view: head.view, n: head.n, coverage, groups, status };
  } else {
    const half = m.sample.z * Math.sqrt(variance);
    const percent = toPercent(asPoints(index), m.total);
    const ci = [asPoints(Math.max(0, index - half)), asPoints(Math.min(m.total, index + half))];
    const stars = starsFor(percent, m);
    result = indicators
      ? { id: head.id, view: head.view, n: head.n, coverage, groups, indicators, index, percent, ci, status, stars }
      : { id: head.id, view: head.view, n: head.n, coverage, groups, index, percent, ci, status, stars };
  }
  if (head.id === undefined) delete result["id"];
  return { result: result as unknown as ViewResult, index, variance, groupScores, coverage: head.coverage };
}

/** Scores view `view` of node `node` from pooled counts and resolved objective values. */
export function scoreView(plan: ScoringPlan, counts: Float64Array, node: number, objective: ObjectiveValues, view: View, id: string | undefined): ScoredView {
  const m = plan.methodology;
  const z = m.sample.z;
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
  const indicators: Record<string, IndicatorResult> = {};
  for (let i = 0; i < plan.indicators.length; i++) {
    const ind = plan.indicators[i]!;
    const valid = ind.validSlot >= 0 ? (counts[base + ind.validSlot] as number) : 0;
    const c = objective.byIndicator[i]?.[node] ?? NaN;
    const hasObjective = !Number.isNaN(c);
    if (valid === 0 && !hasObjective) continue;
    const max = ind.def.max;
    let value: number, se = 0;
    if (valid > 0) {
      const positive = counts[base + ind.positiveSlot] as number;
      const p = positive / valid;
      const w = ind.def.surveyWeight;
      value = hasObjective ? w * p + (1 - w) * c : p;
      se = Math.sqrt((p * (1 - p)) / valid) * (hasObjective ? w : 1);
      const survey = { positive, valid, ci: wilsonInterval(positive, valid, z) };
      indicators[ind.def.code] = hasObjective
        ? { value: asShare(value), points: asPoints(max * value), survey, objective: asShare(c) }
        : { value: asShare(value), points: asPoints(max * value), survey };
    } else {
      value = c;
      indicators[ind.def.code] = { value: asShare(value), points: asPoints(max * value), objective: asShare(c) };
    }
    points[ind.group] = (points[ind.group] as number) + max * value;
    maxima[ind.group] = (maxima[ind.group] as number) + max;
    spread[ind.group] = (spread[ind.group] as number) + max * max * se * se;
  }
  const groupScores: number[] = new Array<number>(G);
  let covered = 0, index = 0, variance = 0, complete = true;
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
  return finishView(plan, { id, view, n, coverage: covered / m.total }, groupScores, indicators, complete ? index : NaN, variance, status);
}
