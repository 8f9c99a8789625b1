// The corrective-measures screens in chromium: a centre manager proposes a measure (a reversed date is refused naming
// the field), the regional admin approves it, records the confirmed effect of the waiting fix and downloads the plan,
// the federal admin browses the practice library; axe finds nothing on each screen.
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations } from "../support/browser.js";
import { signedInPage } from "../support/admin-browser.js";
import { runsOnPglite } from "../support/databases.js";
import { useDemoBrowser } from "../support/demo-browser.js";

/** Opens the register row titled `title` and waits for its panel. */
async function openMeasure(page: Page, title: string): Promise<void> {
  await page.getByTestId("measures-table").getByRole("button", { name: title }).click();
  await page.getByTestId("measure-panel").getByRole("heading", { name: title }).waitFor();
}

describe.runIf(runsOnPglite)("admin app: corrective measures", () => {
  const demo = useDemoBrowser();

  it("a centre manager proposes a measure for its own centre", async () => {
    const page = await signedInPage(demo.browser, demo.server.url, "klintsy", "/admin/u/32-02");
    await page.getByTestId("measures-link").click();
    await page.getByTestId("measures-title").waitFor();
    await page.getByTestId("measure-row").first().waitFor();
    await page.getByTestId("propose-measure").click();
    const form = page.getByTestId("measure-form");
    await form.getByLabel("Название меры").fill("Отдельное окно для коротких вопросов");
    await form.getByRole("textbox", { name: "Показатели, на которые направлена мера" }).click();
    await page.getByRole("option", { name: /^М6 / }).click();
    await page.keyboard.press("Escape");
    await form.getByLabel("Начало (план)").fill("2027-02-01");
    await form.getByLabel("Окончание (план)").fill("2027-01-10");
    await form.getByRole("button", { name: "Предложить меру" }).click();
    await expect(page.getByTestId("measure-form-error").textContent()).resolves.toContain(
      "plannedEnd — дата окончания 2027-01-10 раньше даты начала 2027-02-01",
    );
    await form.getByLabel("Окончание (план)").fill("2027-03-31");
    expect(await axeViolations(page)).toEqual([]);
    await form.getByRole("button", { name: "Предложить меру" }).click();
    await page.getByTestId("measure-panel").getByRole("heading", { name: "Отдельное окно для коротких вопросов" }).waitFor();
    await expect(page.getByTestId("measure-status").textContent()).resolves.toBe("черновик");
    // The centre cannot approve its own measure: only withdrawing is offered.
    await expect(page.getByTestId("status-actions").getByRole("button").allTextContents()).resolves.toEqual(["Отменить"]);
  });

  it("the regional admin approves it, records the confirmed effect of the waiting fix and downloads the plan", async () => {
    const page = await signedInPage(demo.browser, demo.server.url, "bryansk", "/admin/u/32/measures");
    await page.getByTestId("measure-row").first().waitFor();
    await expect(page.locator("[data-testid=measure-row][data-overdue=true]").allTextContents()).resolves.toEqual([
      expect.stringContaining("Обучение сотрудников клиентскому сервису"),
    ]);

    await openMeasure(page, "Отдельное окно для коротких вопросов");
    await page.getByTestId("status-actions").getByRole("button", { name: "Утвердить" }).click();
    await page.locator("[data-testid=measure-status]", { hasText: "запланирована" }).waitFor();

    await openMeasure(page, "Электронная очередь и запись на приём по времени");
    const card = page.getByTestId("effect-card");
    await card.getByTestId("effect-verdict").waitFor();
    await expect(card.getByTestId("effect-verdict").getAttribute("data-verdict")).resolves.toBe("confirmed");
    await expect(card.getByTestId("effect-М6").textContent()).resolves.toMatch(/^\+\d+,\d п\. п\. \(ДИ \+\d+,\d…\+\d+,\d п\. п\.\)$/);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId("status-actions").getByRole("button", { name: "Зафиксировать оценку эффекта" }).click();
    await page.locator("[data-testid=measure-status]", { hasText: "эффект оценён" }).waitFor();

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("plan-link").click()]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const titles = wb.worksheets[0]!.getColumn(4).values.slice(3);
    expect(titles).toEqual(
      expect.arrayContaining([
        "Электронная очередь и запись на приём по времени",
        "Отдельное окно для коротких вопросов",
        "Обучение сотрудников клиентскому сервису",
      ]),
    );
  });

  it("a federal user browses the practice library, ranked by effect, filtered by region", async () => {
    const page = await signedInPage(demo.browser, demo.server.url, "admin");
    await page.getByTestId("practices-link").click();
    await page.getByTestId("practices-title").waitFor();
    await page.getByTestId("practice-row").first().waitFor();
    const rows = await page.getByTestId("practice-row").allTextContents();
    expect(rows[0]).toContain("Электронная очередь");
    expect(rows[0]).toContain("эффект подтверждён");
    expect(rows.some((r) => r.includes("Новые информационные стенды"))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("textbox", { name: "Регион" }).click();
    await page.getByRole("option", { name: /Приморский/ }).click();
    await page.waitForURL((url) => url.searchParams.get("region") === "25");
    await expect.poll(async () => (await page.getByTestId("practice-row").allTextContents()).every((r) => r.includes("Владивосток"))).toBe(true);
  });
});
