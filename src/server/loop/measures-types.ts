// Response shapes of the measures register, shared with the admin app (type imports only).
import type { EffectVerdict, MeasureKind, MeasureStatus } from "../../core/index.js";

export type { EffectVerdict, MeasureKind, MeasureStatus };

/** GET /api/loop/measures: the measures and the vocabularies a form offers (Russian names). */
export interface MeasureList {
  measures: MeasureView[];
  kinds: { value: MeasureKind; label: string }[];
  statuses: { value: MeasureStatus; label: string }[];
}

/** A measure as the API shows it. */
export interface MeasureView {
  id: string;
  unit: { id: string; name: string };
  title: string;
  description: string;
  kind: MeasureKind;
  kindName: string;
  clientParticipation: string;
  owner: string;
  view: "seeker" | "employer";
  plannedStart: string;
  plannedEnd: string;
  actualStart: string | null;
  actualEnd: string | null;
  status: MeasureStatus;
  statusName: string;
  cancelReason: string | null;
  indicators: { code: string; name: string }[];
  overdue: boolean;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  /** What the caller may do now. */
  allowed: { edit: boolean; comment: boolean; upload: boolean; transitions: { to: MeasureStatus; label: string; needsReason: boolean }[] };
}

export interface MeasureFileView { id: string; fileName: string | null; contentType: string; size: number; uploadedAt: string; uploadedBy: string | null; url: string }
export interface MeasureCommentView { id: number; body: string; createdAt: string; author: string | null }

/** GET /api/loop/measures/:id. */
export interface MeasureDetails extends MeasureView {
  files: MeasureFileView[];
  comments: MeasureCommentView[];
}

export interface ShareCountView { positive: number; valid: number }
export interface EstimateView { estimate: number; ci: [number, number] }

/** GET /api/loop/measures/:id/effect. */
export interface MeasureEffectView {
  measure: string;
  /** Null when the measure is not finished yet (no effect to measure). */
  effect: null | {
    windows: { before: [string, string]; after: [string, string] };
    comparison: string;
    confidence: number;
    verdict: EffectVerdict;
    verdictText: string;
    n: number;
    reason?: string;
    indicators: {
      indicator: string;
      name: string;
      unit: { before: ShareCountView; after: ShareCountView };
      comparison: { before: ShareCountView; after: ShareCountView };
      change: EstimateView | null;
      comparisonChange: EstimateView | null;
      effect: EstimateView | null;
      verdict: EffectVerdict;
      text: string;
    }[];
  };
  message?: string;
}

/** One row of the practice library. */
export interface PracticeView {
  measure: { id: string; title: string; description: string; kind: MeasureKind; kindName: string; clientParticipation: string; actualStart: string | null; actualEnd: string | null };
  unit: { id: string; name: string };
  region: { id: string; name: string };
  indicator: string;
  indicatorName: string;
  verdict: EffectVerdict;
  verdictText: string;
  effect: EstimateView | null;
  n: number;
}

/** GET /api/loop/practices/summary. */
export interface PracticeSummaryView {
  indicator: string;
  regions: number;
  measures: number;
  range: [number, number] | null;
  text: string;
  top: PracticeView[];
}
