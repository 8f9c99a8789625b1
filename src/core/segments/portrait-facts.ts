// The live facts of a client portrait: how many respondents match its segment, the segment's index and star, its
// weakest indicators, its preferred channels (q14) and its most frequent themes — all suppressed under ten respondents.

import type { Methodology } from "../methodology/methodology-types.js";
import { inSegment, type SegmentDefinition } from "./segment-definition.js";
import { CHANNEL_ANSWER_KEY, segmentDimensions, valuesOn } from "./segment-dimensions.js";
import {
  figuresOf,
  MIN_SEGMENT_RESPONDENTS,
  scoreRespondents,
  type SegmentBasis,
  type SegmentFigures,
  type SegmentIndicator,
  type SegmentRespondent,
} from "./segment-scores.js";

/** A respondent with the themes of its texts (one list per text). */
export interface PortraitRespondent extends SegmentRespondent {
  readonly texts?: readonly (readonly string[])[];
}

/** What the portrait's segment looks like in the data. */
export interface PortraitFacts {
  /** Respondents of the view at the unit in the period, and how many of them match (null when under ten). */
  readonly respondents: number;
  readonly matching: number | null;
  readonly figures: SegmentFigures;
  /** The survey indicators with the lowest share of positive answers, lowest first. */
  readonly weakest: readonly SegmentIndicator[];
  /** Shares of the preferred channels among matching respondents who answered q14. */
  readonly channels: readonly { readonly value: string; readonly label: string; readonly count: number; readonly share: number }[];
  /** Themes by the number of the segment's texts tagged with them. */
  readonly themes: readonly { readonly code: string; readonly texts: number }[];
}

/** The facts of `def` at `target`, from the subtree's respondents of the period. */
export function portraitFacts(
  basis: SegmentBasis,
  target: string,
  respondents: readonly PortraitRespondent[],
  def: SegmentDefinition,
  m: Methodology,
  top = 3,
): PortraitFacts {
  const members = respondents.filter((r) => inSegment(def, m, r.answers, r.profile));
  const figures = figuresOf(scoreRespondents(basis, members).get(target), m);
  if (figures.suppressed) return { respondents: respondents.length, matching: null, figures, weakest: [], channels: [], themes: [] };
  const weakest = (figures.indicators ?? [])
    .filter((i) => i.survey)
    .sort((a, b) => a.survey!.share - b.survey!.share)
    .slice(0, top);
  const channelDim = segmentDimensions(m, def.view).find((d) => d.key === CHANNEL_ANSWER_KEY);
  const counts = new Map<string, number>();
  let answered = 0;
  for (const r of members) {
    const vs = channelDim ? valuesOn(channelDim, r.answers, r.profile) : [];
    if (vs.length > 0) answered++;
    for (const v of vs) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  const channels = (channelDim?.options ?? [])
    .map((o) => ({ value: o.value, label: o.label, count: counts.get(o.value) ?? 0, share: answered > 0 ? (counts.get(o.value) ?? 0) / answered : 0 }))
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count);
  const themes = new Map<string, number>();
  for (const r of members) for (const text of r.texts ?? []) for (const t of text) themes.set(t, (themes.get(t) ?? 0) + 1);
  const topThemes = [...themes]
    .map(([code, texts]) => ({ code, texts }))
    .sort((a, b) => b.texts - a.texts || (a.code < b.code ? -1 : 1))
    .slice(0, 5);
  return {
    respondents: respondents.length,
    matching: members.length >= MIN_SEGMENT_RESPONDENTS ? members.length : null,
    figures,
    weakest,
    channels,
    themes: topThemes,
  };
}
