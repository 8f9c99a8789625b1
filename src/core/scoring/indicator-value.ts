// The value of one indicator for one node and view: survey share, objective part, their weighted mix, its standard error.

import type { ScoringPlan } from "./scoring-plan.js";

/** Scratch record filled by {@link evaluateIndicator} (reused to avoid an allocation per indicator). */
export interface IndicatorEvaluation {
  positive: number;
  /** The survey part's denominator; 0 when there is no survey part. */
  valid: number;
  /** The objective part, NaN when missing. */
  objective: number;
  /** s = w·p + (1−w)·c, or the part that exists. */
  value: number;
  /** SE(s): SE(p) times the survey part's weight in s (methodology §7). */
  se: number;
}

/** A fresh scratch record. */
export const newEvaluation = (): IndicatorEvaluation => ({ positive: 0, valid: 0, objective: NaN, value: NaN, se: 0 });

/**
 * Evaluates indicator `i` at `node` from pooled counts (`base` = node × slot count) and its objective values;
 * returns false when the indicator is missing (no survey answers and no objective part).
 */
export function evaluateIndicator(
  plan: ScoringPlan,
  i: number,
  counts: Float64Array,
  base: number,
  objective: Float64Array | null,
  node: number,
  out: IndicatorEvaluation,
): boolean {
  const ind = plan.indicators[i];
  if (!ind) return false;
  const valid = ind.validSlot >= 0 ? (counts[base + ind.validSlot] as number) : 0;
  const c = objective ? (objective[node] as number) : NaN;
  const hasObjective = !Number.isNaN(c);
  out.valid = valid;
  out.objective = c;
  if (valid > 0) {
    const positive = counts[base + ind.positiveSlot] as number;
    const p = positive / valid;
    const w = ind.def.surveyWeight;
    out.positive = positive;
    out.value = hasObjective ? w * p + (1 - w) * c : p;
    out.se = Math.sqrt((p * (1 - p)) / valid) * (hasObjective ? w : 1);
    return true;
  }
  out.positive = 0;
  out.value = c;
  out.se = 0;
  return hasObjective;
}
