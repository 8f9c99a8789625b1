// «Проверка данных» in chromium: the Bryansk reviewer opens the fabricated burst the demo planted in
// Klintsy (32-02), sees its timeline, confirms it, and the centre's index and star change.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, launchChromium } from "../support/browser.js";
import { buildWebAppOnce, screenNumber, signedInPage, waitForUnit } from "../support/admin-browser.js";
import { runsOnPglite } from "../support/databases.js";
import { startDemoServer, type DemoServer } from "../support/demo-server.js";

/** The centre's index and the rays of its star as the unit page shows them. */
async function starOf(page: Page, url: string): Promise<{ index?: number; rays: string }> {
  await page.goto(url);
  await waitForUnit(page, "32-02");
  await page.getByTestId("star-table").waitFor();
  return { index: screenNumber(await page.getByTestId("index-value").textContent()), rays: (await page.getByTestId("star-table").textContent()) ?? "" };
}

describe.runIf(runsOnPglite)("admin app: data-quality review", () => {
  let server: DemoServer;
  let browser: Browser;
  let regional: Page;

  beforeAll(async () => {
    const [, started] = await Promise.all([buildWebAppOnce(), startDemoServer()]);
    server = started;
    browser = await launchChromium();
    regional = await signedInPage(browser, server.url, "bryansk");
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("a regional reviewer opens a flagged burst, confirms it, and the centre's star changes", async () => {
    const unitUrl = `${server.url}/admin/u/32-02?period=2026-Q3&view=seeker`;
    const before = await starOf(regional, unitUrl);

    await regional.getByTestId("quality-link").click();
    await regional.getByTestId("quality-title").waitFor();
    await regional.goto(`${server.url}/admin/quality?period=2026-Q3`);
    const pending = regional.locator('[data-testid=quality-group][data-units~="32-02"][data-status=pending]').first();
    await pending.waitFor();
    await pending.getByRole("button", { name: "Показать анкеты" }).click();
    const rows = pending.locator("[data-testid=group-timeline] tbody tr");
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThanOrEqual(10);
    expect(await axeViolations(regional)).toEqual([]);

    await pending.getByRole("button", { name: "Подтвердить и исключить" }).click();
    await regional.locator('[data-testid=quality-group][data-units~="32-02"][data-status=confirmed]').first().waitFor();

    const after = await starOf(regional, unitUrl);
    expect(after.index).not.toBe(before.index);
    expect(after.rays).not.toBe(before.rays);
  });
});
