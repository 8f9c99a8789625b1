// The improvement loop on screen, per demo role: a unit's «Проблемные точки» (the waiting story: М6 at 32-01 and 25-01
// in 2025-Q4) with evidence and practice suggestions, the indicator trend with the measures as markers, the region's
// heatmap drilling into a centre, the country's widest pain points; each role sees only its scope; axe finds nothing.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations } from "../support/browser.js";
import { pickByTyping, signedInPage, waitForUnit } from "../support/admin-browser.js";
import { runsOnPglite } from "../support/databases.js";
import { useDemoBrowser } from "../support/demo-browser.js";
import type { DemoLogin } from "../support/demo-server.js";

/** Waits for the pain-point block of the unit on screen to settle; returns its cards' indicators and priorities. */
async function painCards(page: Page, unit: string): Promise<{ indicator: string; priority: string }[]> {
  await page.locator(`[data-testid=pain-points][data-unit="${unit}"][aria-busy=false]`).waitFor();
  return page.$$eval("[data-testid=pain-card]", (cards) =>
    cards.map((c) => ({ indicator: c.getAttribute("data-indicator") ?? "", priority: c.getAttribute("data-priority") ?? "" })),
  );
}

const waitingSentence =
  /^Быстрое реагирование: \d+ % довольных против \d+ % .+\(−\d+ п\. п\., 95 % ДИ −\d+…−\d+\); при выходе на уровень .+ индекс \+\d+(,\d)? балла$/;

describe.runIf(runsOnPglite)("admin app: the improvement loop", { timeout: 300_000 }, () => {
  const demo = useDemoBrowser();
  const open = (login: DemoLogin, path: string) => signedInPage(demo.browser, demo.server.url, login, path);

  it("the regional admin sees Брянск's waiting pain point first, opens its evidence and what worked elsewhere", async () => {
    const page = await open("bryansk", "/admin/u/32-01?period=2025-Q4&view=seeker");
    await waitForUnit(page, "32-01");
    const cards = await painCards(page, "32-01");
    expect(cards[0]).toEqual({ indicator: "М6", priority: "now" });
    expect(cards.map((c) => c.priority)).toEqual([...cards.map((c) => c.priority)].sort((a, b) => (a === b ? 0 : a === "now" ? -1 : 1)));
    const card = page.locator("[data-testid=pain-card][data-indicator=М6]");
    await expect(card.getByTestId("pain-sentence").textContent()).resolves.toMatch(waitingSentence);
    await expect(card.getByTestId("pain-gap").textContent()).resolves.toMatch(/^Отставание: −\d+,\d п\. п\. \(95 % ДИ −\d+,\d…−\d+,\d п\. п\.\)$/);
    await expect(card.getByTestId("pain-points-recoverable").textContent()).resolves.toMatch(/^Можно вернуть: \+\d+,\d\d балла индекса$/);
    await expect(card.getByTestId("pain-priority").textContent()).resolves.toBe("сейчас");
    // Владивосток's evaluated queue fix is the practice offered for the same indicator.
    await expect(card.getByTestId("practice-suggestions-М6").textContent()).resolves.toContain("Электронная очередь");

    await card.getByTestId("pain-evidence-toggle").click();
    const evidence = card.getByTestId("pain-evidence");
    await evidence.getByTestId("answer-distribution").first().waitFor();
    await expect(evidence.locator("[data-testid=answer-distribution][data-question=q9] tbody tr").count()).resolves.toBe(10);
    await expect(evidence.getByTestId("respondent-notes").locator("li").count()).resolves.toBeGreaterThan(0);
    await evidence.locator("[data-testid=indicator-trend-chart][data-rendered=true]").waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it("the region's heatmap colours the significant gaps and a cell drills into that centre", async () => {
    const page = await open("bryansk", "/admin/u/32?period=2025-Q4&view=seeker");
    await waitForUnit(page, "32");
    await page.locator("[data-testid=pain-heatmap][data-unit='32'][aria-busy=false]").waitFor();
    const table = page.getByTestId("pain-heatmap-table");
    await expect(table.locator("tbody tr").count()).resolves.toBeGreaterThan(5);
    const cell = table.locator("tr[data-unit='32-01'] td[data-indicator=М6]");
    expect(Number(await cell.getAttribute("data-gap"))).toBeLessThan(-3);
    await expect(cell.evaluate((td) => getComputedStyle(td).backgroundColor)).resolves.not.toBe("rgba(0, 0, 0, 0)");
    // A cell without a significant gap stays empty.
    const blank = table.locator("tr[data-unit='32-01'] td[data-indicator]:not([data-gap])").first();
    await expect(blank.textContent()).resolves.toBe("");
    expect(await axeViolations(page)).toEqual([]);
    await cell.getByRole("link").click();
    await waitForUnit(page, "32-01");
    expect(new URL(page.url()).searchParams.get("period")).toBe("2025-Q4");
    await painCards(page, "32-01");
  });

  it("an indicator's trend marks the unit's measure on it, named in a tooltip and in the list beside", async () => {
    const page = await open("admin", "/admin/u/32-01?period=2026-Q3&view=seeker");
    await waitForUnit(page, "32-01");
    await painCards(page, "32-01");
    const picker = page.getByRole("textbox", { name: "Динамика и доказательства любого показателя" });
    await pickByTyping(picker, "М6", /^М6 /);
    await expect(picker.inputValue()).resolves.toMatch(/^М6 /);
    const trend = page.getByTestId("indicator-trend");
    await trend.getByTestId("measure-markers").waitFor();
    await expect(trend.getAttribute("data-markers")).resolves.toBe("2");
    await expect(trend.getByTestId("measure-markers").locator("li").allTextContents()).resolves.toEqual([
      "Начало меры «Электронная очередь и запись на приём по времени»: 12.01.2026 — I квартал 2026",
      "Окончание меры «Электронная очередь и запись на приём по времени»: 27.03.2026 — I квартал 2026",
    ]);
    // The marker line of 2026-Q1 (the fourth of six quarters; the grid leaves 52 px left, 16 px right) names the measure when hovered.
    const chart = trend.locator("[data-testid=indicator-trend-chart][data-rendered=true]");
    await chart.scrollIntoViewIfNeeded();
    const box = (await chart.boundingBox())!;
    const x = box.x + 52 + 3.5 * ((box.width - 68) / 6);
    const tooltip = chart.locator("div", { hasText: "Электронная очередь" });
    for (const dx of [0, -1, 1, -2, 2]) {
      await page.mouse.move(x + dx, box.y + box.height * 0.6);
      if ((await tooltip.count()) > 0) break;
    }
    await expect(tooltip.first().textContent()).resolves.toContain("Начало меры «Электронная очередь и запись на приём по времени»");
    expect(await axeViolations(page)).toEqual([]);
  });

  it.each(["admin", "analyst"] as const)("%s (federal) sees the country's widest pain points, out of the regions with results", async (login) => {
    const page = await open(login, "/admin/u/country?period=2025-Q4&view=seeker");
    await waitForUnit(page, "country");
    await page.locator("[data-testid=country-pain][aria-busy=false]").waitFor();
    const rows = await page.$$eval("[data-testid=country-pain-table] tbody tr", (trs) => trs.map((tr) => tr.querySelectorAll("td")[0]?.textContent ?? ""));
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r).toMatch(/^\d+ из 13$/);
    await expect(page.locator("[data-testid=pain-points]").count()).resolves.toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("Приморье's admin sees Владивосток's waiting pain point and none of Брянск's", async () => {
    const page = await open("primorye", "/admin/u/25-01?period=2025-Q4&view=seeker");
    await waitForUnit(page, "25-01");
    const cards = await painCards(page, "25-01");
    expect(cards).toContainEqual({ indicator: "М6", priority: "now" });
    await expect(page.locator("[data-testid=pain-card][data-indicator=М6]").getByTestId("pain-sentence").textContent()).resolves.toMatch(waitingSentence);
    await page.goto(`${demo.server.url}/admin/u/25?period=2025-Q4&view=seeker`);
    await page.locator("[data-testid=pain-heatmap][data-unit='25'][aria-busy=false]").waitFor();
    const centres = await page.$$eval("[data-testid=pain-heatmap-table] tbody tr", (trs) => trs.map((tr) => tr.getAttribute("data-unit") ?? ""));
    expect(centres.length).toBeGreaterThan(0);
    expect(centres.every((id) => id.startsWith("25-"))).toBe(true);
    await page.goto(`${demo.server.url}/admin/u/32-01?period=2025-Q4&view=seeker`);
    await page.getByTestId("not-found").waitFor();
  });

  it("a centre's manager sees its own pain points only, without the heatmap", async () => {
    const page = await open("klintsy", "/admin/u/32-02?period=2025-Q4&view=combined");
    await waitForUnit(page, "32-02");
    const cards = await painCards(page, "32-02");
    expect(cards.length).toBeGreaterThan(0);
    await expect(page.locator("[data-testid=pain-heatmap], [data-testid=country-pain]").count()).resolves.toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    for (const other of ["32-01", "32"]) {
      await page.goto(`${demo.server.url}/admin/u/${other}?period=2025-Q4&view=seeker`);
      await page.getByTestId("not-found").waitFor();
    }
  });
});
