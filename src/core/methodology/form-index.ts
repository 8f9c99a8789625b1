// Lookups derived from a form: its answer fields by key, categorical fields, comment keys, profile fields.

import type { View } from "../counters/counter-cell.js";
import type { AnswerField, Methodology, ProfileField } from "./methodology-types.js";

/** Fast access to one form of a methodology. */
export interface FormIndex {
  readonly view: View;
  /** Every answer field, in form order. */
  readonly fields: readonly AnswerField[];
  readonly byKey: ReadonlyMap<string, AnswerField>;
  /** The fields that get counters: scales and choices (never free text). */
  readonly categorical: readonly AnswerField[];
  /** Keys a response's `comments` may use: the notes and the closing text. */
  readonly commentKeys: ReadonlySet<string>;
  readonly profile: readonly ProfileField[];
  readonly profileByKey: ReadonlyMap<string, ProfileField>;
  /** Profile keys of free-text «other» answers, with the field whose option they complete. */
  readonly profileOtherKeys: ReadonlyMap<string, ProfileField>;
}

const cache = new WeakMap<Methodology, Record<View, FormIndex>>();

function build(m: Methodology, view: View): FormIndex {
  const form = m.forms[view];
  const fields = form.questions.flatMap((q) => q.parts);
  const commentKeys = new Set<string>([form.closing.key]);
  for (const q of form.questions) {
    if (q.note !== undefined) commentKeys.add(q.note);
    for (const f of q.parts) if (f.note !== undefined) commentKeys.add(f.note);
  }
  const profileOtherKeys = new Map<string, ProfileField>();
  for (const f of form.profile.fields) if (f.otherKey !== undefined) profileOtherKeys.set(f.otherKey, f);
  return {
    view,
    fields,
    byKey: new Map(fields.map((f) => [f.key, f])),
    categorical: fields.filter((f) => f.type !== "text"),
    commentKeys,
    profile: form.profile.fields,
    profileByKey: new Map(form.profile.fields.map((f) => [f.key, f])),
    profileOtherKeys,
  };
}

/** The index of a form (computed once per methodology object). */
export function formIndex(m: Methodology, view: View): FormIndex {
  let forms = cache.get(m);
  if (!forms) cache.set(m, (forms = { seeker: build(m, "seeker"), employer: build(m, "employer") }));
  return forms[view];
}
