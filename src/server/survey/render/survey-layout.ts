// The shell of the public survey pages: light, accessible, one stylesheet and one small script.
import { html, type SafeHtml } from "../../html/html.js";

export interface LayoutOptions {
  title: string;
  /** The centre the survey is about, shown in the header. */
  unitName?: string;
  body: SafeHtml;
  /** Load the enhancement script (forms only). */
  script?: boolean;
  /** Extra attributes for <body>: the kiosk page marks itself. */
  kiosk?: { home: string; idleSeconds: number } | undefined;
}

/** A complete HTML document for a survey page. */
export function surveyLayout(o: LayoutOptions): string {
  const kioskAttrs = o.kiosk ? html` data-kiosk-home="${o.kiosk.home}" data-idle="${o.kiosk.idleSeconds}"` : "";
  return html`<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${o.title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/s/assets/survey.css">
${o.script ? html`<script src="/s/assets/survey.js" defer></script>` : ""}
</head>
<body${kioskAttrs}>
<a class="skip" href="#main">Перейти к содержанию</a>
<header class="top"><span class="mark" aria-hidden="true">★</span> <span>${o.unitName ?? "Центр занятости населения"}</span></header>
<main id="main" tabindex="-1">
${o.body}
</main>
</body>
</html>
`.toString();
}
