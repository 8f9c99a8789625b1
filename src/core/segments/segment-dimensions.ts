// The dimensions a view's respondents can be split by: the form's profile fields and the preferred channel (q14).

import type { View } from "../counters/counter-cell.js";
import { formIndex } from "../methodology/form-index.js";
import type { Methodology } from "../methodology/methodology-types.js";

/** The answer key of «какой канал связи с ЦЗН вам удобнее» (q14). */
export const CHANNEL_ANSWER_KEY = "q14";

/** One way of splitting respondents: a profile field (`gender`) or the preferred channel (`q14`). */
export interface SegmentDimension {
  readonly key: string;
  readonly title: string;
  /** Where the value lives in a response. */
  readonly source: "profile" | "answer";
  /** Several values per respondent (a respondent then falls in several cells). */
  readonly multi: boolean;
  readonly options: readonly { readonly value: string; readonly label: string }[];
}

const cache = new WeakMap<Methodology, Record<View, readonly SegmentDimension[]>>();

function build(m: Methodology, view: View): SegmentDimension[] {
  const form = formIndex(m, view);
  const dims: SegmentDimension[] = form.profile.map((f) => ({
    key: f.key,
    title: f.text,
    source: "profile",
    multi: f.type === "multi",
    options: f.options.map((o) => ({ value: o.value, label: o.label })),
  }));
  const channel = form.byKey.get(CHANNEL_ANSWER_KEY);
  if (channel && channel.type === "choice") {
    dims.push({
      key: CHANNEL_ANSWER_KEY,
      title: "Предпочитаемый канал связи",
      source: "answer",
      multi: false,
      options: channel.options.map((o) => ({ value: o.value, label: o.label })),
    });
  }
  return dims;
}

/** The dimensions of a view, in form order, the channel last (computed once per methodology). */
export function segmentDimensions(m: Methodology, view: View): readonly SegmentDimension[] {
  let both = cache.get(m);
  if (!both) cache.set(m, (both = { seeker: build(m, "seeker"), employer: build(m, "employer") }));
  return both[view];
}

/** A response's values on a dimension (none when unanswered). */
export function valuesOn(
  dim: SegmentDimension,
  answers: Readonly<Record<string, unknown>>,
  profile: Readonly<Record<string, unknown>> | undefined,
): readonly string[] {
  const raw = dim.source === "profile" ? profile?.[dim.key] : answers[dim.key];
  if (typeof raw === "string") return [raw];
  if (Array.isArray(raw)) return raw.filter((v): v is string => typeof v === "string");
  return [];
}
