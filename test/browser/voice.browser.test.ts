// «Голос клиента» in chromium for a centre manager, a regional admin and a federal analyst: search with
// highlights, the theme summary and the period's new themes, a tag correction, external feedback by form and by
// XLSX (a refused file lists its rows), a comment's response; axe finds nothing on the screen.
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations } from "../support/browser.js";
import { signedInPage, waitForUnit } from "../support/admin-browser.js";
import { runsOnPglite } from "../support/databases.js";
import { useDemoBrowser } from "../support/demo-browser.js";

const period = "2026-Q3";

async function settled(page: Page): Promise<void> {
  await page.getByTestId("voice-summary").waitFor();
  await page.getByTestId("voice-texts").locator("li").first().waitFor();
}

describe.runIf(runsOnPglite)("admin app: voice of the client", () => {
  const demo = useDemoBrowser();

  it("a centre manager searches, corrects a text's themes and registers feedback from the complaints book", async () => {
    const page = await signedInPage(demo.browser, demo.server.url, "klintsy", `/admin/u/32-02?period=${period}&view=combined`);
    await waitForUnit(page, "32-02");
    await page.getByTestId("voice-link").click();
    await page.getByTestId("voice-title").waitFor();
    await settled(page);
    expect(await page.getByTestId("voice-title").textContent()).toContain("Клинцы");

    await page.getByTestId("voice-query").fill("очереди");
    await page.getByTestId("voice-search").click();
    await page.waitForURL((url) => url.searchParams.get("q") === "очереди");
    const marked = page.getByTestId("voice-texts").locator("mark").first();
    await marked.waitFor();
    expect((await marked.textContent())?.toLowerCase()).toMatch(/^очеред/);
    expect(await axeViolations(page)).toEqual([]);

    const first = page.getByTestId("voice-text").first();
    await first.getByTestId("voice-edit-themes").click();
    await page.getByTestId("theme-editor").click();
    await page.getByRole("option", { name: "Помещение и комфорт" }).click();
    await page.keyboard.press("Escape");
    await page.getByTestId("theme-save").click();
    await first.getByText("темы исправлены").waitFor();
    expect(await first.textContent()).toContain("Помещение и комфорт");

    await page.getByLabel("Дата").fill("2026-08-20");
    await page.getByTestId("feedback-text").fill("В книге отзывов: на втором этаже нет лифта, пожилым тяжело подниматься");
    await page.getByTestId("feedback-save").click();
    await page.getByText("Отзыв сохранён и размечен темами").waitFor();
    await page.goto(`${demo.server.url}/admin/u/32-02/voice?period=${period}&channel=book&q=${encodeURIComponent("лифта")}`);
    const stored = page.getByTestId("voice-text").first();
    await stored.waitFor();
    expect(await stored.textContent()).toContain("Доступная среда");
    expect(await axeViolations(page)).toEqual([]);
  }, 300_000);

  it("a regional admin sees the period's new theme and uploads feedback from XLSX, all or nothing", async () => {
    const page = await signedInPage(demo.browser, demo.server.url, "bryansk", `/admin/u/32/voice?period=${period}`);
    await settled(page);
    expect(await page.getByTestId("voice-emerging").textContent()).toContain("Дозвон и контакт-центр");
    await page.getByTestId("voice-summary").getByRole("button", { name: "Дозвон и контакт-центр" }).click();
    await page.waitForURL((url) => url.searchParams.get("theme") === "phone");
    await page
      .getByTestId("voice-texts")
      .getByText(/дозвон|трубку|занят|перезвон|гудки/i)
      .first()
      .waitFor();

    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Отзывы");
    sheet.addRow(["Код подразделения", "Канал", "Дата", "Текст", "Оценка 1–5", "Ссылка"]);
    sheet.addRow(["32-03", "соцсети", "2026-08-14", "Спасибо за ярмарку вакансий!", 5, "https://vk.com/wall-1_7"]);
    sheet.addRow(["25-01", "соцсети", "2026-08-14", "Чужой регион", "", ""]);
    const upload = async (workbook: ExcelJS.Workbook) => {
      await page
        .getByTestId("feedback-import")
        .locator("input[type=file]")
        .setInputFiles({
          name: "feedback.xlsx",
          mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
        });
      await page.getByTestId("feedback-upload").click();
    };
    await upload(book);
    await page.getByText("строка 3: подразделение «25-01» не найдено или вне вашей зоны доступа").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const good = new ExcelJS.Workbook();
    const goodSheet = good.addWorksheet("Отзывы");
    goodSheet.addRow(["Код подразделения", "Канал", "Дата", "Текст", "Оценка 1–5", "Ссылка"]);
    goodSheet.addRow(["32-03", "соцсети", "2026-08-14", "Спасибо за ярмарку вакансий!", 5, "https://vk.com/wall-1_7"]);
    await upload(good);
    await page.getByText("Загружено отзывов: 1").waitFor();
  }, 300_000);

  it("a federal analyst reads the country's texts and a comment's response, without corrections or entry", async () => {
    const page = await signedInPage(demo.browser, demo.server.url, "analyst", `/admin/u/country/voice?period=${period}&band=low&channel=survey`);
    await settled(page);
    expect(await page.getByTestId("voice-edit-themes").count()).toBe(0);
    expect(await page.getByTestId("feedback-save").count()).toBe(0);
    await page.getByTestId("voice-text").first().getByRole("button", { name: "Ответы анкеты" }).click();
    const dialog = page.getByTestId("voice-response");
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/Вопрос.*Ответ/s);
    expect(await axeViolations(page)).toEqual([]);
  }, 300_000);
});
