// The friendly page for a survey link whose centre is unknown or closed.
import { html } from "../../html/html.js";
import { surveyLayout } from "./survey-layout.js";

/** Says in plain words that the link does not lead to an open centre. */
export function renderUnitNotFoundPage(): string {
  const body = html`<h1>Опрос не найден</h1>
<p>По этой ссылке нет действующего опроса: возможно, в адресе опечатка, центр закрыт или QR-код устарел.</p>
<p>Пожалуйста, отсканируйте QR-код в центре занятости ещё раз или спросите ссылку у сотрудника.</p>`;
  return surveyLayout({ title: "Опрос не найден", body });
}
