// Helpers for the admin app's browser tests: building the app once, signing in, reading tables as the screen shows them.
import { existsSync, readFileSync } from "node:fs";
import type { Browser, Locator, Page } from "playwright-core";
import { join } from "node:path";
import { ensureWebBuild, webOutDir, webSourceHash } from "../../src/cli/web-build.js";
import { onceAcrossWorkers } from "./once-across-workers.js";
import { demoLogins, type DemoLogin } from "./demo-server.js";

let build: Promise<void> | undefined;
/** Builds dist/web when its sources changed: once per test process, and in one worker while the others wait. */
export function buildWebAppOnce(): Promise<void> {
  const hash = webSourceHash();
  const built = () => existsSync(join(webOutDir, ".source-hash")) && readFileSync(join(webOutDir, ".source-hash"), "utf8").trim() === hash;
  return (build ??= onceAcrossWorkers(`${webOutDir}.lock`, built, async () => void (await ensureWebBuild())));
}

/**
 * A new page in a fresh context (its own cookies), signed in as `login`, opened at `path`; waits for the signed-in
 * header. It signs in through the API, not the form: the form has its own tests (admin-accounts, admin-scope,
 * admin-controls, csp), and here it would only load the app twice per test.
 */
export async function signedInPage(
  browser: Browser,
  baseUrl: string,
  login: DemoLogin,
  path = "/admin/",
  viewport = { width: 1280, height: 900 },
): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true, viewport, locale: "ru-RU" });
  const answer = await context.request.post(`${baseUrl}/api/auth/login`, { data: { login, password: demoLogins[login].password } });
  if (!answer.ok()) throw new Error(`Sign-in as ${login} refused: ${answer.status()} ${await answer.text()}`);
  const page = await context.newPage();
  // The machine running the tests may be busy: waits are for appearance, never for a fixed time.
  page.setDefaultTimeout(90_000);
  await page.goto(`${baseUrl}${path}`);
  await page.getByTestId("user-name").waitFor({ state: "attached" });
  return page;
}

/** A page of a fresh context with the sign-in form submitted for `login`; resolves once the app or the sign-in error shows. */
export async function submitSignIn(browser: Browser, baseUrl: string, login: string, password: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "ru-RU" });
  const page = await context.newPage();
  page.setDefaultTimeout(90_000);
  await page.goto(`${baseUrl}/admin/`);
  await page.locator("input[name=login]").fill(login);
  await page.locator("input[name=password]").fill(password);
  await page.getByRole("button", { name: "Войти" }).click();
  await Promise.race([page.getByTestId("user-name").waitFor(), page.getByTestId("sign-in-error").waitFor()]);
  return page;
}

/** The unit page's id from the address: /admin/u/32-01?… → "32-01". */
export function unitIdOf(page: Page): string {
  return decodeURIComponent(new URL(page.url()).pathname.replace(/^\/admin\/u\//, ""));
}

/** Waits until the page shows the unit `id`: the address alone is not enough, the previous unit stays on screen while the next loads. */
export async function waitForUnit(page: Page, id: string): Promise<void> {
  await page.waitForURL((url) => url.pathname === `/admin/u/${id}`);
  await page.locator(`[data-testid=unit-title][data-unit="${id}"]`).waitFor();
}

/** "41,23" → 41.23; "—" → undefined. */
export function screenNumber(text: string | null | undefined): number | undefined {
  const cleaned = (text ?? "").replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
  return cleaned === "" || cleaned === "—" ? undefined : Number(cleaned);
}

export interface ScreenRatingRow {
  id: string;
  name: string;
  rank?: number;
  index?: number;
  percent?: number;
  n?: number;
  stars: number;
}

/** Waits for the rating of the unit on screen, loaded for the current period and view (a stale one stays shown while the next loads). */
async function settledRating(page: Page): Promise<void> {
  const unit = await page.getByTestId("unit-title").getAttribute("data-unit");
  await page.locator(`[data-testid=rating][data-unit="${unit}"][aria-busy=false]`).waitFor();
}

/** The ranked rows of the rating table as shown (none when every unit stands apart). */
export async function readRatingTable(page: Page): Promise<ScreenRatingRow[]> {
  await settledRating(page);
  const raw = await page.$$eval("[data-testid=rating-table] tbody tr", (rows) =>
    rows.map((row) => {
      const cell = (col: string) => row.querySelector(`[data-col=${col}]`)?.textContent ?? "";
      return {
        id: row.getAttribute("data-unit") ?? "",
        name: cell("name"),
        rank: cell("rank"),
        index: cell("index"),
        percent: cell("percent"),
        n: cell("n"),
        stars: cell("stars"),
      };
    }),
  );
  return raw.map((r) => ({
    id: r.id,
    name: r.name,
    rank: screenNumber(r.rank),
    index: screenNumber(r.index),
    percent: screenNumber(r.percent),
    n: screenNumber(r.n),
    stars: [...r.stars].filter((c) => c === "★").length,
  }));
}

/** The ids of the rows listed apart from the rating. */
export async function readApartIds(page: Page): Promise<string[]> {
  await settledRating(page);
  return page.$$eval("[data-testid=apart-table] tbody tr", (rows) => rows.map((row) => row.getAttribute("data-unit") ?? ""));
}

/**
 * Picks an option of a searchable Mantine select from the keyboard: types `filter`, moves to the first match and takes it.
 * A pointer click on the floating list can land beside it when a section above finishes loading and the list moves,
 * which closes the list instead.
 */
export async function pickByTyping(input: Locator, filter: string, option: RegExp): Promise<void> {
  await input.fill(filter);
  await input.page().getByRole("option", { name: option }).first().waitFor();
  await input.press("ArrowDown");
  await input.press("Enter");
}
