// Work that used to need the command line, in chromium on the demo: a centre's manager registers a kiosk (its
// QR and address shown once, the address working at once), revokes it; the objective page takes the filled XLSX.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { axeViolations } from "../support/browser.js";
import { signedInPage, waitForUnit } from "../support/admin-browser.js";
import { runsOnPglite } from "../support/databases.js";
import { useDemoBrowser } from "../support/demo-browser.js";

describe.runIf(runsOnPglite)("admin app: kiosks and objective uploads", { timeout: 240_000 }, () => {
  const demo = useDemoBrowser();

  it("registers a kiosk from the centre page, shows its QR and address once, and revokes it", async () => {
    const page = await signedInPage(demo.browser, demo.server.url, "klintsy");
    await waitForUnit(page, "32-02");
    const panel = page.getByTestId("kiosk-panel");
    await panel.getByLabel("Где стоит планшет").fill("Планшет в зале ожидания");
    await panel.getByRole("button", { name: "Зарегистрировать киоск" }).click();
    const dialog = page.getByRole("dialog", { name: "Киоск зарегистрирован" });
    await dialog.waitFor();
    expect(await dialog.getByTestId("kiosk-qr").locator("svg").count()).toBe(1);
    const url = (await dialog.getByTestId("kiosk-url").textContent()) ?? "";
    expect(url).toMatch(/\/k\/[A-Za-z0-9_-]{43}$/);
    expect(await axeViolations(page)).toEqual([]);
    const kiosk = await page.context().newPage();
    await kiosk.goto(url);
    expect(await kiosk.locator("a[data-go=seeker]").textContent()).toContain("Я соискатель");
    await dialog.getByRole("button", { name: "Закрыть" }).click();
    const row = panel.getByTestId("kiosk-table").locator("tbody tr", { hasText: "Планшет в зале ожидания" });
    await row.getByRole("button", { name: "Отключить киоск «Планшет в зале ожидания»" }).click();
    await page.getByRole("dialog", { name: "Отключить киоск?" }).getByRole("button", { name: "Отключить" }).click();
    await row.getByText(/^отключён/).waitFor();
    expect((await kiosk.goto(url))?.status()).toBe(404);
    await page.context().close();
  });

  it("uploads the filled objective template from the objective page and lists a refused file's problem", async () => {
    const page = await signedInPage(demo.browser, demo.server.url, "klintsy", "/admin/u/32-02/objective?period=2026-Q3");
    const upload = page.getByTestId("objective-import");
    await upload.waitFor();
    // Not a workbook: refused, nothing changed.
    await upload
      .locator("input[type=file]")
      .setInputFiles({ name: "broken.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("not a workbook") });
    await upload.getByRole("button", { name: "Загрузить" }).click();
    expect(await page.getByTestId("objective-import-failure").textContent()).toContain("Файл не загружен, ничего не изменено");
    // The template as downloaded, over data already approved or submitted: refused, each row named.
    const template = await page.request.get(`${demo.server.url}/api/objective/template.xlsx?period=2026-Q3`);
    expect(template.status()).toBe(200);
    const xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    await upload.locator("input[type=file]").setInputFiles({ name: "objective.xlsx", mimeType: xlsx, buffer: await template.body() });
    await upload.getByRole("button", { name: "Загрузить" }).click();
    const refused = page.getByTestId("objective-import-failure");
    await refused.getByRole("table").waitFor();
    expect(await refused.locator("tbody tr", { hasText: "Чек-лист К1" }).textContent()).toContain(
      "Данные утверждены: изменить их можно только после переоткрытия",
    );
    // A quarter without objective data: the template goes in, and the screen says what was stored.
    await page.goto(`${demo.server.url}/admin/u/32-02/objective?period=2025-Q3`);
    await upload.waitFor();
    const book = new ExcelJS.Workbook();
    const bytes = await (await page.request.get(`${demo.server.url}/api/objective/template.xlsx?period=2025-Q3`)).body();
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const vacancies = book.getWorksheet("Вакансии")!;
    expect(vacancies.getCell(2, 1).value).toBe("32-02");
    vacancies.getCell(2, 3).value = 120;
    vacancies.getCell(2, 4).value = 100;
    await upload.locator("input[type=file]").setInputFiles({ name: "objective.xlsx", mimeType: xlsx, buffer: Buffer.from(await book.xlsx.writeBuffer()) });
    await upload.getByRole("button", { name: "Загрузить" }).click();
    await page.getByTestId("objective-import-report").or(page.getByTestId("objective-import-failure")).first().waitFor();
    expect(await page.getByTestId("objective-import-failure").count(), (await upload.textContent()) ?? "").toBe(0);
    expect(await page.getByTestId("objective-import-report").textContent()).toContain("Загружено: новых записей 1, обновлено 0");
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
