// Renders the socio-demographic block of a form.
import { html, type SafeHtml } from "../../html/html.js";
import type { FormDef } from "../../../core/index.js";
import { choiceFieldset, textField } from "./answer-fields.js";
import type { FormState } from "./form-state.js";

/** The profile questions: single choices as radios, several-allowed as checkboxes, «Другое» as text. */
export function profileBlock(profile: FormDef["profile"], state: FormState): SafeHtml {
  const fields = profile.fields.map((f) => {
    const legend = html`<span class="n">${f.number}.</span> ${f.text}${f.type === "multi" ? html` <span class="hint">(можно выбрать несколько)</span>` : ""}`;
    const other = f.options.find((o) => o.other);
    const otherField = f.otherKey && other ? textField(f.otherKey, other.label, state, undefined, html` data-when="${f.key}=${other.value}"`) : "";
    return html`<div class="q">${choiceFieldset(f.key, legend, f.options, state, f.type === "multi")}${otherField}</div>`;
  });
  return html`<p>${profile.intro}</p>${fields}`;
}
