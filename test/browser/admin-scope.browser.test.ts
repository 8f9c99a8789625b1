// The admin app in chromium, per demo role: each sees exactly its scope; sign-in errors and sign-out; axe on the sign-in page.
import { describe, expect, it } from "vitest";
import { axeViolations } from "../support/browser.js";
import { readApartIds, readRatingTable, signedInPage, unitIdOf, waitForUnit } from "../support/admin-browser.js";
import { runsOnPglite } from "../support/databases.js";
import { useDemoBrowser } from "../support/demo-browser.js";

const demoRegionCodes = ["24", "25", "32", "33", "48", "52", "56", "60", "68", "72", "74", "76", "89"];

describe.runIf(runsOnPglite)("admin app: roles and scope", { timeout: 240_000 }, () => {
  const demo = useDemoBrowser();

  it("serves the sign-in page without axe violations and shows Russian errors", async () => {
    const context = await demo.browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(90_000);
    await page.goto(`${demo.server.url}/admin/`);
    await page.getByRole("button", { name: "Войти" }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("ru");
    expect(await axeViolations(page)).toEqual([]);
    await page.locator("input[name=login]").fill("admin");
    await page.locator("input[name=password]").fill("wrong-password");
    await page.getByRole("button", { name: "Войти" }).click();
    expect(await page.getByTestId("sign-in-error").textContent()).toBe("Неверный логин или пароль");
    await context.close();
  });

  it("shows the lock-out message after five wrong passwords", async () => {
    const context = await demo.browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(90_000);
    await page.goto(`${demo.server.url}/admin/`);
    for (let i = 0; i < 5; i++) {
      await page.locator("input[name=login]").fill("primorye");
      await page.locator("input[name=password]").fill(`wrong-${i}`);
      await page.getByRole("button", { name: "Войти" }).click();
      await page.getByTestId("sign-in-error").waitFor();
    }
    expect(await page.getByTestId("sign-in-error").textContent()).toMatch(/заблокирован|попыт/i);
    // Unlock for the scope test below.
    const primorye = demo.server.database.db.selectFrom("users").select("id").where("login", "=", "primorye");
    await demo.server.database.db.deleteFrom("login_failures").where("user_id", "in", primorye).execute();
    await context.close();
  });

  it.each(["admin", "analyst"] as const)("%s (federal) lands on the country and sees every region, the 13 demo regions ranked", async (login) => {
    const page = await signedInPage(demo.browser, demo.server.url, login);
    await waitForUnit(page, "country");
    const ranked = (await readRatingTable(page)).map((r) => r.id).sort();
    expect(ranked).toEqual(demoRegionCodes);
    const regions = await demo.server.database.db.selectFrom("org_units").select("id").where("kind", "=", "region").execute();
    const all = [...ranked, ...(await readApartIds(page))].sort();
    expect(all).toEqual(regions.map((r) => r.id).sort());
    await page.context().close();
  });

  it("bryansk (regional admin of 32) lands on region 32, sees only its centres, and gets «not found» elsewhere", async () => {
    const page = await signedInPage(demo.browser, demo.server.url, "bryansk");
    await waitForUnit(page, "32");
    const rows = await readRatingTable(page);
    const ids = [...rows.map((r) => r.id), ...(await readApartIds(page))];
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id.startsWith("32-"))).toBe(true);
    for (const path of ["/admin/u/25", "/admin/u/25-01", "/admin/u/country"]) {
      await page.goto(`${demo.server.url}${path}`);
      await page.getByTestId("not-found").waitFor();
      expect(await page.getByTestId("not-found").textContent()).toContain("Подразделение не найдено");
    }
    await page.context().close();
  });

  it("primorye (regional admin of 25) lands on region 25", async () => {
    const page = await signedInPage(demo.browser, demo.server.url, "primorye");
    await waitForUnit(page, "25");
    const ids = [...(await readRatingTable(page)).map((r) => r.id), ...(await readApartIds(page))];
    expect(ids.every((id) => id.startsWith("25-"))).toBe(true);
    await page.goto(`${demo.server.url}/admin/u/32`);
    await page.getByTestId("not-found").waitFor();
    await page.context().close();
  });

  it("«Администрирование»: bryansk sees the accounts of its region (no axe violations), the federal admin the audit trail", async () => {
    const page = await signedInPage(demo.browser, demo.server.url, "bryansk");
    await page.getByRole("link", { name: "Администрирование" }).click();
    await page.getByTestId("users-table").waitFor();
    const logins = await page.$$eval("[data-testid=users-table] tbody tr td:first-child", (cells) => cells.map((c) => c.textContent));
    expect(logins.sort()).toEqual(["bryansk", "klintsy"]);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();

    // The federal admin's trail holds the sign-ins of this test run.
    const federal = await signedInPage(demo.browser, demo.server.url, "admin", "/admin/manage?tab=audit");
    await federal.getByTestId("audit-table").waitFor();
    expect(await federal.locator("[data-testid=audit-table] tbody tr", { hasText: "вход в систему" }).count()).toBeGreaterThan(0);
    expect(await federal.locator("[data-testid=audit-table] tbody tr", { hasText: "auth.login" }).count()).toBe(0);
    await federal.context().close();
  });

  it("klintsy (manager of 32-02) lands on its centre only, and signs out", async () => {
    const page = await signedInPage(demo.browser, demo.server.url, "klintsy");
    await waitForUnit(page, "32-02");
    expect(unitIdOf(page)).toBe("32-02");
    expect(await page.getByTestId("rating-table").count()).toBe(0);
    expect(await page.getByRole("navigation", { name: "Путь" }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "Администрирование" }).count()).toBe(0);
    for (const path of ["/admin/u/32", "/admin/u/32-01"]) {
      await page.goto(`${demo.server.url}${path}`);
      await page.getByTestId("not-found").waitFor();
    }
    await page.getByRole("button", { name: "Выйти" }).click();
    await page.getByRole("button", { name: "Войти" }).waitFor();
    const me = await page.evaluate(async () => (await fetch("/api/auth/me")).status);
    expect(me).toBe(401);
    await page.context().close();
  });
});
