// The pain-point thresholds as versioned data (methodology/pain-points/<id>.json), and their validation.

import { RefusingReader } from "../../json/shape-reader.js";
import { firstProblem, type Outcome } from "../../problems/outcome.js";

/** The settings file's format tag. */
export const PAIN_SETTINGS_FORMAT = "zvezda-pain-points-settings/1";

/** What a unit's indicator share is compared with. */
export type Benchmark = "region" | "peers" | "country" | "previous";

/** Every benchmark, in the order a tie between them is broken. */
export const BENCHMARKS: readonly Benchmark[] = ["region", "peers", "country", "previous"];

/** Every threshold of the pain-point search. */
export interface PainSettings {
  readonly format: typeof PAIN_SETTINGS_FORMAT;
  readonly id: string;
  readonly title: string;
  /** Benjamini–Hochberg false-discovery rate over all comparisons of one unit and view. */
  readonly falseDiscoveryRate: number;
  /** The least valid answers on each side of a comparison for it to be tested. */
  readonly minBase: number;
  /** The least gap (percentage points) worth naming, however certain. */
  readonly minGapPoints: number;
  /** Normal quantile of the reported intervals (1.96 for 95 %). */
  readonly confidenceZ: number;
  /** The benchmarks compared with, in the order ties are broken. */
  readonly benchmarks: readonly Benchmark[];
  /** Index points recoverable from which a pain point is to be fixed «сейчас» (below: «позже»). */
  readonly nowPoints: number;
  /** An objective part is not met when it lies at least `minGapPoints` percentage points under `target` (a share). */
  readonly objective: { readonly target: number; readonly minGapPoints: number };
  /** Periods shown in an indicator's trend. */
  readonly trendPeriods: number;
  /** An indicator is a pain point of the country when it is one in at least this share of regions. */
  readonly countryPainShare: number;
}

/** Validates parsed settings; refuses at the first problem with its path (`objective.target`). */
export function validatePainSettings(value: unknown): Outcome<PainSettings> {
  return firstProblem(() => {
    const r = new RefusingReader();
    const o = r.object(value, "");
    const format = r.required(o, "format", "");
    if (format !== PAIN_SETTINGS_FORMAT) r.fail({ code: "wrong_format", path: "format", expected: PAIN_SETTINGS_FORMAT, found: JSON.stringify(format) });
    for (const key of Object.keys(o)) {
      if (
        ![
          "format",
          "id",
          "title",
          "falseDiscoveryRate",
          "minBase",
          "minGapPoints",
          "confidenceZ",
          "benchmarks",
          "nowPoints",
          "objective",
          "trendPeriods",
          "countryPainShare",
        ].includes(key)
      ) {
        r.fail({ code: "unknown_key", path: key, key });
      }
    }
    const benchmarks = r.array(r.required(o, "benchmarks", ""), "benchmarks").map((b, i) => r.oneOf(b, `benchmarks[${i}]`, BENCHMARKS));
    if (benchmarks.length === 0) r.fail({ code: "out_of_range", path: "benchmarks", value: "[]", min: 1 });
    const seen = new Set<string>();
    benchmarks.forEach((b, i) => {
      if (seen.has(b)) r.fail({ code: "duplicate_value", path: `benchmarks[${i}]`, value: b });
      seen.add(b);
    });
    const objective = r.object(r.required(o, "objective", ""), "objective");
    return {
      format: PAIN_SETTINGS_FORMAT,
      id: r.string(r.required(o, "id", ""), "id"),
      title: r.string(r.required(o, "title", ""), "title"),
      falseDiscoveryRate: r.number(r.required(o, "falseDiscoveryRate", ""), "falseDiscoveryRate", { min: 0.001, max: 0.5 }),
      minBase: r.integer(r.required(o, "minBase", ""), "minBase", { min: 5 }),
      minGapPoints: r.number(r.required(o, "minGapPoints", ""), "minGapPoints", { min: 0, max: 100 }),
      confidenceZ: r.number(r.required(o, "confidenceZ", ""), "confidenceZ", { min: 1, max: 4 }),
      benchmarks,
      nowPoints: r.number(r.required(o, "nowPoints", ""), "nowPoints", { min: 0 }),
      objective: {
        target: r.number(r.required(objective, "target", "objective"), "objective.target", { min: 0.01, max: 1 }),
        minGapPoints: r.number(r.required(objective, "minGapPoints", "objective"), "objective.minGapPoints", { min: 0, max: 100 }),
      },
      trendPeriods: r.integer(r.required(o, "trendPeriods", ""), "trendPeriods", { min: 2, max: 24 }),
      countryPainShare: r.number(r.required(o, "countryPainShare", ""), "countryPainShare", { min: 0.01, max: 1 }),
    };
  });
}
