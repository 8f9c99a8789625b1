// A journey drawn for a unit: each stage with the scores of its indicators (coloured), the pain points and the
// corrective measures on those indicators, and the counts of its themes' texts.

import type { SegmentIndicator } from "../segments/segment-scores.js";
import type { JourneyTemplate } from "./journey-template.js";

/** How a stage looks: `good` ≥ 80 % of the points, `watch` ≥ 60 %, `bad` below, `none` without figures. */
export type StageTone = "good" | "watch" | "bad" | "none";

/** The thresholds of {@link StageTone}, as shares of the stage's maximum points. */
export const STAGE_TONE_THRESHOLDS = { good: 0.8, watch: 0.6 } as const;

/** What is known of a theme's texts at the unit in the period. */
export interface ThemeTally {
  readonly code: string;
  readonly title: string;
  readonly texts: number;
  readonly negative: number;
}

/** One drawn stage; `P` and `M` are the caller's pain-point and measure items. */
export interface DrawnStage<P, M> {
  readonly code: string;
  readonly title: string;
  readonly description: string;
  readonly questions: readonly string[];
  /** The stage's points as a share of its indicators' maximum (present indicators only). */
  readonly score?: number;
  readonly tone: StageTone;
  readonly indicators: readonly SegmentIndicator[];
  /** Indicators of the stage the figures do not have (suppressed or absent). */
  readonly missing: readonly string[];
  readonly painPoints: readonly P[];
  readonly measures: readonly M[];
  readonly themes: readonly ThemeTally[];
}

/** The tone of a score. */
export function toneOf(score: number | undefined): StageTone {
  if (score === undefined) return "none";
  return score >= STAGE_TONE_THRESHOLDS.good ? "good" : score >= STAGE_TONE_THRESHOLDS.watch ? "watch" : "bad";
}

/** Draws every stage of `journey` from the unit's (or segment's) indicators, pain points, measures and theme tallies. */
export function drawJourney<P extends { readonly indicator: string }, M extends { readonly indicators: readonly string[] }>(
  journey: JourneyTemplate,
  input: { indicators: readonly SegmentIndicator[]; painPoints: readonly P[]; measures: readonly M[]; themes: readonly ThemeTally[] },
): DrawnStage<P, M>[] {
  const byCode = new Map(input.indicators.map((i) => [i.code, i]));
  const themes = new Map(input.themes.map((t) => [t.code, t]));
  return journey.stages.map((stage) => {
    const present = stage.indicators.map((c) => byCode.get(c)).filter((i): i is SegmentIndicator => i !== undefined);
    const max = present.reduce((s, i) => s + i.max, 0);
    const score = max > 0 ? present.reduce((s, i) => s + i.points, 0) / max : undefined;
    const onStage = (codes: readonly string[]) => codes.some((c) => stage.indicators.includes(c));
    return {
      code: stage.code,
      title: stage.title,
      description: stage.description,
      questions: stage.questions,
      ...(score !== undefined ? { score } : {}),
      tone: toneOf(score),
      indicators: present,
      missing: stage.indicators.filter((c) => !byCode.has(c)),
      painPoints: input.painPoints.filter((p) => stage.indicators.includes(p.indicator)),
      measures: input.measures.filter((m) => onStage(m.indicators)),
      themes: stage.themes.map((c) => themes.get(c) ?? { code: c, title: c, texts: 0, negative: 0 }),
    };
  });
}
