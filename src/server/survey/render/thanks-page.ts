// The page shown after a questionnaire has been sent.
import { html } from "../../html/html.js";
import { surveyLayout } from "./survey-layout.js";

/** Thanks in the form's own words, and a way back to the start. */
export function renderThanksPage(
  unit: { id: string; name: string },
  thanks: readonly string[],
  home: string,
  kiosk?: { home: string; idleSeconds: number },
): string {
  const [heading = "Спасибо!", ...rest] = thanks;
  const body = html`<h1>${heading}</h1>${rest.map((t) => html`<p>${t}</p>`)}
<p>Ваши ответы сохранены.</p>
<p><a class="button" href="${home}">${kiosk ? "Новая анкета" : "На страницу опроса"}</a></p>`;
  return surveyLayout({ title: `Спасибо — ${unit.name}`, unitName: unit.name, body, script: Boolean(kiosk), kiosk });
}
