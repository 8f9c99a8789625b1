// What the pain-point search reads and returns: units of the tree, comparisons, pain points per unit and view.

import type { View } from "../../counters/counter-cell.js";
import type { Network, UnitKind } from "../../dataset/dataset-types.js";
import type { ViewName } from "../../result/result-types.js";
import type { IndicatorQuestion } from "./indicator-questions.js";
import type { Benchmark } from "./pain-settings.js";

/** A unit of the org tree as the search needs it (the network is read from the unit's region). */
export interface PainUnit {
  readonly id: string;
  readonly kind: UnitKind;
  readonly parent: string | null;
  readonly network?: Network | null;
}

/** One tested comparison of an indicator's survey share with a benchmark. */
export interface PainComparison {
  readonly benchmark: Benchmark;
  /** The unit's share and base. */
  readonly share: number;
  readonly valid: number;
  /** The benchmark's share and base (the unit's own answers left out). */
  readonly benchmarkShare: number;
  readonly benchmarkValid: number;
  /** share − benchmarkShare (a share, −1..1) and its interval. */
  readonly gap: number;
  readonly interval: readonly [number, number];
  /** One-sided p-value of «the unit is lower». */
  readonly pValue: number;
  /** A discovery after false-discovery control over every comparison of the unit and view. */
  readonly significant: boolean;
  /** Index points recoverable if the unit reached the benchmark (0 when it is not below). */
  readonly points: number;
}

/** «сейчас» or «позже». */
export type PainPriority = "now" | "later";

/** The direction of the indicator against the unit's previous period. */
export type PainTrend = "up" | "down" | "flat" | "unknown";

/** A gap that is statistically real (a survey part) or an objective part that is not met. */
export interface PainPoint {
  readonly indicator: string;
  readonly name: string;
  readonly group: string;
  readonly view: View;
  readonly part: "survey" | "objective";
  /** The unit's share (survey) or objective value (0..1). */
  readonly share: number;
  /** What it falls short of: a benchmark, or the objective target. */
  readonly benchmark: Benchmark | "target";
  readonly benchmarkShare: number;
  /** share − benchmarkShare and its 95 % interval (an objective part is exact: the interval is the gap). */
  readonly gap: number;
  readonly interval: readonly [number, number];
  /** Index points of the asked view recoverable at the benchmark: the priority. */
  readonly points: number;
  readonly priority: PainPriority;
  readonly trend: PainTrend;
  /** Every comparison tested for this indicator and view (survey parts). */
  readonly comparisons: readonly PainComparison[];
  readonly questions: readonly IndicatorQuestion[];
  /** The plain-Russian sentence. */
  readonly sentence: string;
}

/** The pain points of one unit, period and view, most points first. */
export interface UnitPainPoints {
  readonly unit: string;
  readonly view: ViewName;
  readonly period: string;
  readonly settings: string;
  /** Comparisons tested (the false-discovery family size, summed over views for combined). */
  readonly tested: number;
  readonly painPoints: readonly PainPoint[];
}
