// What a questionnaire says about itself, kept in agreement with the methodology: the scale's ends and the stated length.
import type { FormDef, ScaleSettings } from "../../../core/index.js";

// «где 10 – полностью согласен, 0 – абсолютно не согласен»: a sentence naming both ends of the scale.
const scaleEndsPattern = /где\s+\d+\s*[–—-]\s*[^,.]+,\s*\d+\s*[–—-]\s*[^,.]+/u;
// «не более 10 минут»: the length a form promises (its preamble is the one place it is stated).
const lengthPattern = /не более\s+(\d+)\s+минут/u;

/** «где 10 – полностью согласен, 1 – категорически не согласен», from the scale's own ends and labels. */
export function scaleEndsPhrase(scale: ScaleSettings): string {
  const first = scale.labels[0] ?? "";
  const last = scale.labels[scale.labels.length - 1] ?? "";
  return `где ${scale.max} – ${last}, ${scale.min} – ${first}`;
}

/** A preamble paragraph with any description of the scale's ends rewritten to match `scale`. */
export function agreeWithScale(paragraph: string, scale: ScaleSettings): string {
  return paragraph.replace(scaleEndsPattern, scaleEndsPhrase(scale));
}

/** The longest length, in minutes, the forms' preambles promise («не более 10 минут»); undefined when none does. */
export function statedMinutes(forms: readonly FormDef[]): number | undefined {
  const minutes = forms
    .flatMap((f) => f.preamble.paragraphs.map((p) => lengthPattern.exec(p)?.[1]))
    .filter((m): m is string => m !== undefined)
    .map(Number);
  return minutes.length ? Math.max(...minutes) : undefined;
}

/** «займёт не более 10 минут» (or «займёт несколько минут» when the forms state no length). */
export function lengthPhrase(minutes: number | undefined): string {
  if (minutes === undefined) return "займёт несколько минут";
  const genitive = minutes % 10 === 1 && minutes % 100 !== 11 ? "минуты" : "минут";
  return `займёт не более ${minutes} ${genitive}`;
}
