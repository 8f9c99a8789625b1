// «Администрирование» → «Структура» in chromium: the regional admin of 32 sees its tree only, creates a centre, edits its
// hours, closes and reopens it (each change in the database and the audit trail); a region file with a bad row is refused
// whole, a good one creates units; axe finds nothing on the tab.
import { mkdirSync } from "node:fs";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "../support/browser.js";
import { signedInPage } from "../support/admin-browser.js";
import { runsOnPglite } from "../support/databases.js";
import { useDemoBrowser } from "../support/demo-browser.js";

const workweek = { mon: "09:00-18:00", tue: "09:00-18:00", wed: "09:00-18:00", thu: "09:00-18:00", fri: "09:00-18:00" };

describe.runIf(runsOnPglite)("admin app: org structure", { timeout: 240_000 }, () => {
  let page: Page;
  let bryanskId: string;

  const unitRow = (id: string) =>
    demo.server.database.db.selectFrom("org_units").select(["id", "kind", "name", "parent_id", "hours", "closed_at"]).where("id", "=", id).executeTakeFirst();
  const auditOf = (id: string) =>
    demo.server.database.db
      .selectFrom("audit_log")
      .select(["action", "actor_id", "before", "after"])
      .where("entity", "=", "unit")
      .where("entity_id", "=", id)
      .orderBy("id")
      .execute();
  const shownIds = () => page.$$eval("[data-testid=unit-tree] li", (items) => items.map((li) => li.getAttribute("data-unit") ?? ""));
  const select = async (id: string) => {
    await page.locator(`[data-select="${id}"]`).click();
    await page.locator(`[data-testid=unit-panel][data-unit="${id}"]`).waitFor();
  };
  const fact = (label: string) => page.locator(`[data-testid=unit-facts] [data-fact="${label}"]`).textContent();

  const demo = useDemoBrowser();
  beforeAll(async () => {
    const user = await demo.server.database.db.selectFrom("users").select("id").where("login", "=", "bryansk").executeTakeFirstOrThrow();
    bryanskId = String(user.id);
    page = await signedInPage(demo.browser, demo.server.url, "bryansk");
    await page.getByRole("link", { name: "Администрирование" }).click();
    await page.getByRole("tab", { name: "Структура" }).click();
    await page.getByTestId("unit-tree").waitFor();
  }, 600_000);

  it("shows region 32's tree only, unfolded, and filters it by name or code; no axe violations", async () => {
    const region = await demo.server.database.db
      .selectFrom("org_units")
      .select("id")
      .where((eb) => eb.or([eb("id", "=", "32"), eb("id", "like", "32-%")]))
      .execute();
    expect((await shownIds()).sort()).toEqual(region.map((u) => u.id).sort());
    expect(await page.locator('[data-testid=unit-tree] li[data-unit="32"]').textContent()).toContain("сеть централизованная");

    await page.getByLabel("Поиск по наименованию или коду").fill("клинцы");
    await expect.poll(shownIds).toEqual(["32", "32-M", "32-02"]);
    await page.getByLabel("Поиск по наименованию или коду").fill("32-05");
    await expect.poll(shownIds).toEqual(["32", "32-M", "32-05"]);
    await page.getByLabel("Поиск по наименованию или коду").fill("");
    await expect.poll(async () => (await shownIds()).length).toBe(region.length);

    await page.getByRole("button", { name: "Свернуть 32-M" }).click();
    expect(await shownIds()).toEqual(["32", "32-M"]);
    await page.getByRole("button", { name: "Развернуть 32-M" }).press("Enter");
    await expect.poll(async () => (await shownIds()).length).toBe(region.length);

    await select("32-M");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("creates a territorial centre under 32-M: client checks, the server's Russian error, then the unit and its audit record", async () => {
    await select("32-M");
    await page.getByRole("button", { name: "Добавить подчинённое" }).click();
    const form = page.getByTestId("create-unit-form");
    // Prefilled: Monday to Friday 09:00–18:00, the weekend off.
    expect(await form.getByLabel("Понедельник: открытие").inputValue()).toBe("09:00");
    expect(await form.getByLabel("Пятница: закрытие").inputValue()).toBe("18:00");
    expect(await form.getByLabel("Суббота: выходной").isChecked()).toBe(true);

    await form.getByRole("button", { name: "Создать" }).click();
    await form.getByText("Укажите код").waitFor();
    await form.getByLabel("Код (в ссылках опроса)").fill("32-01");
    await form.getByLabel("Наименование").fill("Отдел «Жуковка»");
    expect(await form.getByLabel("Вид").inputValue()).toBe("territorial");
    await form.getByRole("button", { name: "Создать" }).click();
    expect(await form.getByRole("alert").textContent()).toContain("Код «32-01» уже занят");

    await form.getByLabel("Код (в ссылках опроса)").fill("32-50");
    await form.getByLabel("Суббота: выходной").uncheck();
    await form.getByLabel("Суббота: открытие").fill("10:00");
    await form.getByLabel("Суббота: закрытие").fill("14:00");
    expect(await axeViolations(page)).toEqual([]);
    await form.getByRole("button", { name: "Создать" }).click();
    await page.locator('[data-testid=unit-panel][data-unit="32-50"]').waitFor();
    await page.locator('[data-testid=unit-tree] li[data-unit="32-50"]').waitFor();

    expect(await unitRow("32-50")).toMatchObject({
      kind: "territorial",
      name: "Отдел «Жуковка»",
      parent_id: "32-M",
      closed_at: null,
      hours: { ...workweek, sat: "10:00-14:00", sun: null },
    });
    const audit = await auditOf("32-50");
    expect(audit.map((a) => a.action)).toEqual(["unit.create"]);
    expect(audit[0]).toMatchObject({ actor_id: bryanskId, after: { parentId: "32-M", hours: { sat: "10:00-14:00" } } });
  });

  it("edits the centre's hours: a bad time is refused before sending, a good one is saved and audited", async () => {
    await select("32-50");
    await page.getByRole("button", { name: "Изменить" }).click();
    const form = page.getByTestId("edit-unit-form");
    expect(await form.getByLabel("Суббота: открытие").inputValue()).toBe("10:00");
    await form.getByLabel("Пятница: закрытие").fill("08:00");
    await form.getByRole("button", { name: "Сохранить" }).click();
    const friday = form.getByLabel("Пятница: закрытие");
    expect(await friday.getAttribute("aria-invalid")).toBe("true");
    expect(await form.getByLabel("Пятница: открытие").getAttribute("aria-invalid")).toBe("true");
    // Error text and invalid inputs keep AA contrast.
    expect(await axeViolations(page)).toEqual([]);
    expect(await form.locator(`#${await friday.getAttribute("aria-describedby")}`).textContent()).toBe("Закрытие должно быть позже открытия");
    expect((await auditOf("32-50")).length).toBe(1);

    await form.getByLabel("Пятница: закрытие").fill("16:45");
    await form.getByLabel("Воскресенье: выходной").uncheck();
    await form.getByLabel("Воскресенье: открытие").fill("25:00");
    await form.getByRole("button", { name: "Сохранить" }).click();
    await form.getByText("Время открытия — ЧЧ:ММ, например 09:00").waitFor();
    await form.getByLabel("Воскресенье: выходной").check();
    await form.getByRole("button", { name: "Сохранить" }).click();
    await page.locator('[data-testid=unit-panel][data-unit="32-50"]').waitFor();
    await expect.poll(() => fact("Часы работы")).toContain("Пт 09:00–16:45");

    expect((await unitRow("32-50"))?.hours).toEqual({ ...workweek, fri: "09:00-16:45", sat: "10:00-14:00", sun: null });
    const audit = await auditOf("32-50");
    expect(audit.map((a) => a.action)).toEqual(["unit.create", "unit.update"]);
    expect(audit[1]).toMatchObject({ actor_id: bryanskId, before: { hours: { fri: "09:00-18:00" } }, after: { hours: { fri: "09:00-16:45" } } });
  });

  it("closes and reopens the centre after confirmation, each audited", async () => {
    await select("32-50");
    await page.getByRole("button", { name: "Закрыть", exact: true }).click();
    const dialog = page.getByRole("dialog");
    expect(await dialog.textContent()).toContain("Опрос подразделения перестанет принимать ответы");
    await dialog.getByRole("button", { name: "Отмена" }).click();
    await dialog.waitFor({ state: "hidden" });
    expect((await unitRow("32-50"))?.closed_at).toBeNull();

    await page.getByRole("button", { name: "Закрыть", exact: true }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Закрыть подразделение" }).click();
    await page.locator('[data-testid=unit-tree] li[data-unit="32-50"] [data-testid=closed-mark]').waitFor();
    expect((await unitRow("32-50"))?.closed_at).not.toBeNull();
    expect(await fact("Состояние")).toMatch(/^закрыт /);

    await page.getByRole("button", { name: "Открыть снова" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Открыть", exact: true }).click();
    await page.locator('[data-testid=unit-tree] li[data-unit="32-50"][data-closed="false"]').waitFor();
    expect((await unitRow("32-50"))?.closed_at).toBeNull();
    expect(await fact("Состояние")).toBe("работает");
    const audit = await auditOf("32-50");
    expect(audit.map((a) => a.action)).toEqual(["unit.create", "unit.update", "unit.close", "unit.reopen"]);
    expect(audit.every((a) => a.actor_id === bryanskId)).toBe(true);
  });

  it("imports the region from XLSX: a bad row is shown and changes nothing; the corrected file creates the units", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("template-link").click()]);
    expect(download.suggestedFilename()).toBe("structure-32.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.getWorksheet("Подразделения")!;
    const listed = sheet.getColumn(1).values.slice(2);
    expect(listed).toContain("32-50");
    const bad = sheet.addRow([
      "32-60",
      "территориальный",
      "Отдел «Сельцо»",
      "32-M",
      "9 утра",
      "09:00-18:00",
      "09:00-18:00",
      "09:00-18:00",
      "09:00-18:00",
      "выходной",
      "выходной",
    ]);
    sheet.addRow(["32-61", "территориальный", "Отдел «Фокино»", "32-M"]);
    const upload = async () => {
      await page.locator("#structure-file").setInputFiles({
        name: "structure-32.xlsx",
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
      });
      await page.getByTestId("structure-import").getByRole("button", { name: "Загрузить" }).click();
    };
    const unitCount = async () =>
      (
        await demo.server.database.db
          .selectFrom("org_units")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .executeTakeFirstOrThrow()
      ).n;
    const auditCount = async () =>
      (
        await demo.server.database.db
          .selectFrom("audit_log")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .where("entity", "=", "unit")
          .executeTakeFirstOrThrow()
      ).n;
    const [unitsBefore, auditBefore] = [await unitCount(), await auditCount()];

    await upload();
    await page.getByTestId("import-errors").waitFor();
    expect(await page.getByTestId("import-rejected").textContent()).toContain("Ошибок: 1");
    const cells = await page.$$eval("[data-testid=import-errors] tbody tr td", (tds) => tds.map((td) => td.textContent));
    expect(cells.slice(0, 2)).toEqual([String(bad.number), "Пн"]);
    expect(cells[2]).toContain("«9 утра»");
    expect(await unitCount()).toBe(unitsBefore);
    expect(await auditCount()).toBe(auditBefore);
    expect(await unitRow("32-61")).toBeUndefined();
    expect(await axeViolations(page)).toEqual([]);

    bad.getCell(5).value = "09:00-18:00";
    await upload();
    expect(await page.getByTestId("import-summary").textContent()).toContain("Создано: 2, изменено: 0");
    expect(await page.getByTestId("import-errors").count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(await unitRow("32-60")).toMatchObject({ kind: "territorial", parent_id: "32-M", hours: { ...workweek, sat: null, sun: null } });
    expect(await unitRow("32-61")).toMatchObject({ name: "Отдел «Фокино»", parent_id: "32-M", hours: null });
    const imported = await demo.server.database.db
      .selectFrom("audit_log")
      .select(["action", "actor_id", "after"])
      .where("action", "=", "unit.import")
      .execute();
    expect(imported).toEqual([
      { action: "unit.import", actor_id: bryanskId, after: { file: "structure-32.xlsx", created: 2, updated: 0, unchanged: Number(listed.length) } },
    ]);
    await page.locator('[data-testid=unit-tree] li[data-unit="32-61"]').waitFor();
  });

  it("the regional admin may not change its region's network type nor close it", async () => {
    await select("32");
    expect(await page.getByRole("button", { name: "Закрыть", exact: true }).count()).toBe(0);
    await page.getByRole("button", { name: "Изменить" }).click();
    const form = page.getByTestId("edit-unit-form");
    expect(await form.getByLabel("Тип сети").count()).toBe(0);
    await form.getByRole("button", { name: "Отмена" }).click();
    mkdirSync("test-artifacts", { recursive: true });
    await page.screenshot({ path: "test-artifacts/admin-structure.png", fullPage: true });
  });

  it("the federal admin sees every region folded, and switches a region's network type (audited)", async () => {
    const federal = await signedInPage(demo.browser, demo.server.url, "admin", "/admin/manage?tab=structure");
    await federal.getByTestId("unit-tree").waitFor();
    const regions = await demo.server.database.db.selectFrom("org_units").select("id").where("kind", "=", "region").execute();
    const shown = await federal.$$eval("[data-testid=unit-tree] li", (items) => items.map((li) => li.getAttribute("data-unit")));
    expect(shown.sort()).toEqual(regions.map((r) => r.id).sort());
    expect(await federal.locator('[data-testid=unit-tree] li[data-unit="33"]').textContent()).toContain("сеть децентрализованная");

    await federal.locator('[data-select="33"]').click();
    await federal.getByRole("button", { name: "Изменить" }).click();
    const form = federal.getByTestId("edit-unit-form");
    await form.getByLabel("Тип сети").selectOption("centralized");
    await form.getByRole("button", { name: "Сохранить" }).click();
    await federal.locator('[data-testid=unit-panel][data-unit="33"]').waitFor();
    // The panel was on screen before the save: wait for the saved value, not for the panel.
    const network = federal.locator('[data-testid=unit-facts] [data-fact="Тип сети"]');
    await network.filter({ hasText: /^централизованная$/ }).waitFor();
    expect(await network.textContent()).toBe("централизованная");
    expect((await demo.server.database.db.selectFrom("org_units").select("network").where("id", "=", "33").executeTakeFirstOrThrow()).network).toBe(
      "centralized",
    );
    const audit = await auditOf("33");
    expect(audit.at(-1)).toMatchObject({ action: "unit.update", before: { network: "decentralized" }, after: { network: "centralized" } });

    // A centralised region may now hold a managing centre.
    await federal.getByRole("button", { name: "Добавить подчинённое" }).click();
    const kinds = await federal.getByTestId("create-unit-form").getByLabel("Вид").locator("option").allTextContents();
    expect(kinds).toEqual(["территориальный ЦЗН", "управляющий ЦЗН"]);
    await federal.context().close();
  });
});
