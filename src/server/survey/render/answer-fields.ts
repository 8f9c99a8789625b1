// Renders the answer fields of a questionnaire: ten-point scales, choices, short texts, notes.
import { html, type SafeHtml } from "../../html/html.js";
import type { AnswerField, ChoiceOption } from "../../../core/index.js";
import { isChosen, valueOf, type FormState } from "./form-state.js";
import { textLimits } from "../survey-limits.js";

/** The error message element of a field and the attributes that tie it to its control. */
export function errorOf(state: FormState, name: string): { message: SafeHtml | ""; describedBy: SafeHtml | "" } {
  const error = state.errors.get(name);
  if (!error) return { message: "", describedBy: "" };
  return {
    message: html`<p class="err" id="err-${name}"><span class="sr">Ошибка: </span>${error}</p>`,
    describedBy: html` aria-describedby="err-${name}" aria-invalid="true"`,
  };
}

/** `data-when` for a follow-up shown only when its condition holds. */
export function whenAttr(field: { when?: { key: string; equals: string } }): SafeHtml | "" {
  return field.when ? html` data-when="${field.when.key}=${field.when.equals}"` : "";
}

/**
 * A radio group of the ten labelled scale values; `legend` is the question or the sub-scale. Every radio
 * is named by its value and its label; on narrow screens the stylesheet shows the values as a row of
 * squares (the labels then read by screen readers only) with the two ends' labels spelled out below.
 */
export function scaleFieldset(name: string, legend: SafeHtml, labels: readonly string[], min: number, state: FormState, extra?: SafeHtml): SafeHtml {
  const { message, describedBy } = errorOf(state, name);
  const options = labels.map((label, i) => {
    const value = String(min + i);
    return html`<label><input type="radio" name="${name}" value="${value}"${isChosen(state, name, value) ? html` checked` : ""}><span class="v">${value}</span> <span class="t">${label}</span></label>`;
  });
  const ends = html`<p class="ends" aria-hidden="true"><span>${String(min)} — ${labels[0] ?? ""}</span><span>${String(min + labels.length - 1)} — ${labels[labels.length - 1] ?? ""}</span></p>`;
  return html`<fieldset class="scale" id="f-${name}"${describedBy}><legend>${legend}</legend>${extra ?? ""}${message}<div class="opts">${options}</div>${ends}</fieldset>`;
}

/** A radio (single) or checkbox (multi) group of labelled options. */
export function choiceFieldset(
  name: string,
  legend: SafeHtml,
  options: readonly (Pick<ChoiceOption, "value" | "label"> & { exclusive?: boolean })[],
  state: FormState,
  multiple = false,
): SafeHtml {
  const { message, describedBy } = errorOf(state, name);
  const type = multiple ? "checkbox" : "radio";
  const items = options.map(
    (o) =>
      html`<label><input type="${type}" name="${name}" value="${o.value}"${o.exclusive ? html` data-exclusive` : ""}${isChosen(state, name, o.value) ? html` checked` : ""}> ${o.label}</label>`,
  );
  return html`<fieldset class="choice" id="f-${name}"${describedBy}><legend>${legend}</legend>${message}<div class="opts">${items}</div></fieldset>`;
}

/** A one-line text answer with its visible label. */
export function textField(name: string, label: string, state: FormState, placeholder?: string, when?: SafeHtml | ""): SafeHtml {
  const { message, describedBy } = errorOf(state, name);
  return html`<div class="field" id="f-${name}"${when ?? ""}><label for="${name}">${label}</label>${message}<input type="text" id="${name}" name="${name}" maxlength="${textLimits.short}" value="${valueOf(state, name)}"${placeholder ? html` placeholder="${placeholder}"` : ""}${describedBy}></div>`;
}

/** «Примечание (при желании)»: an optional free-text note kept with the answer. */
export function noteField(noteKey: string, state: FormState): SafeHtml {
  const name = `note_${noteKey}`;
  const { message, describedBy } = errorOf(state, name);
  return html`<div class="note"><label for="${name}">Примечание (при желании)</label>${message}<textarea id="${name}" name="${name}" rows="2" maxlength="${textLimits.note}"${describedBy}>${valueOf(state, name)}</textarea></div>`;
}

/** Renders one answer field of a question. */
export function answerField(field: AnswerField, legend: SafeHtml, labels: readonly string[], min: number, state: FormState): SafeHtml {
  switch (field.type) {
    case "scale":
      return scaleFieldset(field.key, legend, labels, min, state);
    case "choice":
      return choiceFieldset(field.key, legend, field.options, state);
    case "text":
      return textField(field.key, field.prompt ?? "", state, field.placeholder);
  }
}
