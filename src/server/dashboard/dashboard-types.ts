// The response shapes of the dashboard API (/api/dashboard/*), shared with the admin app
// (src/web imports these types only). Numbers are unrounded; screens round to 2 decimals.
import type { ViewName, ViewStatus } from "../../core/result/result-types.js";
import type { CounterBasis } from "../../db/quality-counter-bases.js";

export type { ViewName, ViewStatus, CounterBasis };
export type UnitKind = "region" | "managing" | "territorial";
export type NetworkType = "centralized" | "decentralized";
/** The country is addressed as the pseudo-unit "country" in dashboard URLs. */
export const countryId = "country";

/** A unit as screens name it. */
export interface UnitRef {
  id: string;
  kind: UnitKind | "country";
  name: string;
}

/** GET /api/dashboard/context: what the signed-in user may look at, and the periods with data. */
export interface DashboardContext {
  /** The user's entry point: "country" for federal roles, else the scope unit. */
  home: UnitRef;
  /** Periods that have responses, newest first, in every granularity: 2026-Q3, 2026-H1, 2026, 2026-09, … */
  periods: string[];
  /**
   * The period screens open with: the newest quarter in which the home has an index (status ok; combined
   * view first), else the newest quarter with data (or the current one).
   */
  defaultPeriod: string;
  /** The newest quarter with any data: newer than `defaultPeriod` when the home has no index for it yet. */
  latestPeriod: string;
  /** Whether the home has an index for `defaultPeriod` in some view. */
  homeHasResult: boolean;
  methodology: { id: string; title: string };
  /** Group codes (Д, П, М, А, К) with their names and maxima M_g, in methodology order. */
  groups: { code: string; name: string; short: string; max: number }[];
  /** The 20 indicators with their names, group and maximum m_i, in methodology order. */
  indicators: { code: string; name: string; group: string; max: number }[];
}

/** The figures of one unit (or the country) for one period and view. */
export interface Figures {
  n: number;
  status: ViewStatus;
  coverage: number;
  index?: number;
  percent?: number;
  ci?: [number, number];
  stars?: number;
  /** Group scores (points) of the present groups. */
  groups: Record<string, number>;
  /** Present groups as percent of M_g: the rays of the star. */
  star: Record<string, number>;
  rank?: number;
  rankOf?: number;
}

/** Why a unit stands apart from a rating, in Russian: «мало ответов (12 из 30)», «нет данных по группе М». */
export interface RatingRow extends UnitRef {
  network?: NetworkType;
  figures: Figures;
  /** Rank within the listed rows (after the network filter), only for `ok` rows. */
  rankInList?: number;
  /** Index change against the previous period of the same length, when both exist. */
  change?: number;
  /** Whether `change` is beyond the 95 % margin of the difference (see isChangeSignificant); absent without intervals. */
  changeSignificant?: boolean;
  /** Units below this row, for drill-down (false for territorial centres). */
  hasChildren: boolean;
  /** With columns=indicators in one view: each present indicator's value in percent. */
  indicators?: Record<string, number>;
  /** For rows that are not `ok`. */
  reason?: string;
}

/**
 * GET /api/dashboard/rating?unit=ID|country&period=P&view=V[&kind=K][&network=N][&basis=B]
 * The units of `kind` inside `unit` (default: its children — regions for the country,
 * managing or territorial centres for a region), ranked; rows not `ok` listed apart.
 */
export interface RatingResponse {
  unit: UnitRef;
  period: string;
  previousPeriod: string;
  /** Which responses the figures count: published (without excluded), raw (all) or confirmed_pending. */
  basis: CounterBasis;
  view: ViewName;
  kind: UnitKind;
  /** `ok` rows, best first. */
  rows: RatingRow[];
  /** Rows that are insufficient, incomplete or empty, with the reason. */
  apart: RatingRow[];
  /** When no row is ranked: where a rating exists instead. */
  alternatives?: RatingAlternatives;
  /** Responses a unit needs in each view for an index (the methodology's minimum sample). */
  minSample?: number;
  /** The rating of the user's own region seen by a centre's manager: figures only, rows do not open. */
  peer?: true;
  /** The national rating narrowed to one region's rows (ranks stay national). */
  region?: UnitRef;
}

/** Other views of the same period, and earlier periods (newest first) of the same view, whose rating ranks someone. */
export interface RatingAlternatives {
  views: ViewName[];
  periods: string[];
}

/** One indicator row of a unit page. */
export interface IndicatorRow {
  code: string;
  name: string;
  group: string;
  max: number;
  value?: number;
  points?: number;
  survey?: { positive: number; valid: number; share: number; ci: [number, number] };
  objective?: number;
  /** The country's value of this indicator, for comparison. */
  country?: number;
}

/**
 * GET /api/dashboard/unit/:id?period=P&view=V[&basis=B]  (id may be "country")
 * A unit's page: breadcrumbs, its figures, the country's star for the overlay, the indicators
 * (seeker or employer view; for combined, the indicators of both views are in `byView`).
 */
export interface UnitPage {
  unit: UnitRef & { network?: NetworkType; parentId?: string | null; closed: boolean };
  /** From the user's home down to the unit's parent. */
  breadcrumbs: UnitRef[];
  period: string;
  previousPeriod: string;
  basis: CounterBasis;
  view: ViewName;
  figures: Figures;
  previous?: Figures;
  /** Whether the index change against `previous` is beyond the 95 % margin of the difference; absent without both intervals. */
  changeSignificant?: boolean;
  country: Figures;
  /** The region of a centre, with its figures for the star's second line (absent on regions and the country). */
  region?: UnitRef & { figures: Figures };
  indicators: IndicatorRow[];
  /** Children for drill-down (the rating of the children lives at /rating). */
  children: (UnitRef & { hasChildren: boolean })[];
  /** A ranked centre's place among the centres of its kind in its region and in the country (published figures). */
  ranks?: UnitRanks;
  /** Published responses of the figure whose flags await a review decision (absent when none). */
  underReview?: UnderReview;
  /** Survey links of a centre (territorial or managing), for its QR codes and poster. */
  survey?: { seekerUrl: string; employerUrl: string; qrSvgUrl: { seeker: string; employer: string }; posterUrl: string };
}

/** Places in ratings: «3 из 12» in the region, «140 из 2 310» in the country. */
export interface UnitRanks {
  region: { rank: number; of: number; name: string };
  country: { rank: number; of: number };
}

/** Responses counted in a figure that await a review decision: how many, and their share of the figure's n. */
export interface UnderReview {
  count: number;
  share: number;
}

/** GET /api/dashboard/unit/:id/trend?view=V&granularity=quarter|month|half|year&count=8[&basis=B] */
export interface TrendResponse {
  unit: UnitRef;
  view: ViewName;
  basis: CounterBasis;
  /** What `value` and `countryValue` hold: the index (points of `max`), a group or an indicator (percent, max 100). */
  measure: TrendMeasure;
  /** Oldest first; a period without a value is a gap (no `value`), never a zero. */
  points: { period: string; n: number; status: ViewStatus; index?: number; percent?: number; ci?: [number, number]; country?: number; value?: number; countryValue?: number }[];
}

/** The measure a trend follows. */
export interface TrendMeasure {
  kind: "index" | "group" | "indicator";
  code: string;
  name: string;
  /** The top of the scale: 50 for the index (points), 100 for groups and indicators (percent). */
  max: number;
}

/** GET /api/dashboard/unit/:id/comments?period=P[&view=seeker|employer][&limit=50][&before=ISO] — newest first, within the subtree. */
export interface CommentsResponse {
  comments: {
    responseId: string;
    submittedAt: string;
    unit: UnitRef;
    respondent: "seeker" | "employer";
    /** The question key (q9, suggestions, …) and its text from the form. */
    question: string;
    questionText: string;
    /** The answer given to that question, when it has one (e.g. 4 on a 0–10 scale). */
    answer?: string | number;
    text: string;
  }[];
  /** Pass as `before` to get the next page; absent at the end. */
  nextBefore?: string;
}
