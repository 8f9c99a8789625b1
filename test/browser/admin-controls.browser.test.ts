// The admin app's remaining controls in chromium: the period and view pickers (URL and figures), the password change
// dialog, the unit passport XLSX and the responses CSV downloads against the screen and the API.
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { screenNumber, signedInPage, waitForUnit, submitSignIn } from "../support/admin-browser.js";
import { runsOnPglite } from "../support/databases.js";
import { useDemoBrowser } from "../support/demo-browser.js";

interface CardFigures {
  index?: number;
  percent?: number;
  n?: number;
}

/** Waits until the unit heading names `period` and `view` (the previous figures stay on screen while the next load), then reads the index card. */
async function readIndexCard(page: Page, periodLabel: string, viewLabel: string): Promise<CardFigures> {
  // «· II квартал» and not «· III квартал»: the label is matched after its separator.
  await page.locator("[data-testid=unit-title] + *", { hasText: `· ${periodLabel} · ${viewLabel}` }).waitFor();
  const text = async (testId: string) => ((await page.getByTestId(testId).count()) > 0 ? await page.getByTestId(testId).textContent() : undefined);
  return { index: screenNumber(await text("index-value")), percent: screenNumber(await text("percent-value")), n: screenNumber(await text("n-value")) };
}

/** The figures of the unit as the dashboard API gives them, rounded as the screen shows them. */
async function apiFigures(page: Page, baseUrl: string, unit: string, period: string, view: string): Promise<CardFigures> {
  const response = await page.request.get(`${baseUrl}/api/dashboard/unit/${unit}?period=${period}&view=${view}`);
  expect(response.ok()).toBe(true);
  const { figures } = (await response.json()) as { figures: { index?: number; percent?: number; n: number } };
  const round = (x: number | undefined) => (x === undefined ? undefined : Math.floor(x * 100 + 0.5) / 100);
  return { index: round(figures.index), percent: round(figures.percent), n: figures.n };
}

/** Rows of a «;»-separated CSV with "…" quoting (fields may hold separators, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ";") endField();
    else if (c === "\n") {
      endField();
      rows.push(row);
      row = [];
    } else if (c !== "\r") field += c;
  }
  if (field !== "" || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

describe.runIf(runsOnPglite)("admin app: pickers, password change and downloads", { timeout: 300_000 }, () => {
  const demo = useDemoBrowser();

  it("the period and view pickers change the address and the figures; the address opened again shows the same", async () => {
    const page = await signedInPage(demo.browser, demo.server.url, "admin", "/admin/u/32");
    await waitForUnit(page, "32");
    const first = await readIndexCard(page, "III квартал 2026", "сводный");
    expect(first).toEqual(await apiFigures(page, demo.server.url, "32", "2026-Q3", "combined"));

    await page.getByRole("textbox", { name: "Период" }).click();
    await page.getByRole("option", { name: "II квартал 2026", exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get("period") === "2026-Q2");
    const earlier = await readIndexCard(page, "II квартал 2026", "сводный");
    expect(earlier).toEqual(await apiFigures(page, demo.server.url, "32", "2026-Q2", "combined"));
    expect(earlier).not.toEqual(first);

    await page.locator("label", { hasText: "работодатели" }).click();
    await page.waitForURL((url) => url.searchParams.get("view") === "employer" && url.searchParams.get("period") === "2026-Q2");
    const employers = await readIndexCard(page, "II квартал 2026", "работодатели");
    expect(employers).toEqual(await apiFigures(page, demo.server.url, "32", "2026-Q2", "employer"));
    expect(employers.n).toBeLessThan(earlier.n as number);

    const again = await page.context().newPage();
    await again.goto(page.url());
    await waitForUnit(again, "32");
    expect(await readIndexCard(again, "II квартал 2026", "работодатели")).toEqual(employers);
    await page.context().close();
  });

  it("the password change dialog: the new password signs in, the old one no longer does", async () => {
    // A throwaway account, so that the demo logins of other tests stay as they are.
    const admin = await signedInPage(demo.browser, demo.server.url, "admin");
    const { csrfToken } = (await (await admin.request.get(`${demo.server.url}/api/auth/me`)).json()) as { csrfToken: string };
    const created = await admin.request.post(`${demo.server.url}/api/users`, {
      headers: { "x-csrf-token": csrfToken },
      data: { login: "throwaway-analyst", displayName: "Временный аналитик", role: "federal_analyst", scopeUnitId: null, password: "first-secret-2026" },
    });
    expect(created.status()).toBe(201);
    await admin.context().close();

    const page = await submitSignIn(demo.browser, demo.server.url, "throwaway-analyst", "first-secret-2026");
    await page.getByTestId("user-name").waitFor();
    await page.getByRole("button", { name: "Сменить пароль" }).click();
    const dialog = page.getByRole("dialog", { name: "Смена пароля" });
    await dialog.locator("input[autocomplete=current-password]").fill("first-secret-2026");
    await dialog.locator("input[autocomplete=new-password]").nth(0).fill("short");
    await dialog.locator("input[autocomplete=new-password]").nth(1).fill("short");
    await dialog.getByRole("button", { name: "Сменить пароль" }).click();
    await expect.poll(() => dialog.getByRole("alert").textContent()).toContain("не короче 10 символов");
    await dialog.locator("input[autocomplete=new-password]").nth(0).fill("second-secret-2026");
    await dialog.locator("input[autocomplete=new-password]").nth(1).fill("second-secret-2026");
    await dialog.getByRole("button", { name: "Сменить пароль" }).click();
    await dialog.getByText("Пароль изменён").waitFor();
    await dialog.getByRole("button", { name: "Готово" }).click();
    await page.getByRole("button", { name: "Выйти" }).click();
    await page.getByRole("button", { name: "Войти" }).waitFor();
    await page.context().close();

    const old = await submitSignIn(demo.browser, demo.server.url, "throwaway-analyst", "first-secret-2026");
    expect(await old.getByTestId("sign-in-error").textContent()).toBe("Неверный логин или пароль");
    await old.context().close();
    const fresh = await submitSignIn(demo.browser, demo.server.url, "throwaway-analyst", "second-secret-2026");
    expect(await fresh.getByTestId("user-name").count()).toBe(1);
    await waitForUnit(fresh, "country");
    await fresh.context().close();
  });

  it("the unit passport XLSX holds the figures on screen; the responses CSV has a header and a row per response the API counts", async () => {
    const page = await signedInPage(demo.browser, demo.server.url, "bryansk", "/admin/u/32-01?period=2026-Q3&view=seeker");
    await waitForUnit(page, "32-01");
    const shown = await readIndexCard(page, "III квартал 2026", "соискатели");
    expect(shown.index).toBeDefined();

    const [passport] = await Promise.all([page.waitForEvent("download"), page.getByTestId("passport-xlsx").click()]);
    expect(passport.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await passport.path());
    const sheet = workbook.getWorksheet("Паспорт");
    expect(sheet).toBeDefined();
    const byLabel = new Map<string, unknown>();
    sheet!.eachRow((row) => byLabel.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(String(sheet!.getRow(1).getCell(1).value)).toContain("(32-01), период 2026-Q3");
    expect(byLabel.get("Индекс (0–50)")).toBe(shown.index);
    expect(byLabel.get("Индекс (0–100)")).toBe(shown.percent);
    expect(byLabel.get("Ответов (n)")).toBe(shown.n);

    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByTestId("responses-csv").click()]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    const text = readFileSync(await csv.path(), "utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    const rows = parseCsv(text.slice(1)).filter((row) => row.some((field) => field !== ""));
    const header = rows[0] as string[];
    expect(header.slice(0, 3)).toEqual(["id", "unit", "respondent"]);
    expect(rows.slice(1).every((row) => row.length === header.length && row[1] === "32-01")).toBe(true);
    // Every response of the period, the excluded ones too: the count of the «all responses» basis, both views.
    const counted = await page.request.get(`${demo.server.url}/api/dashboard/unit/32-01?period=2026-Q3&view=combined&basis=raw`);
    const { figures } = (await counted.json()) as { figures: { n: number } };
    expect(figures.n).toBeGreaterThan(0);
    expect(rows.length - 1).toBe(figures.n);
    await page.context().close();
  });
});
