// The administration screens in chromium: a regional admin creates and blocks an account of its region; the federal admin uploads a methodology version (a refused one names its problem) and compares it with the active one; axe on both tabs.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { axeViolations } from "../support/browser.js";
import { signedInPage, waitForUnit, submitSignIn } from "../support/admin-browser.js";
import { runsOnPglite } from "../support/databases.js";
import { useDemoBrowser } from "../support/demo-browser.js";

const methodologyFile = new URL("../../methodology/2022.2.json", import.meta.url);

interface MethodologyJson {
  id: string;
  title: string;
  default?: boolean;
  groups: { code: string; max: number }[];
  indicators: { code: string; max: number; surveyWeight: number }[];
}

/** methodology/2022.2.json as a new version: the survey part weighs 0.9 instead of 0.5 where objective data exist too (on the demo data this moves regions). */
function derivedMethodology(id: string): MethodologyJson {
  const m = JSON.parse(readFileSync(methodologyFile, "utf8")) as MethodologyJson;
  for (const indicator of m.indicators) indicator.surveyWeight = 0.9;
  return { ...m, id, title: `Проверочная редакция ${id}`, default: false };
}

describe.runIf(runsOnPglite)("admin app: accounts and methodology versions", { timeout: 300_000 }, () => {
  const demo = useDemoBrowser();

  it("bryansk creates a unit manager of a centre of region 32 who lands on it, moves it, sets its password, then blocks it and it can no longer sign in", async () => {
    const page = await signedInPage(demo.browser, demo.server.url, "bryansk", "/admin/manage?tab=users");
    await page.getByTestId("users-table").waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Создать учётную запись" }).click();
    const form = page.getByTestId("account-form");
    // A regional admin is offered only the roles it may grant, and only units of its region.
    const roles = await form
      .locator("select[name=role]")
      .locator("option")
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(roles.sort()).toEqual(["regional_admin", "unit_manager"]);
    await form.locator("select[name=role]").selectOption("unit_manager");
    const centres = await form
      .locator("select[name=scopeUnitId]")
      .locator("option")
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(centres.length).toBeGreaterThan(1);
    expect(centres.every((id) => id.startsWith("32-"))).toBe(true);
    expect(centres).toContain("32-03");
    expect(await axeViolations(page)).toEqual([]);

    await form.locator("input[name=login]").fill("pochep-head");
    await form.locator("input[name=displayName]").fill("Руководитель ЦЗН 32-03");
    await form.locator("select[name=scopeUnitId]").selectOption("32-03");
    // The server's rule, shown next to the field: the password is too short.
    await form.locator("input[name=password]").fill("short");
    await form.getByRole("button", { name: "Создать" }).click();
    await expect.poll(() => form.getByText("Пароль должен быть не короче 10 символов").count()).toBe(1);
    await form.locator("input[name=password]").fill("pochep-secret-2026");
    await form.getByRole("button", { name: "Создать" }).click();
    await page.locator("[data-testid=users-table] tbody tr[data-login=pochep-head]").waitFor();
    const created = await demo.server.database.db
      .selectFrom("users")
      .select(["role", "scope_unit_id", "display_name"])
      .where("login", "=", "pochep-head")
      .executeTakeFirstOrThrow();
    expect(created).toEqual({ role: "unit_manager", scope_unit_id: "32-03", display_name: "Руководитель ЦЗН 32-03" });

    // A taken login: the server's message stands next to the login field.
    await page.getByRole("button", { name: "Создать учётную запись" }).click();
    await form.locator("input[name=login]").fill("klintsy");
    await form.locator("input[name=displayName]").fill("Двойник");
    await form.locator("select[name=scopeUnitId]").selectOption("32-03");
    await form.locator("input[name=password]").fill("another-secret-2026");
    await form.getByRole("button", { name: "Создать" }).click();
    await expect.poll(() => form.getByText("Логин «klintsy» уже занят").count()).toBe(1);
    await form.getByRole("button", { name: "Отмена" }).click();

    const manager = await submitSignIn(demo.browser, demo.server.url, "pochep-head", "pochep-secret-2026");
    await waitForUnit(manager, "32-03");
    await manager.context().close();

    // Moved to another centre and renamed; then a new password, set by the administrator.
    const row = page.locator("[data-testid=users-table] tbody tr[data-login=pochep-head]");
    await page.getByRole("button", { name: "Изменить pochep-head" }).click();
    expect(await form.locator("input[name=login]").count()).toBe(0);
    await form.locator("input[name=displayName]").fill("Руководитель ЦЗН 32-01");
    await form.locator("select[name=scopeUnitId]").selectOption("32-01");
    await form.getByRole("button", { name: "Сохранить" }).click();
    await row.getByText("Руководитель ЦЗН 32-01").waitFor();
    const moved = await demo.server.database.db
      .selectFrom("users")
      .select(["scope_unit_id", "display_name"])
      .where("login", "=", "pochep-head")
      .executeTakeFirstOrThrow();
    expect(moved).toEqual({ scope_unit_id: "32-01", display_name: "Руководитель ЦЗН 32-01" });

    await page.getByRole("button", { name: "Задать пароль pochep-head" }).click();
    const reset = page.getByRole("dialog", { name: "Новый пароль для pochep-head" });
    await reset.locator("input[name=new-password]").fill("pochep-head");
    await reset.locator("input[name=repeat-password]").fill("pochep-head");
    await reset.getByRole("button", { name: "Задать пароль" }).click();
    await reset.getByText("Пароль не должен совпадать с логином").waitFor();
    await reset.locator("input[name=new-password]").fill("pochep-second-2026");
    await reset.locator("input[name=repeat-password]").fill("pochep-second-2026");
    await reset.getByRole("button", { name: "Задать пароль" }).click();
    await reset.getByText("Пароль задан").waitFor();
    await reset.getByRole("button", { name: "Готово" }).click();
    const old = await submitSignIn(demo.browser, demo.server.url, "pochep-head", "pochep-secret-2026");
    expect(await old.getByTestId("sign-in-error").count()).toBe(1);
    await old.context().close();
    const renewed = await submitSignIn(demo.browser, demo.server.url, "pochep-head", "pochep-second-2026");
    await waitForUnit(renewed, "32-01");
    await renewed.context().close();

    await page.getByRole("button", { name: "Заблокировать pochep-head" }).click();
    await row.locator("[data-col=state]", { hasText: "заблокирована" }).waitFor();
    const blocked = await submitSignIn(demo.browser, demo.server.url, "pochep-head", "pochep-second-2026");
    expect(await blocked.getByTestId("sign-in-error").count()).toBe(1);
    expect(await blocked.getByTestId("user-name").count()).toBe(0);
    await blocked.context().close();
    await page.context().close();
  });

  it("the federal admin uploads a methodology version (a refused one names its problem's path), reads it, and compares it with the active one", async () => {
    const page = await signedInPage(demo.browser, demo.server.url, "admin", "/admin/manage?tab=methodologies");
    await page.getByTestId("methodologies-table").waitFor();
    const active = (await page
      .locator("[data-testid=methodologies-table] tbody tr", { hasText: "действует" })
      .filter({ hasNotText: "не действует" })
      .getAttribute("data-version")) as string;
    expect(active).toBeTruthy();

    const upload = page.getByTestId("methodology-upload").locator("input[type=file]");
    const broken = derivedMethodology("2026.9-broken");
    (broken.groups[0] as { max: number }).max = 7;
    await upload.setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(broken)) });
    await page.getByRole("button", { name: "Загрузить" }).click();
    const problems = page.getByTestId("upload-problems");
    await problems.waitFor();
    expect(await problems.locator("code").allTextContents()).toContain("groups[0].max");

    await upload.setInputFiles({ name: "2026.9.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(derivedMethodology("2026.9"))) });
    await page.getByRole("button", { name: "Загрузить" }).click();
    await page.locator("[data-testid=methodologies-table] tbody tr[data-version='2026.9']").waitFor();
    expect(await page.getByTestId("upload-problems").count()).toBe(0);
    // The new version is shown read for people: the moved points, as the JSON gives them.
    const summary = page.locator("[data-testid=methodology-summary][data-version='2026.9']");
    await summary.waitFor();
    expect(await summary.locator("tr[data-indicator=К1] [data-col=survey-weight]").textContent()).toBe("0,90");
    expect(await summary.locator("tr[data-indicator=К1] [data-col=max]").textContent()).toBe("4,00");
    expect(await summary.locator("tr[data-indicator]").count()).toBe(20);
    expect(await page.locator("[data-testid=methodologies-table] tbody tr[data-version='2026.9'] [data-col=status]").textContent()).toBe("не действует");
    expect(await axeViolations(page)).toEqual([]);

    const compare = page.getByTestId("methodology-compare");
    await compare.getByLabel("Версия A").selectOption(active);
    await compare.getByLabel("Версия B").selectOption("2026.9");
    const period = await compare.getByLabel("Период").inputValue();
    await compare.getByRole("button", { name: "Сравнить" }).click();
    const table = page.getByTestId("comparison-table");
    await table.waitFor();

    const response = await page.request.get(`${demo.server.url}/api/methodologies/compare?period=${period}&a=${active}&b=2026.9`);
    expect(response.ok()).toBe(true);
    const api = (await response.json()) as {
      units: { id: string; rankChange: number | null; a: { rank: number | null; status: string }; b: { rank: number | null; status: string } }[];
    };
    // Units without responses in the period are listed apart, under the table.
    const compared = api.units.filter((u) => u.a.status !== "empty" || u.b.status !== "empty");
    expect(compared.length).toBeGreaterThan(1);
    const shown = await table.locator("tbody tr").evaluateAll((rows) =>
      rows.map((row) => ({
        id: row.getAttribute("data-unit"),
        change: row.getAttribute("data-change"),
        rankA: row.querySelector("[data-col=rank-a]")?.textContent,
        rankB: row.querySelector("[data-col=rank-b]")?.textContent,
      })),
    );
    expect(shown).toEqual(
      compared.map((u) => ({
        id: u.id,
        change: u.rankChange === null ? "" : String(u.rankChange),
        rankA: String(u.a.rank ?? "—"),
        rankB: String(u.b.rank ?? "—"),
      })),
    );
    const moved = compared.filter((u) => (u.rankChange ?? 0) !== 0);
    expect(moved.length).toBeGreaterThan(0);

    // Sorted by the change: the biggest climb first, then the biggest fall first.
    await table.getByTestId("sort-by-change").click();
    const climbs = (await table.locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-change")))).filter((c) => c !== "").map(Number);
    expect(climbs).toEqual([...climbs].sort((x, y) => y - x));
    expect(climbs[0]).toBe(Math.max(...moved.map((u) => u.rankChange as number), 0));
    await table.getByTestId("sort-by-change").click();
    const falls = (await table.locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-change")))).filter((c) => c !== "").map(Number);
    expect(falls).toEqual([...falls].sort((x, y) => x - y));
    expect(await axeViolations(page)).toEqual([]);

    // Activation asks first: cancelled, nothing changes; confirmed, the new version is in force.
    const activeNow = async () =>
      (await demo.server.database.db.selectFrom("methodology_versions").select("id").where("is_active", "=", true).executeTakeFirstOrThrow()).id;
    await page.getByRole("button", { name: "Сделать действующей версию 2026.9" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Отмена" }).click();
    await page.getByRole("dialog").waitFor({ state: "detached" });
    expect(await activeNow()).toBe(active);
    await page.getByRole("button", { name: "Сделать действующей версию 2026.9" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Сделать действующей" }).click();
    await page.getByTestId("methodologies-notice").filter({ hasText: "Версия 2026.9 стала действующей" }).waitFor();
    expect(await activeNow()).toBe("2026.9");
    // The table refetches after the notice appears: wait for the row rather than read it at once.
    await page.locator("[data-testid=methodologies-table] tbody tr[data-version='2026.9'] [data-col=status]", { hasText: /^действует$/ }).waitFor();
    await page.context().close();
  });
});
