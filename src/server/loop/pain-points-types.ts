// The JSON the pain-point routes answer with (the web app imports these types).
import type { UnitRef } from "../dashboard/dashboard-types.js";

export type PainView = "seeker" | "employer" | "combined";
export type PainBenchmark = "region" | "peers" | "country" | "previous" | "target";

/** One comparison of an indicator's share with a benchmark. */
export interface PainComparisonItem {
  benchmark: PainBenchmark;
  benchmarkName: string;
  /** Shares 0..1 and bases. */
  share: number;
  valid: number;
  benchmarkShare: number;
  benchmarkValid: number;
  /** share − benchmarkShare (0..1 scale) and its 95 % interval. */
  gap: number;
  interval: [number, number];
  pValue: number;
  /** A discovery after false-discovery control. */
  significant: boolean;
  points: number;
}

/** A pain point as screens show it. */
export interface PainPointItem {
  indicator: string;
  name: string;
  group: string;
  view: "seeker" | "employer";
  part: "survey" | "objective";
  share: number;
  benchmark: PainBenchmark;
  benchmarkName: string;
  benchmarkShare: number;
  gap: number;
  interval: [number, number];
  /** Index points recoverable at the benchmark. */
  points: number;
  priority: "now" | "later";
  priorityLabel: string;
  trend: "up" | "down" | "flat" | "unknown";
  trendLabel: string;
  sentence: string;
  comparisons: PainComparisonItem[];
  questions: { key: string; number: number; text: string; noteKey?: string }[];
}

/** GET /api/loop/pain-points. */
export interface PainPointsResponse {
  unit: UnitRef;
  period: string;
  previousPeriod: string;
  view: PainView;
  /** The settings version. */
  settings: string;
  falseDiscoveryRate: number;
  /** Comparisons tested. */
  tested: number;
  painPoints: PainPointItem[];
}

/** GET /api/loop/pain-points/:indicator/evidence. */
export interface PainEvidenceResponse {
  unit: UnitRef;
  period: string;
  view: PainView;
  indicator: { code: string; name: string; title: string };
  /** The answers to the indicator's questions in the period, per form. */
  distributions: {
    view: "seeker" | "employer";
    key: string;
    number: number;
    text: string;
    total: number;
    options: { value: string; label: string; count: number; share: number; positive: boolean }[];
  }[];
  /** The indicator's survey share over the last periods, with the region's (for a unit below a region). */
  trend: { period: string; view: "seeker" | "employer"; valid: number; share?: number; ci?: [number, number]; region?: number }[];
  /** Respondents' notes on the indicator's questions, newest first. */
  notes: { responseId: string; submittedAt: string; unit: UnitRef; respondent: "seeker" | "employer"; question: string; questionText: string; answer?: string | number; text: string }[];
}

/** GET /api/loop/heatmap: a region's centres × indicators. */
export interface PainHeatmapResponse {
  unit: UnitRef;
  period: string;
  view: PainView;
  indicators: { code: string; name: string; group: string }[];
  rows: { unit: UnitRef; count: number; cells: { indicator: string; gapPoints?: number; points?: number; part?: "survey" | "objective"; sentence?: string }[] }[];
}

/** GET /api/loop/country-pain: indicators by how many regions have them as pain points. */
export interface CountryPainResponse {
  period: string;
  view: PainView;
  /** Regions with results. */
  regions: number;
  /** Share of regions from which an indicator counts as «в большинстве регионов». */
  threshold: number;
  indicators: { code: string; name: string; group: string; regions: UnitRef[]; share: number; most: boolean; meanPoints: number }[];
}
