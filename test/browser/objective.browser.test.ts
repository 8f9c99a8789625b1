// The «Объективные данные» page in chromium: a centre manager fills and submits a checklist, the regional admin approves
// it, and the centre's star changes; photo evidence and events are entered on the page; axe finds nothing on the page.
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "../support/browser.js";
import { screenNumber, signedInPage, waitForUnit } from "../support/admin-browser.js";
import { runsOnPglite } from "../support/databases.js";
import { useDemoBrowser } from "../support/demo-browser.js";

/** The centre's index and its star's ray М (percent of the maximum) as the unit page shows them. */
async function starOf(page: Page, url: string): Promise<{ index?: number; m?: number }> {
  await page.goto(url);
  await waitForUnit(page, "32-02");
  await page.getByTestId("star-table").waitFor();
  const m = await page.locator("[data-testid=star-table] tbody tr", { hasText: "М —" }).locator("td").first().textContent();
  return { index: screenNumber(await page.getByTestId("index-value").textContent()), m: screenNumber(m) };
}

describe.runIf(runsOnPglite)("admin app: objective data", () => {
  let manager: Page;
  let regional: Page;

  const demo = useDemoBrowser();
  beforeAll(async () => {
    manager = await signedInPage(demo.browser, demo.server.url, "klintsy");
    regional = await signedInPage(demo.browser, demo.server.url, "bryansk");
  }, 600_000);

  it("a centre fills and submits a checklist, the region approves it, and the centre's star changes", async () => {
    const unitUrl = `${demo.server.url}/admin/u/32-02?period=2026-Q3&view=seeker`;
    const before = await starOf(manager, unitUrl);
    expect(before.index).toBeDefined();

    // From the unit page to its objective data; the office checklist was returned to the centre in the demo.
    await manager.getByTestId("objective-link").click();
    await manager.getByTestId("objective-title").waitFor();
    const office = manager.getByTestId("checklist-office");
    await expect(office.getByTestId("entry-status").getAttribute("data-status")).resolves.toBe("returned");
    // Photo evidence: the demo.server refuses a file whose bytes are not an image, in Russian; a PNG is listed with its link.
    const photos = office.getByTestId("photos-office");
    const fileInput = photos.locator("input[type=file]");
    await fileInput.setInputFiles({ name: "stand.jpg", mimeType: "image/jpeg", buffer: Buffer.from("not an image at all") });
    await photos.getByRole("button", { name: "Загрузить фото" }).click();
    await expect(photos.getByRole("alert").textContent()).resolves.toContain("JPEG, PNG или WebP");
    const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");
    await fileInput.setInputFiles({ name: "stand.png", mimeType: "image/png", buffer: png });
    await photos.getByRole("button", { name: "Загрузить фото" }).click();
    const link = photos.getByRole("link", { name: "stand.png" });
    await link.waitFor();
    expect(await link.getAttribute("href")).toMatch(/^\/api\/objective\/photos\//);

    const yes = office.getByRole("radio", { name: "да" });
    const count = await yes.count();
    expect(count).toBe(10);
    for (let i = 0; i < count; i++) await yes.nth(i).check();
    expect(await office.getByRole("button", { name: "Утвердить" }).count()).toBe(0);
    expect(await axeViolations(manager)).toEqual([]);
    await office.getByRole("button", { name: "Отправить на утверждение" }).click();
    await office.locator("[data-testid=entry-status][data-status=submitted]").waitFor();
    // Submitted data are locked for the centre.
    await expect(office.getByRole("radio", { name: "да" }).first().isDisabled()).resolves.toBe(true);

    // The reopened events of the quarter: a row added and saved as a draft is stored (it is there after a reload).
    const events = manager.getByTestId("objective-events");
    const rowsBefore = await events.getByTestId("event-row").count();
    await events.getByRole("button", { name: "Добавить мероприятие" }).click();
    const n = rowsBefore + 1;
    await events.getByLabel(`Дата мероприятия ${n}`).fill("2026-09-20");
    await events.getByLabel(`Название мероприятия ${n}`).fill("Встреча с работодателями района");
    await events.getByRole("textbox", { name: `Вид мероприятия ${n}` }).click();
    await manager.getByRole("option", { name: "встреча с работодателями" }).click();
    await events.getByRole("button", { name: "Сохранить черновик" }).click();
    await events.locator("[data-testid=entry-status][data-status=draft]").waitFor();
    await manager.reload();
    await manager
      .getByTestId("objective-events")
      .getByTestId("event-row")
      .nth(n - 1)
      .waitFor();
    await expect(manager.getByTestId("objective-events").getByLabel(`Название мероприятия ${n}`).inputValue()).resolves.toBe("Встреча с работодателями района");

    await regional.goto(`${demo.server.url}/admin/u/32-02/objective?period=2026-Q3`);
    const review = regional.getByTestId("checklist-office");
    await review.locator("[data-testid=entry-status][data-status=submitted]").waitFor();
    await review.getByRole("button", { name: "Утвердить" }).click();
    await review.locator("[data-testid=entry-status][data-status=approved]").waitFor();
    // The audit trail is on the page: who submitted and who approved.
    await review.getByRole("button", { name: "История изменений" }).click();
    const history = (await review.getByTestId("entry-history").textContent()) ?? "";
    expect(history).toMatch(/отправлено на утверждение, Руководитель отдела «Клинцы».*утверждено, Служба клиентского опыта Брянской области/s);
    expect(await axeViolations(regional)).toEqual([]);

    const after = await starOf(manager, unitUrl);
    expect(after.m).not.toBe(before.m);
    expect(after.index).not.toBe(before.index);
    // Every item met: the objective part of М1 rose to 1, so the ray can only grow.
    expect(after.m!).toBeGreaterThan(before.m!);
  }, 300_000);
});
