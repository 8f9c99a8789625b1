// The printable A4 poster of a centre: its name, a large QR code of the survey, the link, two direct codes.
import { escapeHtml } from "../../html/escape-html.js";
import { html, raw, type SafeHtml } from "../../html/html.js";
import { lengthPhrase } from "./form-wording.js";

/** What the poster shows; the QR codes are SVG markup made by `qrSvg` (trusted, not user input). */
export interface PosterInput {
  unit: { name: string };
  /** The region's name, or undefined when the unit is a region itself. */
  regionName: string | undefined;
  /** The start page's address as people type it. */
  typedUrl: string;
  qr: { start: string; seeker: string; employer: string };
  /** The length the questionnaires promise (`statedMinutes`). */
  minutes: number | undefined;
  /** Where the start page's QR code can be downloaded, for the on-screen hint. */
  downloads: { svg: string; png: string };
}

// Sizes in print units: 267 mm of height between the page margins holds everything with room to spare.
export const posterStyles = `
  @page { size: A4; margin: 15mm; }
  * { box-sizing: border-box; }
  html { color-scheme: light; }
  body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #111; background: #e9ecef; }
  .hint { max-width: 210mm; margin: 1rem auto 0; padding: .75rem 1rem; background: #fff8e1; border: 2px solid #e0a100; border-radius: .5rem; font-size: 1rem; line-height: 1.5; }
  .hint h2 { font-size: 1.1rem; margin: 0 0 .25rem; }
  .hint p { margin: .25rem 0; }
  .hint a { color: #0b5cad; }
  kbd { font: inherit; font-weight: 700; padding: 0 .3em; border: 1px solid #888; border-radius: .25em; background: #fff; }
  .sheet { width: 210mm; min-height: 297mm; margin: 1rem auto; padding: 15mm; background: #fff; box-shadow: 0 2px 12px rgba(0, 0, 0, .15);
    display: flex; flex-direction: column; align-items: center; gap: 5mm; text-align: center; }
  .sheet header { border-bottom: 1.5mm solid #e0a100; padding-bottom: 3mm; width: 100%; }
  .unit { font-size: 20pt; font-weight: 700; line-height: 1.2; margin: 0; }
  .region { font-size: 13pt; color: #333; margin: 1mm 0 0; }
  h1 { font-size: 30pt; line-height: 1.15; margin: 0; }
  .lead { font-size: 16pt; line-height: 1.35; margin: 0; }
  figure { margin: 0; }
  figcaption { font-size: 13pt; line-height: 1.3; margin-top: 1mm; }
  .qr-main svg { display: block; width: 90mm; height: 90mm; margin: 0 auto; }
  .link { font-size: 13pt; margin: 0; }
  .url { display: block; font-size: 16pt; font-weight: 700; color: #111; text-decoration: none; overflow-wrap: anywhere; }
  .direct { width: 100%; }
  .direct h2 { font-size: 16pt; margin: 0 0 2mm; }
  .pair { display: flex; justify-content: center; gap: 20mm; }
  .pair figure { width: 60mm; }
  .pair svg { display: block; width: 38mm; height: 38mm; margin: 0 auto; }
  .pair figcaption { font-size: 12pt; }
  .sheet footer { margin-top: auto; font-size: 11pt; color: #333; }
  .star { color: #b07d00; }
  @media print {
    body { background: #fff; }
    .hint { display: none; }
    .sheet { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; break-inside: avoid; }
    .sheet footer { margin-top: 0; }
  }
`;

/** The QR code's SVG as an image for assistive technology, with `label` as its name. */
function labelledQr(svg: string, label: string): SafeHtml {
  return raw(svg.replace("<svg ", `<svg role="img" aria-label="${escapeHtml(label)}" focusable="false" `));
}

/** The complete poster document: Russian, print-ready on A4, the on-screen hint hidden in print. */
export function renderPosterPage(p: PosterInput): string {
  const region = p.regionName && p.regionName !== p.unit.name ? html`<p class="region">${p.regionName}</p>` : "";
  return html`<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Плакат опроса — ${p.unit.name}</title>
<style>${raw(posterStyles)}</style>
</head>
<body>
<aside class="hint" aria-labelledby="print-h">
<h2 id="print-h">Печать</h2>
<p>Чтобы напечатать плакат, нажмите <kbd>Ctrl</kbd>+<kbd>P</kbd> (на Mac — <kbd>⌘</kbd>+<kbd>P</kbd>), выберите формат A4 и книжную ориентацию. Эта подсказка на листе не появится.</p>
<p>QR-код отдельным файлом: <a href="${p.downloads.svg}" download>SVG</a> или <a href="${p.downloads.png}" download>PNG</a>.</p>
</aside>
<main class="sheet">
<header>
<p class="unit">${p.unit.name}</p>
${region}
</header>
<h1>Оцените, как Вас обслужили</h1>
<p class="lead">Опрос анонимный, ${lengthPhrase(p.minutes)}.<br>Ваши ответы помогут сделать центр занятости удобнее.</p>
<figure class="qr-main">
${labelledQr(p.qr.start, "QR-код опроса о работе центра занятости")}
<figcaption>Наведите камеру телефона на QR-код</figcaption>
</figure>
<p class="link">или откройте в браузере:<a class="url" href="${p.typedUrl}">${p.typedUrl}</a></p>
<section class="direct" aria-labelledby="direct-h">
<h2 id="direct-h">Сразу к анкете</h2>
<div class="pair">
<figure>
${labelledQr(p.qr.seeker, "QR-код анкеты для соискателей")}
<figcaption><strong>Соискателям</strong><br>ищу работу или получаю услуги</figcaption>
</figure>
<figure>
${labelledQr(p.qr.employer, "QR-код анкеты для работодателей")}
<figcaption><strong>Работодателям</strong><br>представляю организацию</figcaption>
</figure>
</div>
</section>
<footer><span class="star" aria-hidden="true">★</span> Звезда клиентоцентричности ЦЗН</footer>
</main>
</body>
</html>
`.value;
}
