// Consistency of a methodology whose shape was read: references, sums of maxima, weights, thresholds, forms.

import { VIEWS } from "../counters/counter-cell.js";
import type { Problem } from "../problems/problem.js";
import type { AnswerField, FormDef, Methodology } from "./methodology-types.js";

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

interface Coded { readonly value: string; readonly path: string }

function duplicated(items: readonly Coded[], out: Problem[]): void {
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.value)) out.push({ code: "duplicate_code", path: item.path, value: item.value });
    seen.add(item.value);
  }
}

function duplicates(codes: readonly string[], path: (i: number) => string, out: Problem[]): void {
  duplicated(codes.map((value, i) => ({ value, path: path(i) })), out);
}

function fieldOf(form: FormDef, key: string): AnswerField | undefined {
  for (const q of form.questions) for (const f of q.parts) if (f.key === key) return f;
  return undefined;
}

function checkForm(form: FormDef, path: string, out: Problem[]): void {
  const keys: Coded[] = [], notes: Coded[] = [], profileKeys: Coded[] = [];
  const seen = new Map<string, AnswerField>();
  const sheets = new Set(form.sheets.map((s) => s.number));
  const checkSheet = (sheet: number, at: string): void => {
    if (!sheets.has(sheet)) out.push({ code: "not_in_list", path: at, value: String(sheet), allowed: [...sheets].map(String) });
  };
  form.questions.forEach((q, qi) => {
    const qp = `${path}.questions[${qi}]`;
    checkSheet(q.sheet, `${qp}.sheet`);
    if (q.note !== undefined) notes.push({ value: q.note, path: `${qp}.note` });
    q.parts.forEach((f, fi) => {
      const fp = `${qp}.parts[${fi}]`;
      keys.push({ value: f.key, path: `${fp}.key` });
      if (f.note !== undefined) notes.push({ value: f.note, path: `${fp}.note` });
      if (f.when) {
        const target = seen.get(f.when.key);
        if (!target || target.type !== "choice" || !target.options.some((o) => o.value === f.when?.equals)) {
          out.push({ code: "bad_condition", path: `${fp}.when`, key: f.when.key });
        }
      }
      if (f.type === "choice") duplicates(f.options.map((o) => o.value), (i) => `${fp}.options[${i}].value`, out);
      seen.set(f.key, f);
    });
  });
  duplicated(keys, out);
  notes.push({ value: form.closing.key, path: `${path}.closing.key` });
  duplicated(notes, out);
  checkSheet(form.closing.sheet, `${path}.closing.sheet`);
  form.profile.fields.forEach((f, i) => {
    const fp = `${path}.profile.fields[${i}]`;
    profileKeys.push({ value: f.key, path: `${fp}.key` });
    if (f.otherKey !== undefined) profileKeys.push({ value: f.otherKey, path: `${fp}.otherKey` });
    duplicates(f.options.map((o) => o.value), (j) => `${fp}.options[${j}].value`, out);
  });
  duplicated(profileKeys, out);
}

function checkIndicatorSources(m: Methodology, out: Problem[]): void {
  const channels = new Set(m.channels.map((c) => c.code));
  const checklists = new Map(m.checklists.map((c) => [c.code, c]));
  m.indicators.forEach((ind, i) => {
    const path = `indicators[${i}]`;
    const survey = ind.survey;
    if (survey) {
      for (const view of VIEWS) {
        const field = fieldOf(m.forms[view], survey.key);
        const expected = survey.kind === "scaleShare" ? "scale" : "choice";
        if (!field) out.push({ code: "unknown_question_key", path: `${path}.survey.key`, key: survey.key, view });
        else if (field.type !== expected) out.push({ code: "wrong_question_type", path: `${path}.survey.key`, key: survey.key, view, expected });
        else if (field.type === "choice" && survey.kind === "optionShare") {
          survey.positive.forEach((v, j) => {
            if (!field.options.some((o) => o.value === v)) out.push({ code: "unknown_option", path: `${path}.survey.positive[${j}]`, value: v, allowed: field.options.map((o) => o.value) });
          });
        } else if (field.type === "choice" && survey.kind === "channelMatch") {
          field.options.forEach((o) => {
            if (o.channel !== undefined && !channels.has(o.channel)) out.push({ code: "unknown_channel", path: `${path}.survey.key`, value: o.channel });
          });
        }
      }
    }
    if (ind.objective?.kind === "checklist") {
      const list = checklists.get(ind.objective.checklist);
      if (!list) out.push({ code: "unknown_checklist", path: `${path}.objective.checklist`, value: ind.objective.checklist });
      else if (list.indicator !== ind.code) out.push({ code: "checklist_mismatch", path: `${path}.objective.checklist`, checklist: list.code, indicator: ind.code });
    }
  });
  m.checklists.forEach((c, i) => {
    const ind = m.indicators.find((x) => x.code === c.indicator);
    if (!ind) out.push({ code: "unknown_indicator", path: `checklists[${i}].indicator`, value: c.indicator });
    else if (ind.objective?.kind !== "checklist" || ind.objective.checklist !== c.code) out.push({ code: "checklist_mismatch", path: `checklists[${i}].indicator`, checklist: c.code, indicator: c.indicator });
    duplicates(c.items.map((it) => it.code), (j) => `checklists[${i}].items[${j}].code`, out);
  });
}

/** Every inconsistency of a methodology whose shape is valid; empty when it is consistent. */
export function checkMethodology(m: Methodology): Problem[] {
  const out: Problem[] = [];
  const { scale } = m;
  if (scale.min >= scale.max) out.push({ code: "bounds_not_increasing", path: "scale.min" });
  if (scale.labels.length !== scale.max - scale.min + 1) out.push({ code: "labels_count", path: "scale.labels", expected: scale.max - scale.min + 1, found: scale.labels.length });
  for (const key of ["positiveFrom", "undecidedValue"] as const) {
    if (scale[key] < scale.min || scale[key] > scale.max) out.push({ code: "out_of_range", path: `scale.${key}`, value: String(scale[key]), min: scale.min, max: scale.max });
  }
  m.stars.thresholds.forEach((t, i) => {
    const previous = m.stars.thresholds[i - 1];
    if (previous !== undefined && !(t < previous)) out.push({ code: "not_descending", path: `stars.thresholds[${i}]` });
  });
  duplicates(m.groups.map((g) => g.code), (i) => `groups[${i}].code`, out);
  duplicates(m.indicators.map((x) => x.code), (i) => `indicators[${i}].code`, out);
  duplicates(m.channels.map((c) => c.code), (i) => `channels[${i}].code`, out);
  duplicates(m.checklists.map((c) => c.code), (i) => `checklists[${i}].code`, out);
  const groupCodes = new Set(m.groups.map((g) => g.code));
  m.indicators.forEach((ind, i) => {
    if (!groupCodes.has(ind.group)) out.push({ code: "unknown_group", path: `indicators[${i}].group`, value: ind.group });
  });
  m.groups.forEach((g, i) => {
    const sum = m.indicators.filter((ind) => ind.group === g.code).reduce((s, ind) => s + ind.max, 0);
    if (!close(sum, g.max)) out.push({ code: "group_max_mismatch", path: `groups[${i}].max`, group: g.code, declared: g.max, sum });
  });
  const groupSum = m.groups.reduce((s, g) => s + g.max, 0);
  if (!close(groupSum, m.total)) out.push({ code: "total_mismatch", path: "total", declared: m.total, sum: groupSum });
  for (const view of VIEWS) checkForm(m.forms[view], `forms.${view}`, out);
  checkIndicatorSources(m, out);
  return out;
}
