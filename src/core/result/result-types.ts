// The result format of `compute` (dataset.md, "Output").

import type { View } from "../counters/counter-cell.js";
import type { Percent, Points, Share } from "../measures/measures.js";

/** The two views and their combination. */
export type ViewName = View | "combined";

/** `empty` (no responses), `incomplete` (a group missing), `insufficient` (n below the minimum), `ok` (ranked). */
export type ViewStatus = "ok" | "insufficient" | "incomplete" | "empty";

/** A survey part: counts and the 95 % Wilson interval (not clipped). */
export interface SurveyPartResult {
  readonly positive: number;
  readonly valid: number;
  readonly ci: readonly [Share, Share];
}

/** A present indicator. */
export interface IndicatorResult {
  readonly value: Share;
  readonly points: Points;
  readonly survey?: SurveyPartResult;
  readonly objective?: Share;
}

/** One view of one unit (with `id`) or of the country (without). */
export interface ViewResult {
  readonly id?: string;
  readonly view: ViewName;
  readonly n: number;
  readonly coverage: Share;
  /** The present groups, in methodology order. */
  readonly groups: Readonly<Record<string, Points>>;
  /** The present indicators (absent on combined entries). */
  readonly indicators?: Readonly<Record<string, IndicatorResult>>;
  readonly index?: Points;
  readonly percent?: Percent;
  readonly ci?: readonly [Points, Points];
  readonly status: ViewStatus;
  readonly stars?: number;
  readonly rankOf?: number;
  readonly rank?: number;
}

/** The whole result of one computation. */
export interface ResultDocument {
  readonly format: "zvezda-result/1";
  readonly period: string;
  readonly methodology: string;
  /** Every unit (input order) × seeker, employer, combined. */
  readonly units: readonly ViewResult[];
  /** The country: seeker, employer, combined; never ranked. */
  readonly country: readonly ViewResult[];
}

/** The result's format tag. */
export const RESULT_FORMAT = "zvezda-result/1";
