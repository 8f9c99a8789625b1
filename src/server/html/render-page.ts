// The shell of every server-rendered page: Russian, accessible, readable on an old phone.
import { escapeHtml } from "./escape-html.js";

export const pageStyles = `
  :root { color-scheme: light; --accent: #0b5cad; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 18px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1a1a1a; background: #f6f7f9; }
  header, main, footer { max-width: 46rem; margin: 0 auto; padding: 1rem 1.25rem; }
  header { display: flex; align-items: center; gap: .75rem; }
  header .mark { font-size: 2rem; color: #e0a100; }
  h1 { font-size: 1.75rem; line-height: 1.25; margin: .5rem 0 1rem; }
  a { color: var(--accent); }
  a:focus-visible, .button:focus-visible { outline: 3px solid #e0a100; outline-offset: 2px; }
  .button { display: inline-block; padding: .75rem 1.5rem; border-radius: .5rem; background: var(--accent); color: #fff; text-decoration: none; font-weight: 600; }
  .muted { color: #555; font-size: .9rem; }
  footer { border-top: 1px solid #dde1e6; }
`;

/** A complete HTML document with `title` and already-escaped `bodyHtml` inside `<main>`. */
export function renderPage(options: { title: string; bodyHtml: string }): string {
  return `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<style>${pageStyles}</style>
</head>
<body>
<header><span class="mark" aria-hidden="true">★</span><span>Звезда клиентоцентричности ЦЗН</span></header>
<main id="main">
${options.bodyHtml}
</main>
<footer><p class="muted">Zvezda — индекс клиентоцентричности центров занятости населения</p></footer>
</body>
</html>
`;
}
