// Renders one numbered question of a form with its follow-ups, sub-scales and notes.
import { html, type SafeHtml } from "../../html/html.js";
import type { QuestionDef, ScaleSettings } from "../../../core/index.js";
import { answerField, noteField, scaleFieldset, whenAttr } from "./answer-fields.js";
import type { FormState } from "./form-state.js";

function questionLegend(q: QuestionDef): SafeHtml {
  return html`<span class="n">${q.number}.</span> ${q.text}${q.statement ? html` <strong>${q.statement}</strong>` : ""}`;
}

/** A question: its first field carries the question's text; follow-ups appear only when relevant. */
export function questionBlock(q: QuestionDef, scale: ScaleSettings, state: FormState): SafeHtml {
  const labels = scale.labels;
  const hint = q.hint ? html`<p class="hint">${q.hint}</p>` : "";
  const subScales = q.parts.every((p) => p.type === "scale" && p.label);
  if (subScales) {
    // Question 15: one statement rated separately for every channel.
    const parts = q.parts.map((p) => html`${scaleFieldset(p.key, html`${p.label ?? ""}`, labels, scale.min, state)}${p.note ? noteField(p.note, state) : ""}`);
    return html`<fieldset class="q group" id="q${q.number}"><legend>${questionLegend(q)}</legend>${q.instruction ? html`<p class="hint">${q.instruction}</p>` : ""}${hint}${parts}</fieldset>`;
  }
  const [first, ...followUps] = q.parts;
  if (!first) return html``;
  const firstField =
    first.type === "scale"
      ? scaleFieldset(first.key, questionLegend(q), labels, scale.min, state, hint || undefined)
      : answerField(first, questionLegend(q), labels, scale.min, state);
  const rest = followUps.map((p) => {
    const legend = html`${p.prompt ?? ""}${p.statement ? html` <strong>${p.statement}</strong>` : ""}`;
    return html`<div class="follow"${whenAttr(p)}>${answerField(p, legend, labels, scale.min, state)}</div>`;
  });
  return html`<div class="q" id="q${q.number}">${firstField}${first.type !== "scale" ? hint : ""}${rest}${q.note ? noteField(q.note, state) : ""}</div>`;
}
