// The question a comment key belongs to, with its text from the form and the answer it comments on.
import type { Methodology, View } from "../../core/index.js";

/** What a comment key refers to in a form. */
export interface CommentQuestion {
  /** «9. «Сотрудники ЦЗН быстро реагируют…»», with the sub-scale label where there is one. */
  text: string;
  /** Answer keys whose value the comment is about, the most specific last (q12r after q12). */
  answerKeys: string[];
}

const cache = new WeakMap<Methodology, Record<View, Map<string, CommentQuestion>>>();

function build(m: Methodology, view: View): Map<string, CommentQuestion> {
  const form = m.forms[view];
  const out = new Map<string, CommentQuestion>();
  for (const q of form.questions) {
    const head = `${q.number}. ${q.statement ?? q.text}`;
    if (q.note !== undefined) out.set(q.note, { text: head, answerKeys: q.parts.filter((p) => p.type === "scale").map((p) => p.key) });
    for (const p of q.parts) {
      if (p.note !== undefined) out.set(p.note, { text: p.label ? `${head} — ${p.label}` : head, answerKeys: [p.key] });
    }
  }
  out.set(form.closing.key, { text: form.closing.text, answerKeys: [] });
  return out;
}

/** The comment keys of the form of `view`, with their questions (computed once per methodology). */
export function commentQuestions(m: Methodology, view: View): ReadonlyMap<string, CommentQuestion> {
  let forms = cache.get(m);
  if (!forms) cache.set(m, (forms = { seeker: build(m, "seeker"), employer: build(m, "employer") }));
  return forms[view];
}

/** The answer a comment is about: the last of its answer keys that was answered. */
export function commentedAnswer(question: CommentQuestion | undefined, answers: Record<string, unknown>): string | number | undefined {
  if (!question) return undefined;
  for (let i = question.answerKeys.length - 1; i >= 0; i--) {
    const v = answers[question.answerKeys[i]!];
    if (typeof v === "number" || typeof v === "string") return v;
  }
  return undefined;
}
