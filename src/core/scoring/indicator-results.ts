// Builds the `indicators` object of a view result: value, points, survey counts with Wilson interval, objective part.

import { asPoints, asShare } from "../measures/measures.js";
import type { ObjectiveValues } from "../objective/objective-values.js";
import type { IndicatorResult } from "../result/result-types.js";
import { evaluateIndicator, newEvaluation } from "./indicator-value.js";
import type { ScoringPlan } from "./scoring-plan.js";
import { wilsonInterval } from "./wilson.js";

/** The present indicators of a node's view, in methodology order. */
export function indicatorResults(plan: ScoringPlan, counts: Float64Array, node: number, objective: ObjectiveValues): Record<string, IndicatorResult> {
  const z = plan.methodology.sample.z;
  const base = node * plan.slotCount;
  const e = newEvaluation();
  const out: Record<string, IndicatorResult> = {};
  for (let i = 0; i < plan.indicators.length; i++) {
    if (!evaluateIndicator(plan, i, counts, base, objective.byIndicator[i] ?? null, node, e)) continue;
    const { def } = plan.indicators[i] as { def: { code: string; max: number } };
    const value = asShare(e.value),
      points = asPoints(def.max * e.value);
    if (e.valid > 0) {
      const survey = { positive: e.positive, valid: e.valid, ci: wilsonInterval(e.positive, e.valid, z) };
      out[def.code] = Number.isNaN(e.objective) ? { value, points, survey } : { value, points, survey, objective: asShare(e.objective) };
    } else {
      out[def.code] = { value, points, objective: asShare(e.objective) };
    }
  }
  return out;
}
