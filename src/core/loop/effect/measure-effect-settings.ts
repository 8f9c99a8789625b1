// The thresholds of a measure's effect as versioned data (methodology/measure-effect/<id>.json), and their validation.

import { RefusingReader } from "../../json/shape-reader.js";
import { firstProblem, type Outcome } from "../../problems/outcome.js";

/** The settings file's format tag. */
export const MEASURE_EFFECT_SETTINGS_FORMAT = "zvezda-measure-effect-settings/1";

/** How an effect is measured and when it counts as confirmed. */
export interface MeasureEffectSettings {
  readonly format: typeof MEASURE_EFFECT_SETTINGS_FORMAT;
  readonly id: string;
  readonly title: string;
  /** Months of the window before the start and of the window after the end. */
  readonly windowMonths: number;
  /** Valid answers the unit needs in each window. */
  readonly minBase: number;
  /** Valid answers the comparison group needs in each window. */
  readonly minComparisonBase: number;
  /** Confidence level of the intervals (0.8 … 0.999). */
  readonly confidence: number;
  /** The lower bound of the difference-in-differences must exceed this (share, 0 = any improvement). */
  readonly minEffect: number;
}

/** The two-sided normal quantile for `confidence` (Acklam's rational approximation of the inverse normal). */
export function normalQuantileTwoSided(confidence: number): number {
  const p = 1 - (1 - confidence) / 2;
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  if (p > 0.97575) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return -(((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  const q = p - 0.5,
    r = q * q;
  return (
    ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
  );
}

/** Validates parsed settings; refuses at the first problem with its path (`minBase`). */
export function validateMeasureEffectSettings(value: unknown): Outcome<MeasureEffectSettings> {
  return firstProblem(() => {
    const r = new RefusingReader();
    const o = r.object(value, "");
    const format = r.required(o, "format", "");
    if (format !== MEASURE_EFFECT_SETTINGS_FORMAT)
      r.fail({ code: "wrong_format", path: "format", expected: MEASURE_EFFECT_SETTINGS_FORMAT, found: JSON.stringify(format) });
    const int = (key: string, min: number, max: number) => r.integer(r.required(o, key, ""), key, { min, max });
    const num = (key: string, min: number, max: number) => r.number(r.required(o, key, ""), key, { min, max });
    return {
      format: MEASURE_EFFECT_SETTINGS_FORMAT,
      id: r.string(r.required(o, "id", ""), "id"),
      title: r.string(r.required(o, "title", ""), "title"),
      windowMonths: int("windowMonths", 1, 12),
      minBase: int("minBase", 1, 100_000),
      minComparisonBase: int("minComparisonBase", 1, 1_000_000),
      confidence: num("confidence", 0.8, 0.999),
      minEffect: num("minEffect", 0, 0.5),
    };
  });
}
