// The CX tabs of «Голос клиента» in chromium for a regional admin, a centre manager and a federal analyst: segments
// with «кто доволен меньше всех», client portraits with live facts (the region's admin adds one), the region's
// journey coloured by live scores and by a portrait's segment; axe finds nothing on any tab.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations } from "../support/browser.js";
import { signedInPage } from "../support/admin-browser.js";
import { runsOnPglite } from "../support/databases.js";
import { useDemoBrowser } from "../support/demo-browser.js";

const period = "2026-Q3";

async function openTab(page: Page, url: string, tab: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId("voice-title").waitFor();
  await page.getByRole("tab", { name: tab }).click();
}

describe.runIf(runsOnPglite)("admin app: segments, portraits and journeys", () => {
  const demo = useDemoBrowser();

  it("a regional admin reads segments, adds a portrait and sees the region's journey", async () => {
    const page = await signedInPage(demo.browser, demo.server.url, "bryansk");
    await openTab(page, `${demo.server.url}/admin/u/32/voice?period=${period}`, "Сегменты");
    const gender = page.getByTestId("segment-seeker-gender");
    await gender.waitFor();
    expect(await gender.textContent()).toContain("Женщина");
    await page.getByTestId("segment-least").waitFor();
    expect(await page.getByTestId("segment-least").locator("tbody tr").count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("tab", { name: "Портреты клиента" }).click();
    await page.getByTestId("portrait-facts").first().waitFor();
    expect(await page.getByTestId("portrait-card").count()).toBe(2);
    expect(await page.getByTestId("portrait-facts").first().textContent()).toMatch(/респондентов/);
    await page.getByLabel("Название").fill("Мужчины 30–39");
    await page.getByTestId("portrait-gender").click();
    await page.getByRole("option", { name: "Мужчина" }).click();
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Сохранить портрет" }).click();
    await page.getByRole("article", { name: "Мужчины 30–39" }).waitFor();
    expect(await page.getByTestId("portrait-card").count()).toBe(3);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("tab", { name: "Маршрут клиента" }).click();
    await page.getByTestId("journey-title").waitFor();
    expect(await page.getByTestId("journey-title").textContent()).toContain("редакция региона");
    expect(await page.getByTestId("journey-stages").getByRole("article").count()).toBe(7);
    expect(await page.getByRole("article", { name: "7. Обратная связь" }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  }, 300_000);

  it("a centre manager reads the region's portraits without a form and draws the journey for a portrait's segment", async () => {
    const page = await signedInPage(demo.browser, demo.server.url, "klintsy");
    await openTab(page, `${demo.server.url}/admin/u/32-02/voice?period=${period}`, "Портреты клиента");
    await page.getByTestId("portrait-facts").first().waitFor();
    expect(await page.getByRole("button", { name: "Сохранить портрет" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Удалить портрет" }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("tab", { name: "Маршрут клиента" }).click();
    await page.getByTestId("journey-stages").waitFor();
    const before = await page.getByTestId("journey-stages").textContent();
    await page.getByRole("textbox", { name: "Сегмент портрета" }).click();
    await page.getByRole("option", { name: "Женщина предпенсионного возраста" }).click();
    await page.getByText(/Сегмент «Женщина предпенсионного возраста»/).waitFor();
    expect(await page.getByTestId("journey-stages").textContent()).not.toBe(before);
    expect(await axeViolations(page)).toEqual([]);
  }, 300_000);

  it("a federal analyst reads the segments of a region and every portrait, without editing", async () => {
    const page = await signedInPage(demo.browser, demo.server.url, "analyst");
    await openTab(page, `${demo.server.url}/admin/u/32/voice?period=${period}`, "Сегменты");
    await page.getByRole("tabpanel").getByText("Работодатели").click();
    await page.getByTestId("segment-employer-headcount").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("tab", { name: "Портреты клиента" }).click();
    await page.getByTestId("portrait-facts").first().waitFor();
    expect(await page.getByRole("button", { name: "Сохранить портрет" }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  }, 300_000);
});
