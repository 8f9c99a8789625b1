// The survey's first page: the visitor says whether they are a job seeker or an employer.
import { html, type SafeHtml } from "../../html/html.js";
import { lengthPhrase } from "./form-wording.js";
import { surveyLayout } from "./survey-layout.js";

/** «Я соискатель» / «Я работодатель», each a large link to its questionnaire. */
export function renderStartPage(
  unit: { id: string; name: string },
  links: { seeker: string; employer: string },
  minutes: number | undefined,
  kiosk?: { home: string; idleSeconds: number },
): string {
  return surveyLayout({ title: `Опрос — ${unit.name}`, unitName: unit.name, body: startSection(links, minutes), script: Boolean(kiosk), kiosk });
}

/**
 * The choice between the two questionnaires; `minutes` is what the forms promise (`statedMinutes`),
 * `go` marks the links the kiosk script opens in place.
 */
export function startSection(links: { seeker: string; employer: string }, minutes: number | undefined, go = false): SafeHtml {
  return html`<h1>Оцените, как Вас обслужили в центре занятости</h1>
<p>Опрос анонимный и ${lengthPhrase(minutes)}. Ваши ответы помогут сделать центр удобнее.</p>
<nav class="choose" aria-label="Выберите анкету">
<a class="big" href="${links.seeker}"${go ? html` data-go="seeker"` : ""}>Я соискатель<span>ищу работу или получаю услуги центра</span></a>
<a class="big" href="${links.employer}"${go ? html` data-go="employer"` : ""}>Я работодатель<span>представляю организацию</span></a>
</nav>`;
}
