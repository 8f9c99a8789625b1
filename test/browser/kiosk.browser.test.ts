/// <reference lib="dom" />
// The office kiosk in a real browser: three questionnaires filled while the connection is down are
// queued and, once it is back, delivered exactly once each.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerKiosk } from "../../src/db/index.js";
import { launchChromium } from "../support/browser.js";
import { startSurveyServer, testUnits, type SurveyServer } from "../support/survey-server.js";

describe("kiosk", () => {
  let server: SurveyServer;
  let browser: Browser;
  let kioskUrl: string;
  let kioskId: string;

  beforeAll(async () => {
    server = await startSurveyServer("pglite");
    const kiosk = await registerKiosk(server.database.db, testUnits.open, "Планшет у входа");
    kioskId = kiosk.id;
    kioskUrl = `${server.url}/k/${kiosk.token}`;
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const storedKioskResponses = async () =>
    server.database.db
      .selectFrom("responses")
      .select(["answers", "device_hash", "channel", "duration_sec"])
      .where("device_hash", "=", `k:${kioskId}`)
      .execute();

  it("queues three submissions while offline and delivers exactly three when back online", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(kioskUrl);
    await context.setOffline(true);
    const scores = [9, 4, 10];
    for (const [i, score] of scores.entries()) {
      await page.click('[data-screen="start"] a[data-go="seeker"]');
      await page.check(`[data-screen="form"] input[name="q1"][value="${score}"]`);
      const next = page.locator('[data-screen="form"] .nav button:not(.sec)');
      while (await next.isVisible()) await next.click();
      await page.click('[data-screen="form"] button[type="submit"]');
      await page.waitForSelector('[data-screen="thanks"]:not([hidden])');
      expect(await page.evaluate(() => JSON.parse(localStorage.getItem("kioskQueue") ?? "[]").length)).toBe(i + 1);
      await page.click('[data-screen="thanks"] a[data-go="start"]');
    }
    expect(await storedKioskResponses()).toHaveLength(0);

    await context.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event("online")));
    await page.waitForFunction(() => JSON.parse(localStorage.getItem("kioskQueue") ?? "[]").length === 0, null, { timeout: 30_000 });
    // Sending the same queue again (a retry after a lost answer) must not count anything twice.
    const stored = await storedKioskResponses();
    expect(stored).toHaveLength(3);
    expect(stored.map((r) => r.answers["q1"]).sort()).toEqual([10, 4, 9].sort());
    expect(stored.every((r) => r.channel === "kiosk" && r.duration_sec !== null)).toBe(true);
    const n = await server.database.db
      .selectFrom("response_counters")
      .select((eb) => eb.fn.sum<number>("count").as("n"))
      .where("unit_id", "=", testUnits.open)
      .where("key", "=", "_n")
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(3);
    await context.close();
  }, 120_000);

  it("does not queue an empty questionnaire: it says so and keeps the visitor on the form", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(kioskUrl);
    await page.click('[data-screen="start"] a[data-go="employer"]');
    const next = page.locator('[data-screen="form"] .nav button:not(.sec)');
    while (await next.isVisible()) await next.click();
    await page.click('[data-screen="form"] button[type="submit"]');
    expect(await page.locator('[data-screen="form"] p.empty').textContent()).toContain("Анкета пока пустая");
    expect(await page.locator('[data-screen="thanks"]').isHidden()).toBe(true);
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem("kioskQueue") ?? "[]").length)).toBe(0);
    await context.close();
  });

  it("stores a replayed kiosk submission once", async () => {
    const before = (await storedKioskResponses()).length;
    const body = new URLSearchParams({ token: "replayed-key-0123456789", q1: "8", duration: "120", clientTime: new Date().toISOString() });
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${kioskUrl}/seeker`, { method: "POST", body, redirect: "manual" });
      expect(res.status).toBe(303);
    }
    expect((await storedKioskResponses()).length).toBe(before + 1);
  });

  it("returns to the start screen after the idle timeout, with a warning first", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(kioskUrl);
    await page.click('[data-screen="start"] a[data-go="employer"]');
    await page.check('[data-screen="form"] input[name="q1"][value="7"]');
    await page.clock.runFor(80_000);
    expect(await page.locator(".banner").isVisible()).toBe(true);
    await page.clock.runFor(15_000);
    expect(await page.locator('[data-screen="start"]').isVisible()).toBe(true);
    expect(await page.locator('[data-screen="form"] form').count()).toBe(0);
    await context.close();
  }, 60_000);

  it("keeps the next visitor's form when the thanks screen was left before it closed by itself", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(kioskUrl);
    await context.setOffline(true);
    await page.click('[data-screen="start"] a[data-go="employer"]');
    await page.check('[data-screen="form"] input[name="q1"][value="8"]');
    const next = page.locator('[data-screen="form"] .nav button:not(.sec)');
    while (await next.isVisible()) await next.click();
    await page.click('[data-screen="form"] button[type="submit"]');
    await page.waitForSelector('[data-screen="thanks"]:not([hidden])');
    await page.click('[data-screen="thanks"] a[data-go="start"]');
    await page.click('[data-screen="start"] a[data-go="seeker"]');
    await page.check('[data-screen="form"] input[name="q1"][value="6"]');
    // Past the thanks screen's own 5 s: the form being filled stays.
    await page.clock.runFor(10_000);
    expect(await page.locator('[data-screen="form"] input[name="q1"][value="6"]').isChecked()).toBe(true);
    await context.close();
  }, 60_000);

  it("shows the friendly page for an unknown kiosk", async () => {
    const res = await fetch(`${server.url}/k/unknown-token`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("Опрос не найден");
  });
});
