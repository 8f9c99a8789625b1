// The questions behind each indicator of a methodology, per form: answer keys, texts and note (comment) keys.

import type { View } from "../../counters/counter-cell.js";
import type { FormDef, IndicatorDef, Methodology } from "../../methodology/methodology-types.js";

/** One question behind an indicator's survey part. */
export interface IndicatorQuestion {
  /** The answer key the share is computed from (q15office). */
  readonly key: string;
  /** The question's number in the form. */
  readonly number: number;
  /** «9. «Сотрудники ЦЗН быстро реагируют…»», with the sub-scale label where there is one. */
  readonly text: string;
  /** The comment key of the question's «Примечание», where the form has one. */
  readonly noteKey?: string;
  /** The answer options (value → label): the scale's labels, or the choice's options. */
  readonly options: readonly { readonly value: string; readonly label: string }[];
}

function questionsOf(m: Methodology, form: FormDef, indicator: IndicatorDef): IndicatorQuestion[] {
  const key = indicator.survey?.key;
  if (key === undefined) return [];
  const out: IndicatorQuestion[] = [];
  for (const q of form.questions) {
    for (const part of q.parts) {
      if (part.key !== key) continue;
      const head = `${q.number}. ${part.statement ?? q.statement ?? q.text}`;
      const noteKey = part.note ?? q.note;
      const options =
        part.type === "choice"
          ? part.options.map((o) => ({ value: o.value, label: o.label }))
          : part.type === "scale"
            ? m.scale.labels.map((label, i) => ({ value: String(m.scale.min + i), label }))
            : [];
      out.push({ key, number: q.number, text: part.label ? `${head} — ${part.label}` : head, ...(noteKey !== undefined ? { noteKey } : {}), options });
    }
  }
  return out;
}

const cache = new WeakMap<Methodology, Record<View, ReadonlyMap<string, readonly IndicatorQuestion[]>>>();

/** The questions behind every indicator in the form of `view` (computed once per methodology). */
export function indicatorQuestions(m: Methodology, view: View): ReadonlyMap<string, readonly IndicatorQuestion[]> {
  let forms = cache.get(m);
  if (!forms) {
    const build = (v: View) => new Map(m.indicators.map((i) => [i.code, questionsOf(m, m.forms[v], i)] as const));
    cache.set(m, (forms = { seeker: build("seeker"), employer: build("employer") }));
  }
  return forms[view];
}
