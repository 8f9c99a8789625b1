// Checks a response's answers against its form: known keys, value domains, follow-up conditions.

import { describeValue } from "../json/json-text.js";
import { fieldPath, type RefusingReader } from "../json/shape-reader.js";
import type { FormIndex } from "../methodology/form-index.js";
import type { ScaleSettings } from "../methodology/methodology-types.js";
import type { AnswerValue } from "./dataset-types.js";

/** Reads `answers` (null = skipped, dropped from the result); refuses at the first problem. */
export function readAnswers(r: RefusingReader, value: unknown, path: string, form: FormIndex, scale: ScaleSettings): Record<string, AnswerValue> {
  const o = r.object(value, path);
  const out: Record<string, AnswerValue> = {};
  for (const key of Object.keys(o)) {
    const v = o[key];
    if (v === null || v === undefined) continue;
    const field = form.byKey.get(key);
    const p = fieldPath(path, key);
    if (!field) r.fail({ code: "unknown_answer_key", path: p, key, view: form.view });
    switch (field.type) {
      case "scale":
        if (typeof v !== "number" || !Number.isInteger(v) || v < scale.min || v > scale.max) {
          r.fail({ code: "answer_out_of_range", path: p, value: describeValue(v), min: scale.min, max: scale.max });
        }
        break;
      case "choice":
        if (typeof v !== "string" || !field.options.some((opt) => opt.value === v)) {
          r.fail({ code: "unknown_option", path: p, value: describeValue(v), allowed: field.options.map((opt) => opt.value) });
        }
        break;
      case "text":
        if (typeof v !== "string") r.fail({ code: "not_text", path: p, value: describeValue(v) });
        break;
    }
    out[key] = v as AnswerValue;
  }
  for (const field of form.fields) {
    if (field.when && out[field.key] !== undefined && out[field.when.key] !== field.when.equals) {
      r.fail({ code: "condition_not_met", path: fieldPath(path, field.key), requires: field.when });
    }
  }
  return out;
}
