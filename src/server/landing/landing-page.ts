// The start page: what Zvezda is, where to sign in, where to check the service.
import type { Methodology } from "../../core/index.js";
import { escapeHtml } from "../html/escape-html.js";
import { renderPage } from "../html/render-page.js";

/** How the index is scored, in the words of the methodology `m`. */
function scoring(m: Methodology): string {
  const groups = m.groups.map((g) => `<abbr title="${escapeHtml(g.short)}">${escapeHtml(g.code)}</abbr>`);
  return `до ${m.total} баллов (или до 100 %) по ${m.indicators.length} показателям в группах ${groups.join(", ")}`;
}

/** The server-rendered Russian landing page, its figures and groups read from the methodology in force (none: said without them). */
export function renderLandingPage(m: Methodology | undefined): string {
  return renderPage({
    title: "Звезда клиентоцентричности ЦЗН",
    bodyHtml: `<h1>Звезда клиентоцентричности центров занятости</h1>
<p>Zvezda собирает отзывы соискателей и работодателей о работе центров занятости населения
(по QR-коду, ссылке или на планшете в офисе), объективные данные — чек-листы, базу вакансий,
мероприятия, каналы связи — и вычисляет индекс клиентоцентричности по утверждённой методике${
      m
        ? `:
${scoring(m)}`
        : ""
    }.</p>
<p>Результаты видны для каждого центра, региона и страны в целом: отдельно по соискателям и
работодателям и сводно, с доверительными интервалами, «звездой» и рейтингами.</p>
<p><a class="button" href="/admin/">Вход для сотрудников</a></p>
<h2>Для посетителей центров занятости</h2>
<p>Чтобы оценить работу центра, отсканируйте QR-код на плакате в офисе или перейдите по ссылке,
которую вам дали сотрудники. Анкета анонимна; сколько времени она займёт, сказано на её первой странице.</p>
<p class="muted"><a href="/api/health">Состояние сервиса</a></p>`,
  });
}
