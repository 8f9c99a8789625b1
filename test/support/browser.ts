// Chromium driven by playwright-core for the browser tests: launching, keyboard helpers and axe-core.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import Chromium from "@sparticuz/chromium";
import { chromium, type Browser, type Page } from "playwright-core";

/** A system chromium when one is installed (Debian's), else the one `npm ci` brings (@sparticuz/chromium, unpacked to the temp dir once). */
async function chromiumExecutable(): Promise<string> {
  const system = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => existsSync(path));
  return system ?? (await Chromium.executablePath());
}

/** Launches chromium headless. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: await chromiumExecutable(),
    headless: true,
    // Reduced motion, as some users set it: the app then skips its transitions, and no test waits for one to end.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--force-prefers-reduced-motion",
    ],
  });
}

/** The name (or the text, for buttons) of the focused element. */
export function focused(page: Page): Promise<string> {
  return page.evaluate("(() => { const e = document.activeElement; return e ? (e.name || e.textContent || '').trim() : ''; })()");
}

/** Presses Tab until the element named `name` (or a button reading `name`) has the focus. */
export async function tabTo(page: Page, name: string, limit = 120): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if ((await focused(page)) === name) return;
  }
  throw new Error(`Tab never reached «${name}»`);
}

/** Tabs into a radio group and picks its option number `position` (1-based) with Space and the arrow keys. */
export async function pickRadio(page: Page, name: string, position: number): Promise<void> {
  await tabTo(page, name);
  await page.keyboard.press("Space");
  for (let i = 1; i < position; i++) await page.keyboard.press("ArrowDown");
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core"), "utf8");

/** The WCAG 2.1 A/AA violations axe-core finds on the page, as «rule: targets» lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  // A dialog still fading in has text at partial opacity, which axe rightly reads as low contrast: let transitions end.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"), undefined, { timeout: 5_000 }).catch(() => undefined);
  // Evaluated over the DevTools protocol rather than injected as a <script>: the pages' strict CSP rightly refuses inline scripts.
  // Once per page: a second check of the same page reuses it (parsing axe costs a tenth of a second).
  if (!(await page.evaluate("typeof axe === 'object'"))) await page.evaluate(axeSource);
  const violations: { id: string; help: string; nodes: string[] }[] = await page.evaluate(`axe
    .run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }, resultTypes: ["violations"] })
    .then((r) => r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")) })))`);
  return violations.map((v) => `${v.id} (${v.help}): ${v.nodes.slice(0, 5).join(", ")}`);
}
