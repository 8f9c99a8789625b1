// The admin app in chromium: drill-down country → region → centre and back, the star (screenshot), axe on every
// dashboard page, and an XLSX export whose values equal the screen's.
import { mkdirSync } from "node:fs";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "../support/browser.js";
import { readRatingTable, screenNumber, signedInPage, waitForUnit } from "../support/admin-browser.js";
import { runsOnPglite } from "../support/databases.js";
import { useDemoBrowser } from "../support/demo-browser.js";

const artifacts = new URL("../../test-artifacts/", import.meta.url);

describe.runIf(runsOnPglite)("admin app: dashboards", { timeout: 240_000 }, () => {
  let page: Page;

  const demo = useDemoBrowser();
  beforeAll(async () => {
    page = await signedInPage(demo.browser, demo.server.url, "admin");
    await waitForUnit(page, "country");
  }, 600_000);

  it("drills down country → region → centre by clicking rows, and back up by the breadcrumbs", async () => {
    const regions = await readRatingTable(page);
    expect(regions.length).toBeGreaterThan(0);
    const region = regions.find((r) => r.id === "32") ?? regions[0]!;
    await page.locator(`[data-testid=rating-table] tbody tr[data-unit="${region.id}"] [data-col=index]`).click();
    await waitForUnit(page, region.id);
    expect(await page.getByTestId("unit-title").textContent()).toBe(region.name);

    // A quarter's centres are often short of 30 employer answers: ranked or apart, a row opens the centre.
    await page.locator(`[data-testid=rating][data-unit="${region.id}"][aria-busy=false]`).waitFor();
    const centreRow = page.locator("[data-testid=rating-table] tbody tr, [data-testid=apart-table] tbody tr").first();
    const centre = { id: (await centreRow.getAttribute("data-unit"))!, name: (await centreRow.locator("[data-col=name]").textContent())! };
    expect(centre.id).toMatch(new RegExp(`^${region.id}-`));
    await centreRow.locator("[data-col=n]").click();
    await waitForUnit(page, centre.id);
    expect(await page.getByTestId("unit-title").textContent()).toBe(centre.name);
    // The period and view travel with the drill-down.
    expect(new URL(page.url()).searchParams.get("view")).toBe("combined");

    const crumbs = page.getByRole("navigation", { name: "Путь" });
    const trail = await crumbs.getByRole("link").allTextContents();
    expect(trail[0]).toBe("Российская Федерация");
    expect(trail).toContain(region.name);
    await crumbs.getByRole("link", { name: region.name }).click();
    await waitForUnit(page, region.id);
    await page.getByRole("navigation", { name: "Путь" }).getByRole("link").first().click();
    await waitForUnit(page, "country");
  });

  it("renders the star of a region with the country behind it (screenshot saved)", async () => {
    await page.goto(`${demo.server.url}/admin/u/32`);
    await waitForUnit(page, "32");
    const chart = page.getByTestId("star-chart");
    await chart.locator("canvas").waitFor();
    await page.waitForSelector("[data-testid=star-chart][data-rendered=true]");
    expect(await chart.getAttribute("aria-label")).toMatch(/^Звезда «.+»: Д \(дружелюбие и партнерство\) \d/);
    // The data table alternative lists the five groups.
    expect(await page.locator("[data-testid=star-table] tbody tr").count()).toBe(5);
    mkdirSync(artifacts, { recursive: true });
    const shot = await page.getByTestId("star").screenshot({ path: new URL("star.png", artifacts).pathname });
    expect(shot.length).toBeGreaterThan(5_000);
    // The canvas is not blank: the unit's polygon is drawn in its blue.
    const bluePixels = await chart.locator("canvas").evaluate((canvas: HTMLCanvasElement) => {
      const data = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
      let count = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i + 2]! > 120 && data[i]! < 80 && data[i + 3]! > 0) count++;
      return count;
    });
    expect(bluePixels).toBeGreaterThan(100);
  });

  it("has no axe violations (WCAG 2.1 AA) on the country, region and centre pages", async () => {
    for (const id of ["country", "32", "32-01"]) {
      await page.goto(`${demo.server.url}/admin/u/${id}`);
      await waitForUnit(page, id);
      if (id !== "32-01") await page.locator(`[data-testid=rating][data-unit="${id}"][aria-busy=false]`).waitFor();
      await page.getByRole("heading", { name: "Динамика", exact: true }).waitFor();
      await page.getByText("Загрузка…").first().waitFor({ state: "detached" });
      await page.waitForSelector("[data-testid=star-chart][data-rendered=true]");
      expect(await axeViolations(page), id).toEqual([]);
    }
  });

  it("downloads the country rating as XLSX with the values shown on screen", async () => {
    await page.goto(`${demo.server.url}/admin/u/country?view=seeker`);
    await waitForUnit(page, "country");
    const shown = await readRatingTable(page);
    expect(shown.length).toBeGreaterThan(0);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("rating-xlsx").click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.worksheets[0]!;
    // Row values are 1-based (index 0 is empty), like the column numbers getCell takes.
    const headers = Array.from(sheet.getRow(2).values as unknown[], (value) => String(value ?? ""));
    const column = (name: string) => headers.findIndex((h) => h.startsWith(name));
    const byCode = new Map<string, ExcelJS.Row>();
    sheet.eachRow((row, number) => {
      if (number > 2) byCode.set(String(row.getCell(column("Код")).value), row);
    });
    for (const r of shown) {
      const row = byCode.get(r.id);
      expect(row, r.id).toBeDefined();
      expect(row!.getCell(column("Подразделение")).value).toBe(r.name);
      expect(row!.getCell(column("Место")).value).toBe(r.rank);
      expect(row!.getCell(column("Индекс (0–50)")).value).toBe(r.index);
      expect(row!.getCell(column("Индекс (0–100)")).value).toBe(r.percent);
      expect(row!.getCell(column("Звёзды")).value).toBe(r.stars);
      expect(row!.getCell(column("Ответов")).value).toBe(r.n);
    }
    expect(screenNumber("41,23")).toBe(41.23);
  });
});
