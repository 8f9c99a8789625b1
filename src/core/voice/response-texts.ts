// The free texts of a survey response: per-question notes, the closing suggestions and «другое» answers,
// each with the answer it comments on.

import type { View } from "../counters/counter-cell.js";
import type { Methodology } from "../methodology/methodology-types.js";

/** Where a text comes from. */
export type VoiceTextKind = "note" | "suggestion" | "other" | "feedback";

/** A free text of a response. */
export interface ResponseText {
  /** The comment or answer key it is stored under (`q9`, `suggestions`, `q14other`). */
  readonly key: string;
  readonly kind: VoiceTextKind;
  readonly text: string;
  /** The scale answer (1–10) the note is about, when answered. */
  readonly score: number | null;
}

interface FormTextKeys {
  /** Comment key → the scale answers it is about, the most specific last. */
  readonly notes: ReadonlyMap<string, readonly string[]>;
  readonly closing: string;
  /** Answer keys of text fields that follow an «Другое (впишите)» option. */
  readonly others: readonly string[];
}

const cache = new WeakMap<Methodology, Record<View, FormTextKeys>>();

function build(m: Methodology, view: View): FormTextKeys {
  const form = m.forms[view];
  const notes = new Map<string, string[]>();
  const others: string[] = [];
  for (const q of form.questions) {
    if (q.note !== undefined)
      notes.set(
        q.note,
        q.parts.filter((p) => p.type === "scale").map((p) => p.key),
      );
    for (const p of q.parts) {
      if (p.note !== undefined) notes.set(p.note, [p.key]);
      if (p.type !== "text" || !p.when) continue;
      const { key, equals } = p.when;
      const source = q.parts.find((x) => x.key === key);
      if (source?.type === "choice" && source.options.some((o) => o.value === equals && o.other === true)) others.push(p.key);
    }
  }
  return { notes, closing: form.closing.key, others };
}

/** The text keys of a methodology's form (computed once per methodology). */
export function formTextKeys(m: Methodology, view: View): FormTextKeys {
  let forms = cache.get(m);
  if (!forms) cache.set(m, (forms = { seeker: build(m, "seeker"), employer: build(m, "employer") }));
  return forms[view];
}

function scoreOf(keys: readonly string[], answers: Readonly<Record<string, unknown>>): number | null {
  for (let i = keys.length - 1; i >= 0; i--) {
    const v = answers[keys[i]!];
    if (typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= 10) return v;
  }
  return null;
}

/** The non-blank free texts of a response, comments first (in key order), then «другое» answers. */
export function responseTexts(
  m: Methodology,
  view: View,
  answers: Readonly<Record<string, unknown>>,
  comments: Readonly<Record<string, unknown>> | null | undefined,
): ResponseText[] {
  const keys = formTextKeys(m, view);
  const out: ResponseText[] = [];
  if (comments) {
    for (const [key, value] of Object.entries(comments)) {
      if (typeof value !== "string" || value.trim() === "") continue;
      const notes = keys.notes.get(key);
      out.push({ key, kind: key === keys.closing ? "suggestion" : "note", text: value.trim(), score: notes ? scoreOf(notes, answers) : null });
    }
  }
  for (const key of keys.others) {
    const value = answers[key];
    if (typeof value === "string" && value.trim() !== "") out.push({ key, kind: "other", text: value.trim(), score: null });
  }
  return out;
}

/** Score bands of the answer a note is about. */
export const SCORE_BANDS = { low: [1, 4], mid: [5, 7], high: [8, 10] } as const;
export type ScoreBand = keyof typeof SCORE_BANDS;

/** Whether a text counts as negative: its tone, else a low answer (1–4) or a low rating (1–2 of 5). */
export function isNegativeText(sentiment: number, score: number | null, rating: number | null = null): boolean {
  if (sentiment < 0) return true;
  if (sentiment > 0) return false;
  return (score !== null && score <= SCORE_BANDS.low[1]) || (rating !== null && rating <= 2);
}

/** The comment keys of both forms whose notes are about the survey answer of indicator `code`. */
export function noteKeysOfIndicator(m: Methodology, code: string): string[] {
  const key = m.indicators.find((i) => i.code === code)?.survey?.key;
  if (key === undefined) return [];
  const out = new Set<string>();
  for (const view of ["seeker", "employer"] as const) {
    for (const [note, answers] of formTextKeys(m, view).notes) if (answers.includes(key)) out.add(note);
  }
  return [...out];
}
