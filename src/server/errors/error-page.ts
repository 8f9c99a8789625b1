// The friendly Russian HTML page shown for an error outside /api.
import { escapeHtml } from "../html/escape-html.js";
import { renderPage } from "../html/render-page.js";

const titles: Record<number, string> = {
  400: "Неверный запрос",
  401: "Требуется вход",
  403: "Доступ запрещён",
  404: "Страница не найдена",
  429: "Слишком много запросов",
  503: "Сервис временно недоступен",
};

/** A page telling what went wrong in plain words, with a way back to the start page. */
export function renderErrorPage(statusCode: number, message: string): string {
  const title = titles[statusCode] ?? (statusCode >= 500 ? "Что-то пошло не так" : "Не удалось выполнить запрос");
  const hint =
    statusCode === 404
      ? "Проверьте адрес страницы: возможно, в нём опечатка или ссылка устарела."
      : statusCode >= 500
        ? "Мы уже знаем о проблеме. Попробуйте обновить страницу через несколько минут."
        : "";
  return renderPage({
    title: `${title} — Звезда клиентоцентричности ЦЗН`,
    bodyHtml: [
      `<h1>${escapeHtml(title)}</h1>`,
      message !== title ? `<p>${escapeHtml(message)}</p>` : "",
      hint ? `<p>${escapeHtml(hint)}</p>` : "",
      `<p><a class="button" href="/">На главную</a></p>`,
      `<p class="muted">Код ошибки: ${statusCode}</p>`,
    ]
      .filter(Boolean)
      .join("\n"),
  });
}
