// Reads a posted questionnaire: every field is checked, and each problem gets a Russian message
// at its own field, so the form can be shown again with what the person entered.
import type { AnswerField, FormDef, ProfileField, ScaleSettings } from "../../core/index.js";
import type { FormState } from "./render/form-state.js";
import { textLimits } from "./survey-limits.js";

export type FormBody = Record<string, string | string[] | undefined>;

export interface Submission {
  answers: Record<string, number | string>;
  comments: Record<string, string>;
  profile: Record<string, string | string[]>;
}

export type SubmissionResult =
  | { ok: true; submission: Submission; values: Map<string, string[]> }
  | { ok: false; errors: Map<string, string>; formError?: string; values: Map<string, string[]> };

/** Why a questionnaire without a single scaled answer is refused (shown by the server and, before sending, by the script). */
export function emptyQuestionnaireMessage(scale: ScaleSettings): string {
  return `Анкета пока пустая. Пожалуйста, оцените хотя бы одно утверждение по шкале от ${scale.min} до ${scale.max} — тогда мы сможем учесть Ваше мнение.`;
}

/** The key under which the closing free-text field is kept among a response's comments. */
export const closingField = "comment";

function listOf(v: string | string[] | undefined): string[] {
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).map((s) => s.replace(/\r\n/g, "\n"));
}

/** Where the question holding `key` is, for messages («вопрос 12»). */
function questionNumberOf(form: FormDef, key: string): number | undefined {
  return form.questions.find((q) => q.parts.some((p) => p.key === key))?.number;
}

function optionLabel(form: FormDef, key: string, value: string): string {
  for (const q of form.questions)
    for (const p of q.parts) if (p.key === key && p.type === "choice") return p.options.find((o) => o.value === value)?.label ?? value;
  return value;
}

/** The form's fields by the names a submission may post. */
interface FieldIndex {
  fields: Map<string, AnswerField>;
  noteKeys: Set<string>;
  profileFields: Map<string, ProfileField>;
  otherKeys: Map<string, ProfileField>;
}

// A methodology's forms are immutable once loaded: indexed once, not per submission.
const fieldIndexes = new WeakMap<FormDef, FieldIndex>();

function fieldIndexOf(form: FormDef): FieldIndex {
  let index = fieldIndexes.get(form);
  if (!index) {
    index = {
      fields: new Map(form.questions.flatMap((q) => q.parts.map((p) => [p.key, p] as const))),
      noteKeys: new Set(form.questions.flatMap((q) => [q.note, ...q.parts.map((p) => p.note)]).filter((k): k is string => Boolean(k))),
      profileFields: new Map(form.profile.fields.map((f) => [f.key, f])),
      otherKeys: new Map(form.profile.fields.filter((f) => f.otherKey).map((f) => [f.otherKey as string, f])),
    };
    fieldIndexes.set(form, index);
  }
  return index;
}

/** Checks `body` against the form; `extraNames` are the fields the route handles itself (the token). */
export function readSubmission(form: FormDef, scale: ScaleSettings, body: FormBody, extraNames: readonly string[]): SubmissionResult {
  const values = new Map<string, string[]>();
  const errors = new Map<string, string>();
  const answers: Record<string, number | string> = {};
  const comments: Record<string, string> = {};
  const profile: Record<string, string | string[]> = {};
  const { fields, noteKeys, profileFields, otherKeys } = fieldIndexOf(form);
  const unknown: string[] = [];

  for (const [name, raw] of Object.entries(body)) {
    const list = listOf(raw);
    values.set(name, list);
    if (extraNames.includes(name)) continue;
    const nonEmpty = list.map((s) => s.trim()).filter((s) => s !== "");
    const field = fields.get(name);
    if (field) {
      if (nonEmpty.length > 1) errors.set(name, "Выберите только один ответ");
      const v = nonEmpty[0];
      if (v === undefined) continue;
      if (field.type === "scale") {
        const n = /^\d{1,2}$/.test(v) ? Number(v) : NaN;
        if (!(n >= scale.min && n <= scale.max)) errors.set(name, `Выберите один из вариантов от ${scale.min} до ${scale.max}`);
        else answers[name] = n;
      } else if (field.type === "choice") {
        if (!field.options.some((o) => o.value === v)) errors.set(name, "Выберите один из предложенных вариантов");
        else answers[name] = v;
      } else if (v.length > textLimits.short) errors.set(name, `Ответ слишком длинный: не более ${textLimits.short} символов`);
      else answers[name] = v;
      continue;
    }
    const note = name.startsWith("note_") ? name.slice(5) : undefined;
    if (name === closingField || (note && noteKeys.has(note))) {
      const limit = name === closingField ? textLimits.comment : textLimits.note;
      const text = list.join("\n").trim();
      if (text.length > limit) errors.set(name, `Текст слишком длинный: не более ${limit} символов (сейчас ${text.length})`);
      else if (text) comments[note ?? form.closing.key] = text;
      continue;
    }
    const pf = profileFields.get(name);
    if (pf) {
      const allowed = new Set(pf.options.map((o) => o.value));
      if (nonEmpty.some((v) => !allowed.has(v))) errors.set(name, "Выберите один из предложенных вариантов");
      else if (pf.type === "single") {
        if (nonEmpty.length > 1) errors.set(name, "Выберите только один ответ");
        else if (nonEmpty[0]) profile[name] = nonEmpty[0];
      } else {
        const exclusive = pf.options.find((o) => o.exclusive && nonEmpty.includes(o.value));
        if (exclusive && nonEmpty.length > 1) errors.set(name, `Вариант «${exclusive.label}» нельзя сочетать с другими`);
        else if (nonEmpty.length) profile[name] = [...new Set(nonEmpty)];
      }
      continue;
    }
    if (otherKeys.has(name)) {
      const text = nonEmpty.join(" ");
      if (text.length > textLimits.short) errors.set(name, `Ответ слишком длинный: не более ${textLimits.short} символов`);
      else if (text) profile[name] = text;
      continue;
    }
    unknown.push(name);
  }

  for (const [key, field] of fields) {
    if (!field.when || answers[key] === undefined || answers[field.when.key] === field.when.equals) continue;
    const n = questionNumberOf(form, field.when.key);
    errors.set(key, `Этот ответ нужен, только если в вопросе ${n ?? ""} выбран вариант «${optionLabel(form, field.when.key, field.when.equals)}»`);
    delete answers[key];
  }
  for (const [key, owner] of otherKeys) {
    if (profile[key] === undefined) continue;
    const other = owner.options.find((o) => o.other)?.value;
    const chosen = profile[owner.key];
    if (!(Array.isArray(chosen) ? chosen.includes(other ?? "") : chosen === other)) errors.set(key, "Заполните это поле, только если выбран вариант «Другое»");
  }

  // A form without one scaled answer says nothing the index can count: refused, not stored as an empty response.
  const empty = ![...fields.values()].some((f) => f.type === "scale" && answers[f.key] !== undefined) && errors.size === 0;
  if (unknown.length || errors.size || empty) {
    const formError = unknown.length
      ? `Форма содержит неизвестные поля: ${unknown.join(", ")}. Обновите страницу и заполните анкету ещё раз.`
      : empty
        ? emptyQuestionnaireMessage(scale)
        : undefined;
    return formError ? { ok: false, errors, formError, values } : { ok: false, errors, values };
  }
  return { ok: true, submission: { answers, comments, profile }, values };
}

/** The form state that shows a refused submission again: the values entered and the messages. */
export function refusedState(result: Extract<SubmissionResult, { ok: false }>): FormState {
  return result.formError ? { values: result.values, errors: result.errors, formError: result.formError } : { values: result.values, errors: result.errors };
}
