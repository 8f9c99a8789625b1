// A response's answers as people read them: each with its question's wording and the answer's label,
// never the raw keys and codes of the data files («q14other», «dont_know»).
import type { View } from "../counters/counter-cell.js";
import type { AnswerField, Methodology, QuestionDef } from "./methodology-types.js";

/** One answer of a response, labelled. */
export interface LabelledAnswer {
  readonly key: string;
  /** The question's number in the form; null for a key the form does not know. */
  readonly number: number | null;
  readonly question: string;
  readonly value: unknown;
  readonly answer: string;
}

/** The wording of one answer field: the question, and the field's own label when the question has several. */
export function fieldQuestionText(q: QuestionDef, f: AnswerField): string {
  const own = [f.label, f.prompt, f.statement].filter(Boolean).join(" ");
  const base = [q.text, q.statement].filter(Boolean).join(" ");
  return own && f.key !== q.parts[0]?.key ? `${base} — ${own}` : [base, own].filter(Boolean).join(" — ");
}

/** A value of a field as a reader sees it: «9 — согласен», an option's label, the text itself; «—» when skipped. */
export function answerLabel(m: Methodology, f: AnswerField | undefined, value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.map((v) => answerLabel(m, f, v)).join("; ");
  if (f?.type === "scale" && typeof value === "number") {
    const label = m.scale.labels[value - m.scale.min];
    return label === undefined ? String(value) : `${value} — ${label}`;
  }
  if (f?.type === "choice") return f.options.find((o) => o.value === value)?.label ?? String(value);
  return String(value);
}

/** Every answer field of a form by key, with its numbered wording («4. …»), in form order. */
export function answerFields(m: Methodology, view: View): ReadonlyMap<string, { readonly number: number; readonly question: string; readonly field: AnswerField }> {
  return new Map(m.forms[view].questions.flatMap((q) => q.parts.map((f) => [f.key, { number: q.number, question: `${q.number}. ${fieldQuestionText(q, f)}`, field: f }] as const)));
}

/** The answers of a response in form order, labelled; keys the form does not know come last, as given. */
export function labelledAnswers(m: Methodology, view: View, answers: Readonly<Record<string, unknown>>): LabelledAnswer[] {
  const fields = answerFields(m, view);
  const out: LabelledAnswer[] = [];
  for (const [key, { number, question, field }] of fields) {
    if (key in answers) out.push({ key, number, question, value: answers[key], answer: answerLabel(m, field, answers[key]) });
  }
  for (const [key, value] of Object.entries(answers)) if (!fields.has(key)) out.push({ key, number: null, question: key, value, answer: answerLabel(m, undefined, value) });
  return out;
}
