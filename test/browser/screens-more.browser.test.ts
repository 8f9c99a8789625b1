// More screens people can trust, in chromium on the demo: the trend follows the chosen period and measure with
// gaps, the indicator heatmap, national ratings narrowed to a region, a centre manager's region view, phone layout.
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "../support/browser.js";
import { signedInPage, waitForUnit } from "../support/admin-browser.js";
import { runsOnPglite } from "../support/databases.js";
import { encodeFields, seekerFields, tokenOf } from "../support/survey-forms.js";
import { useDemoBrowser } from "../support/demo-browser.js";

const number = (text: string) => Number(text.replace(/[\s\u00a0\u202f%]/g, "").replace(",", "."));

describe.runIf(runsOnPglite)("admin app: more screens people can act on", { timeout: 240_000 }, () => {
  const demo = useDemoBrowser();
  beforeAll(async () => {
    // One questionnaire in a new quarter: the newest period with any data is now 2026-Q4.
    const form = await fetch(`${demo.server.url}/s/32-02/seeker`);
    const posted = await fetch(`${demo.server.url}/s/32-02/seeker`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: form.headers.get("set-cookie") ?? "" },
      body: encodeFields({ token: tokenOf(await form.text()), ...seekerFields(9) }),
      redirect: "manual",
    });
    expect(posted.status).toBe(303);
  }, 600_000);

  const open = async (login: Parameters<typeof signedInPage>[2], path: string, unit: string): Promise<Page> => {
    const page = await signedInPage(demo.browser, demo.server.url, login, path);
    await waitForUnit(page, unit);
    return page;
  };
  const trendRows = (page: Page) =>
    page.$$eval("section[aria-labelledby=trend-title] tbody tr", (rows) =>
      rows.map((r) => ({ period: r.getAttribute("data-period"), value: r.querySelector("[data-col=value]")?.textContent ?? "" })),
    );

  it("draws the trend up to the chosen period on an axis fitted to the data, marks periods without data, follows a group or an indicator", async () => {
    const page = await open("klintsy", "/admin/u/32-02?period=2026-Q3&view=seeker", "32-02");
    const trend = page.getByTestId("trend");
    await trend.waitFor();
    expect(await trend.getAttribute("data-measure")).toBe("index");
    // The series ends with the chosen quarter, not with the newest quarter holding a response.
    const rows = await trendRows(page);
    expect(rows.map((r) => r.period)).toEqual(["2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"]);
    // The demo starts in 2025-Q4: the earlier quarters are gaps, said so, not zeros.
    expect(await trend.getAttribute("data-gaps")).toBe("2024-Q4 2025-Q1 2025-Q2 2025-Q3");
    expect(rows.slice(0, 4).map((r) => r.value)).toEqual(["нет данных", "нет данных", "нет данных", "нет данных"]);
    expect(await page.getByTestId("trend-chart").getAttribute("aria-label")).toContain("нет данных: IV квартал 2024");
    const values = rows.slice(4).map((r) => number(r.value));
    const [min, max] = [Number(await trend.getAttribute("data-axis-min")), Number(await trend.getAttribute("data-axis-max"))];
    expect(min).toBeGreaterThan(0);
    expect(min).toBeLessThanOrEqual(Math.min(...values));
    expect(max).toBeGreaterThanOrEqual(Math.max(...values));
    expect(max - min).toBeLessThan(50);

    await page.getByRole("textbox", { name: "Показывать" }).click();
    await page.getByRole("option", { name: /^М\. / }).click();
    await page.locator("[data-testid=trend][data-measure=М]").waitFor();
    expect(Number(await page.getByTestId("trend").getAttribute("data-axis-max"))).toBeLessThanOrEqual(100);
    expect((await trendRows(page)).at(-1)?.value).toMatch(/^\d+,\d\d %$/);

    await page.getByRole("textbox", { name: "Показывать" }).click();
    const indicator = page
      .getByRole("option", { name: /^[^.]+\. / })
      .filter({ hasNotText: /^(Д|П|М|А|К)\. / })
      .first();
    const indicatorCode = ((await indicator.textContent()) ?? "").split(".")[0]!;
    await indicator.click();
    await page.locator(`[data-testid=trend][data-measure="${indicatorCode}"]`).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("colours and sorts the 20 indicators of a rating like the five groups", async () => {
    const page = await open("bryansk", "/admin/u/32?period=2026-Q3&view=seeker", "32");
    await page.getByTestId("rating-table").waitFor();
    await page.getByTestId("heat-columns").getByText("20 показателей").click();
    const table = page.getByTestId("rating-table");
    await table.locator("tbody [data-col^=indicator-]").first().waitFor();
    const codes = await table
      .locator("thead [data-sort^='indicator:']")
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute("data-sort")?.slice(10) ?? ""));
    expect(codes).toHaveLength(20);
    expect(await table.locator("tbody [data-col^=group-]").count()).toBe(0);
    const code = codes[3]!;
    await table.locator(`[data-sort="indicator:${code}"]`).click();
    const column = (await table.locator(`tbody [data-col="indicator-${code}"]`).allTextContents()).filter((t) => t !== "—").map(number);
    expect(column.length).toBeGreaterThan(2);
    expect(column).toEqual([...column].sort((a, b) => b - a));
    expect(
      await table
        .locator(`tbody [data-col="indicator-${code}"]`)
        .first()
        .evaluate((td) => getComputedStyle(td).backgroundColor),
    ).not.toBe("rgba(0, 0, 0, 0)");
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("rates territorial centres nationally within one region and one network type, keeping the national places", async () => {
    const page = await open("analyst", "/admin/u/country?period=2026-Q3&view=seeker&kind=territorial", "country");
    await page.locator('[data-testid=rating][data-unit="country"][aria-busy=false]').waitFor();
    const all = await page.$$eval("[data-testid=rating-table] tbody tr", (rows) =>
      rows.map((r) => [r.getAttribute("data-unit"), r.querySelector("[data-col=rank]")?.textContent]),
    );
    await page.getByRole("textbox", { name: "Регион" }).fill("Брянская");
    await page.getByRole("option", { name: "Брянская область" }).click();
    await page.waitForURL((url) => url.searchParams.get("region") === "32");
    await page.getByRole("heading", { name: "Рейтинг центров занятости — Брянская область" }).waitFor();
    await page.locator('[data-testid=rating][data-unit="country"][aria-busy=false]').waitFor();
    const narrowed = await page.$$eval("[data-testid=rating-table] tbody tr", (rows) =>
      rows.map((r) => [r.getAttribute("data-unit"), r.querySelector("[data-col=rank]")?.textContent]),
    );
    expect(narrowed.length).toBeGreaterThan(1);
    expect(narrowed.every(([id]) => id?.startsWith("32-"))).toBe(true);
    expect(narrowed).toEqual(all.filter(([id]) => id?.startsWith("32-")));
    expect(await page.getByRole("textbox", { name: "Тип сети" }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("shows a centre's manager the region's line on the star and the region's rating read-only", async () => {
    const page = await open("klintsy", "/admin/u/32-02?period=2026-Q3&view=seeker", "32-02");
    expect(await page.getByTestId("star").textContent()).toContain("точками — Брянская область");
    expect(await page.locator("[data-testid=star-table] tbody [data-col=region]").count()).toBe(5);
    const region = page.getByTestId("region-rating");
    await region.locator("summary").click();
    await region.locator('[data-testid=rating][data-unit="32"][aria-busy=false]').waitFor();
    expect(await region.getByTestId("peer-note").textContent()).toContain("Только для просмотра");
    expect(await region.locator("[data-testid=rating-table] tbody tr").count()).toBe(6);
    expect(await region.locator("tbody a").count()).toBe(0);
    expect(await region.getByTestId("rating-xlsx").count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    // The region's page itself stays closed.
    await page.goto(`${demo.server.url}/admin/u/32?period=2026-Q3`);
    await page.getByRole("heading", { name: "Не найдено" }).waitFor();
    await page.context().close();
  });

  it("folds the header behind a menu button on a 390 px phone and nothing overflows", async () => {
    for (const [login, path, unit] of [
      ["klintsy", "/admin/u/32-02?period=2026-Q3", "32-02"],
      ["bryansk", "/admin/u/32?period=2026-Q3", "32"],
      ["analyst", "/admin/u/country?period=2026-Q3", "country"],
    ] as const) {
      const page = await signedInPage(demo.browser, demo.server.url, login, path, { width: 390, height: 844 });
      await waitForUnit(page, unit);
      await page.locator("[data-testid=trend-chart][data-rendered=true]").waitFor();
      expect(await page.getByRole("textbox", { name: "Период" }).isVisible()).toBe(false);
      expect(await page.evaluate(() => document.scrollingElement?.scrollWidth), path).toBeLessThanOrEqual(390);
      const burger = page.getByTestId("header-burger");
      await burger.click();
      expect(await burger.getAttribute("aria-expanded")).toBe("true");
      await page.getByRole("textbox", { name: "Период" }).waitFor();
      expect(await page.evaluate(() => document.scrollingElement?.scrollWidth), path).toBeLessThanOrEqual(390);
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    }
  });
});
