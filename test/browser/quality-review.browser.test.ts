// «Проверка данных» in chromium: the Bryansk reviewer opens the fabricated burst the demo planted in
// Klintsy (32-02), sees its timeline, confirms it, and the centre's index and star change; single
// flags and centre flags are reviewed with their evidence; Primorye's near-copies show their pairs.
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "../support/browser.js";
import { screenNumber, signedInPage, waitForUnit } from "../support/admin-browser.js";
import { jsonb } from "../../src/db/index.js";
import { runsOnPglite } from "../support/databases.js";
import { useDemoBrowser } from "../support/demo-browser.js";

/** The centre's index and the rays of its star as the unit page shows them. */
async function starOf(page: Page, url: string): Promise<{ index?: number; rays: string }> {
  await page.goto(url);
  await waitForUnit(page, "32-02");
  await page.getByTestId("star-table").waitFor();
  return { index: screenNumber(await page.getByTestId("index-value").textContent()), rays: (await page.getByTestId("star-table").textContent()) ?? "" };
}

describe.runIf(runsOnPglite)("admin app: data-quality review", () => {
  let regional: Page;

  const demo = useDemoBrowser();
  beforeAll(async () => {
    regional = await signedInPage(demo.browser, demo.server.url, "bryansk");
  }, 600_000);

  it("a regional reviewer opens a flagged burst, confirms it, and the centre's star changes", async () => {
    const unitUrl = `${demo.server.url}/admin/u/32-02?period=2026-Q3&view=seeker`;
    const before = await starOf(regional, unitUrl);

    await regional.getByTestId("quality-link").click();
    await regional.getByTestId("quality-title").waitFor();
    await regional.goto(`${demo.server.url}/admin/quality?period=2026-Q3`);
    const pending = regional.locator('[data-testid=quality-group][data-units~="32-02"][data-status=pending]').first();
    await pending.waitFor();
    await pending.getByRole("button", { name: "Показать анкеты" }).click();
    const rows = pending.locator("[data-testid=group-timeline] tbody tr");
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThanOrEqual(10);
    expect(await axeViolations(regional)).toEqual([]);

    await pending.getByRole("button", { name: "Подтвердить и исключить" }).click();
    const dialog = regional.getByTestId("exclusion-dialog");
    await dialog.getByRole("button", { name: "Исключить" }).click();
    await dialog.getByText("Напишите причину исключения").waitFor();
    expect(await regional.locator('[data-testid=quality-group][data-units~="32-02"][data-status=confirmed]').count()).toBe(0);
    await dialog.getByLabel("Почему анкеты исключаются").fill("Пачка анкет за несколько минут с одного устройства");
    await dialog.getByRole("button", { name: "Исключить" }).click();
    await regional.locator('[data-testid=quality-group][data-units~="32-02"][data-status=confirmed]').first().waitFor();

    const after = await starOf(regional, unitUrl);
    expect(after.index).not.toBe(before.index);
    expect(after.rays).not.toBe(before.rays);
  });

  it("a single flagged response shows its reasons and answers; clearing it and reopening it are both kept", async () => {
    await regional.goto(`${demo.server.url}/admin/quality?period=2026-Q3`);
    await regional.getByTestId("single-flags-title").waitFor();
    const card = regional.locator("[data-testid=quality-response][data-status=pending]").first();
    const id = await card.getAttribute("data-id");
    const same = regional.locator(`[data-testid=quality-response][data-id="${id}"]`);
    expect(await same.getByTestId("flag-reasons").textContent()).toMatch(/\S/);
    await same.getByRole("button", { name: "Показать доказательства" }).click();
    await same.getByTestId("response-answers").waitFor();
    expect(await same.locator("[data-testid=response-answers] tbody tr").count()).toBeGreaterThanOrEqual(5);
    // Questions by their wording and answers by their labels, never the data file's keys and codes.
    const firstColumn = await same.locator("[data-testid=response-answers] tbody tr td:first-child").allTextContents();
    expect(firstColumn.every((q) => /^\d+\. \S/.test(q) && !/^q\d/.test(q))).toBe(true);
    const answers = await same.locator("[data-testid=response-answers] tbody tr td:nth-child(2)").allTextContents();
    expect(answers.filter((a) => /^(dont_know|yes|no|other|office|site|social|phone)$/.test(a))).toEqual([]);
    expect(await axeViolations(regional)).toEqual([]);

    await same.getByRole("button", { name: "Снять отметку" }).click();
    await regional.locator(`[data-testid=quality-response][data-id="${id}"][data-status=cleared]`).waitFor();
    await regional.locator(`[data-testid=quality-response][data-id="${id}"]`).getByRole("button", { name: "Вернуть к рассмотрению" }).click();
    await regional.locator(`[data-testid=quality-response][data-id="${id}"][data-status=pending]`).waitFor();
  });

  it("a centre flagged against its peers shows its statistics beside the region's and the country's, and is decided", async () => {
    const db = demo.server.database.db;
    const run = await db.selectFrom("quality_runs").select("id").orderBy("id", "desc").executeTakeFirstOrThrow();
    await db
      .insertInto("unit_flags")
      .values({
        unit_id: "32-01",
        period: "2026-Q3",
        run_id: run.id,
        score: 0.9,
        reasons: jsonb([{ code: "unit_divergence", text: "Центр ставит высшие баллы заметно чаще соседей.", weight: 0.9 }]),
      })
      .execute();
    await regional.goto(`${demo.server.url}/admin/quality?period=2026-Q3`);
    const card = regional.locator('[data-testid=quality-unit][data-unit="32-01"][data-status=pending]');
    await card.waitFor();
    expect(await card.getByTestId("flag-reasons").textContent()).toContain("высшие баллы");
    await card.getByRole("button", { name: "Сравнить с регионом и страной" }).click();
    const peers = card.getByTestId("unit-peers");
    await peers.waitFor();
    expect(await peers.locator("thead th").allTextContents()).toEqual(["Показатель", "Центр", "Регион", "Россия"]);
    expect(await peers.locator("tbody tr").count()).toBe(5);
    expect(await axeViolations(regional)).toEqual([]);
    await card.getByRole("button", { name: "Подтвердить", exact: true }).click();
    await regional.locator('[data-testid=quality-unit][data-unit="32-01"][data-status=confirmed]').waitFor();
  });

  it("the Primorye reviewer sees the near-copies of 25-02 as pairs with the answers that differ", async () => {
    const primorye = await signedInPage(demo.browser, demo.server.url, "primorye", "/admin/quality?period=2026-Q3");
    const group = primorye.locator('[data-testid=quality-group][data-units~="25-02"]').first();
    await group.waitFor();
    await group.getByRole("button", { name: "Показать анкеты" }).click();
    const pairs = group.getByTestId("duplicate-pairs");
    await pairs.waitFor();
    expect(await pairs.locator("tbody tr").count()).toBeGreaterThanOrEqual(1);
    // Times are Vladivostok's, as the reasons state them, whatever the reader's zone.
    expect(await group.textContent()).toMatch(/\d{2}:\d{2}:\d{2} GMT\+10 — /);
    expect(await group.locator("[data-testid=group-timeline] tbody tr td").first().textContent()).toMatch(/GMT\+10$/);
    expect(await primorye.locator('[data-testid=quality-group][data-units~="32-02"], [data-testid=quality-group][data-units~="32-03"]').count()).toBe(0);
    await primorye.close();
  });

  it("the table of every flag filters by reason and unit, sorts, and excludes several responses at once with a note", async () => {
    await regional.goto(`${demo.server.url}/admin/quality?period=2026-Q3`);
    await regional.getByTestId("flag-table-tab").click();
    const table = regional.getByTestId("flag-table");
    await table.locator("[data-testid=flag-row]").first().waitFor();
    const scores = await table.locator("[data-testid=flag-row]").evaluateAll((rows) => rows.map((r) => Number(r.getAttribute("data-score"))));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const total = async () => Number(((await table.getByTestId("flag-total").textContent()) ?? "").replace(/\s/g, "").match(/Найденоанкет:(\d+)/)?.[1]);
    const everything = await total();
    expect(everything).toBeGreaterThan(2);

    await table.getByRole("textbox", { name: "Причина" }).click();
    const option = regional.getByRole("option").nth(1);
    const optionText = (await option.textContent()) ?? "";
    await option.click();
    await table.locator("[data-testid=flag-row]").first().waitFor();
    await expect.poll(total).toBe(Number(optionText.match(/\((\d+)\)$/)?.[1]));
    expect(await axeViolations(regional)).toEqual([]);

    const rows = table.locator("[data-testid=flag-row][data-status=pending]");
    const ids = [await rows.nth(0).getAttribute("data-id"), await rows.nth(1).getAttribute("data-id")];
    for (const id of ids) await table.getByRole("checkbox", { name: `Выбрать анкету ${id}` }).check();
    await table.getByRole("button", { name: "Исключить выбранные" }).click();
    const dialog = regional.getByTestId("exclusion-dialog");
    expect(await dialog.textContent()).toContain("Анкет будет исключено: 2");
    await dialog.getByLabel("Почему анкеты исключаются").fill("Одинаковые ответы с одного планшета");
    await dialog.getByRole("button", { name: "Исключить" }).click();
    await dialog.waitFor({ state: "detached" });
    await table.getByRole("textbox", { name: "Состояние" }).click();
    await regional.getByRole("option", { name: "подтверждены, исключены" }).click();
    for (const id of ids) await table.locator(`[data-testid=flag-row][data-id="${id}"][data-status=confirmed]`).waitFor();
    const stored = await demo.server.database.db
      .selectFrom("response_flags")
      .select(["status", "decision_note"])
      .where("response_id", "in", ids as string[])
      .execute();
    expect(stored).toEqual([
      { status: "confirmed", decision_note: "Одинаковые ответы с одного планшета" },
      { status: "confirmed", decision_note: "Одинаковые ответы с одного планшета" },
    ]);
  });
});
