// The questionnaire page: preamble, the sheets of questions, the closing field, the profile block.
import { html, type SafeHtml } from "../../html/html.js";
import type { FormDef, ScaleSettings } from "../../../core/index.js";
import { emptyQuestionnaireMessage } from "../read-submission.js";
import { textLimits } from "../survey-limits.js";
import { errorOf } from "./answer-fields.js";
import { agreeWithScale } from "./form-wording.js";
import { valueOf, type FormState } from "./form-state.js";
import { profileBlock } from "./profile-block.js";
import { questionBlock } from "./question-block.js";
import { surveyLayout } from "./survey-layout.js";

export interface FormPageInput {
  unit: { id: string; name: string };
  view: "seeker" | "employer";
  form: FormDef;
  scale: ScaleSettings;
  /** Where the form posts to (its own URL, with the channel). */
  action: string;
  token: string;
  state: FormState;
  kiosk?: { home: string; idleSeconds: number } | undefined;
  /** Extra hidden fields (the kiosk's duration and client time, filled by the script). */
  hidden?: readonly string[];
}

function errorSummary(state: FormState): SafeHtml | "" {
  if (!state.formError && state.errors.size === 0) return "";
  const items = [...state.errors.entries()].map(([name, message]) => html`<li><a href="#f-${name}">${message}</a></li>`);
  return html`<div class="errors" id="errors" role="alert" tabindex="-1"><h2>Проверьте ответы</h2>${state.formError ? html`<p>${state.formError}</p>` : ""}${items.length ? html`<ul>${items}</ul>` : ""}</div>`;
}

/** The whole questionnaire as one form; the script shows it sheet by sheet with a progress bar. */
export function formSection(p: FormPageInput): SafeHtml {
  const { form, state } = p;
  const sheets = form.sheets.map((sheet) => {
    const questions = form.questions.filter((q) => q.sheet === sheet.number).map((q) => questionBlock(q, p.scale, state));
    const closing =
      form.closing.sheet === sheet.number
        ? html`<div class="q field" id="f-comment"><label for="comment">${form.closing.text}</label>${errorOf(state, "comment").message}<textarea id="comment" name="comment" rows="4" maxlength="${textLimits.comment}">${valueOf(state, "comment")}</textarea></div>`
        : "";
    return html`<section class="sheet" aria-labelledby="sh${sheet.number}"><h2 id="sh${sheet.number}">${sheet.title}</h2>${questions}${closing}</section>`;
  });
  const profile = html`<section class="sheet" aria-labelledby="shp"><h2 id="shp">${form.profile.heading}</h2>${profileBlock(form.profile, state)}</section>`;
  const body = html`<h1>${form.title}</h1>
${errorSummary(state)}
<section class="preamble"><h2>${form.preamble.heading}</h2>${form.preamble.paragraphs.map((t) => html`<p>${agreeWithScale(t, p.scale)}</p>`)}</section>
<form method="post" action="${p.action}" id="survey" data-draft="${p.unit.id}/${p.view}" data-empty="${emptyQuestionnaireMessage(p.scale)}">
<input type="hidden" name="token" value="${p.token}">${(p.hidden ?? []).map((name) => html`<input type="hidden" name="${name}" value="">`)}
${sheets}${profile}
<div class="submit"><button type="submit">Отправить ответы</button></div>
</form>`;
  return body;
}

/** The questionnaire page. */
export function renderFormPage(p: FormPageInput): string {
  return surveyLayout({ title: `${p.form.title} — ${p.unit.name}`, unitName: p.unit.name, body: formSection(p), script: true, kiosk: p.kiosk });
}
