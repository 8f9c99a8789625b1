// The kiosk: one document holding the start screen, both questionnaires (as templates the script
// opens in place) and the thank-you screen, so an office tablet keeps working without a connection.
import { html } from "../../html/html.js";
import type { Methodology, View } from "../../../core/index.js";
import { emptyFormState } from "./form-state.js";
import { formSection } from "./form-page.js";
import { statedMinutes } from "./form-wording.js";
import { startSection } from "./start-page.js";
import { surveyLayout } from "./survey-layout.js";

export interface KioskPageInput {
  unit: { id: string; name: string };
  methodology: Methodology;
  /** `/k/<token>`: the kiosk's own address. */
  home: string;
  idleSeconds: number;
  /** A fresh idempotency key per questionnaire (the script makes new ones after each submission). */
  keys: Record<View, string>;
  /** Show the thanks screen first (after a submission without the script). */
  sent: boolean;
}

/** The kiosk's home page. */
export function renderKioskPage(p: KioskPageInput): string {
  const views: View[] = ["seeker", "employer"];
  const thanks = p.methodology.forms.seeker.thanks;
  const templates = views.map((view) => {
    const form = formSection({
      unit: p.unit,
      view,
      form: p.methodology.forms[view],
      scale: p.methodology.scale,
      action: `${p.home}/${view}`,
      token: p.keys[view],
      state: emptyFormState,
      hidden: ["duration", "clientTime"],
    });
    return html`<template id="tpl-${view}">${form}<p><a href="${p.home}" data-go="start">Отменить и вернуться в начало</a></p></template>`;
  });
  const body = html`<section data-screen="start"${p.sent ? html` hidden` : ""}>${startSection({ seeker: `${p.home}/seeker`, employer: `${p.home}/employer` }, statedMinutes(views.map((v) => p.methodology.forms[v])), true)}</section>
<section data-screen="form" hidden></section>
<section data-screen="thanks"${p.sent ? "" : html` hidden`}><h1>${thanks[0] ?? "Спасибо!"}</h1>${thanks.slice(1).map((t) => html`<p>${t}</p>`)}<p>Ваши ответы сохранены.</p><p><a class="button" href="${p.home}" data-go="start">Новая анкета</a></p></section>
${templates}`;
  return surveyLayout({ title: `Опрос — ${p.unit.name}`, unitName: p.unit.name, body, script: true, kiosk: { home: p.home, idleSeconds: p.idleSeconds } });
}
