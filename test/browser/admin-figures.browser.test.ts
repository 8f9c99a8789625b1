// Figures that do not mislead, in chromium on the demo: the default period stays on the home's last index when a
// new quarter has one response, a bad period in the address is noticed, an empty rating says why and where one
// exists, no stars on «мало ответов», the share under review on the figure, changes within their interval.
import { beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "../support/browser.js";
import { signedInPage, waitForUnit } from "../support/admin-browser.js";
import { runsOnPglite } from "../support/databases.js";
import { encodeFields, seekerFields, tokenOf } from "../support/survey-forms.js";
import { useDemoBrowser } from "../support/demo-browser.js";

describe.runIf(runsOnPglite)("admin app: figures that do not mislead", { timeout: 240_000 }, () => {
  const demo = useDemoBrowser();
  beforeAll(async () => {
    // One questionnaire today, before anything is computed: a new quarter with a single response.
    const form = await fetch(`${demo.server.url}/s/32-02/seeker`);
    const posted = await fetch(`${demo.server.url}/s/32-02/seeker`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: form.headers.get("set-cookie") ?? "" },
      body: encodeFields({ token: tokenOf(await form.text()), ...seekerFields(9) }),
      redirect: "manual",
    });
    expect(posted.status).toBe(303);
  }, 600_000);

  it("opens the centre's last quarter with an index, says so, and offers the newer one; no stars on «мало ответов»; 19 % under review", async () => {
    const page = await signedInPage(demo.browser, demo.server.url, "klintsy");
    await waitForUnit(page, "32-02");
    expect(new URL(page.url()).searchParams.get("period")).toBe("2026-Q3");
    const notice = page.getByTestId("period-notice");
    expect(await notice.textContent()).toContain("Показан «III квартал 2026» — последний период, за который рассчитан индекс");
    const card = page.getByTestId("index-card");
    expect(await card.getByTestId("status").textContent()).toBe("мало ответов");
    expect(await card.locator(".stars").count()).toBe(0);
    expect(await card.textContent()).toContain("звёзды не присваиваются: мало ответов");
    expect(await card.getByTestId("under-review").textContent()).toMatch(/^19 % ответов на проверке \(17\)/);
    expect(await card.textContent()).toContain("без значимых изменений");
    expect(await axeViolations(page)).toEqual([]);
    await notice.getByRole("button", { name: /Открыть IV квартал 2026/ }).click();
    await page.waitForURL((url) => url.searchParams.get("period") === "2026-Q4");
    await page
      .getByTestId("index-card")
      .getByText(/^Индекс не рассчитан/)
      .waitFor();
    await page.context().close();
  });

  it("says so when the address names a period that does not exist or has no data, instead of silently showing another", async () => {
    const page = await signedInPage(demo.browser, demo.server.url, "klintsy", "/admin/u/32-02?period=2031-Q9&view=seeker");
    await waitForUnit(page, "32-02");
    expect(await page.getByTestId("period-notice").textContent()).toContain(
      "В адресе указан период «2031-Q9»: такого периода нет — проверьте адрес. Показан период «III квартал 2026»",
    );
    await page.goto(`${demo.server.url}/admin/u/32-02?period=2019-Q1&view=seeker`);
    await waitForUnit(page, "32-02");
    expect(await page.getByTestId("period-notice").textContent()).toContain("«2019-Q1»: за этот период нет ни одного ответа");
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("explains a region's empty combined rating and opens the seeker rating it offers; changes within their interval are not arrows", async () => {
    const page = await signedInPage(demo.browser, demo.server.url, "bryansk");
    await waitForUnit(page, "32");
    await page.locator(`[data-testid=rating][data-unit="32"][aria-busy=false]`).waitFor();
    const why = page.getByTestId("no-rating");
    expect(await why.textContent()).toContain("Рейтинг центров занятости за «III квартал 2026» (сводный) не составлен");
    expect(await why.textContent()).toContain("Чаще всего причина — мало ответов работодателей");
    expect(await axeViolations(page)).toEqual([]);
    await why.getByRole("button", { name: "соискатели за «III квартал 2026»" }).click();
    await page.waitForURL((url) => url.searchParams.get("view") === "seeker");
    await page.locator("[data-testid=rating-table]").waitFor();
    const changes = await page.$$eval("[data-testid=rating-table] tbody [data-col=change]", (cells) => cells.map((c) => c.textContent));
    expect(changes).toHaveLength(6);
    // Region 32's centres moved by 0,02–1,21 points in a quarter: within the intervals, so no arrows.
    expect(changes.every((c) => c === "без значимых изменений")).toBe(true);
    await page.context().close();
  });

  it("keeps the arrow for a change beyond its interval", async () => {
    const page = await signedInPage(demo.browser, demo.server.url, "primorye", "/admin/u/25?period=2026-Q3&view=seeker");
    await waitForUnit(page, "25");
    await page.locator("[data-testid=rating-table]").waitFor();
    const cell = page.locator('[data-testid=rating-table] tbody tr[data-unit="25-02"] [data-col=change]');
    expect(await cell.textContent()).toContain("▼ 2,16");
    await page.context().close();
  });
  it("sorts the country's rating by any column, colours the five groups, and rates territorial centres nationally", async () => {
    const page = await signedInPage(demo.browser, demo.server.url, "admin");
    await waitForUnit(page, "country");
    const table = page.getByTestId("rating-table");
    await table.waitFor();
    const headings = await table.locator("thead th").allTextContents();
    for (const code of ["Д", "П", "М", "А", "К"])
      expect(
        headings.some((h) => h.startsWith(code)),
        code,
      ).toBe(true);
    expect(
      await table
        .locator("tbody tr")
        .first()
        .locator("[data-col=group-Д]")
        .evaluate((td) => getComputedStyle(td).backgroundColor),
    ).not.toBe("rgba(0, 0, 0, 0)");
    const indexes = async () => (await table.locator("tbody [data-col=index]").allTextContents()).map((t) => Number(t.replace(",", ".")));
    await table.locator("[data-sort=index]").click();
    expect(await table.locator("th", { has: page.locator("[data-sort=index]") }).getAttribute("aria-sort")).toBe("descending");
    await table.locator("[data-sort=index]").click();
    const ascending = await indexes();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await table.locator('[data-sort="group:М"]').click();
    const m = (await table.locator("tbody [data-col=group-М]").allTextContents()).map((t) => Number(t.replace(",", ".")));
    expect(m).toEqual([...m].sort((a, b) => b - a));
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("textbox", { name: "Сравнивать" }).click();
    await page.getByRole("option", { name: "территориальные ЦЗН" }).click();
    await page.waitForURL((url) => url.searchParams.get("kind") === "territorial");
    await page.getByRole("heading", { name: "Рейтинг центров занятости" }).waitFor();
    await page.locator('[data-testid=rating][data-unit="country"][aria-busy=false]').waitFor();
    expect(await page.locator("[data-testid=rating-table] tbody tr").count()).toBeGreaterThan(10);
    await page.context().close();
  });

  it("tells a centre's manager the centre's place in its region and in the country", async () => {
    const page = await signedInPage(demo.browser, demo.server.url, "klintsy", "/admin/u/32-02?period=2026-Q3&view=seeker");
    await waitForUnit(page, "32-02");
    expect(await page.getByTestId("unit-ranks").textContent()).toMatch(/^Место в регионе \(Брянская область\): 1 из 6 · в стране: \d+ из \d+$/);
    await page.context().close();
  });
  it("maps the 89 regions as tiles coloured by the index, with a legend; a tile opens its region", async () => {
    const page = await signedInPage(demo.browser, demo.server.url, "admin");
    await waitForUnit(page, "country");
    const map = page.getByTestId("region-map");
    await map.locator("[data-region]").first().waitFor();
    expect(await map.locator("[data-region]").count()).toBe(89);
    const bryansk = map.locator('[data-region="32"]');
    expect(await bryansk.getAttribute("aria-label")).toMatch(/^32 Брянская область: индекс \d+,\d\d из 50$/);
    expect(await bryansk.evaluate((a) => getComputedStyle(a).backgroundColor)).not.toBe("rgb(233, 236, 239)");
    expect(await map.locator('[data-region="01"]').getAttribute("aria-label")).toContain("индекса нет");
    expect(await map.getByRole("list", { name: "Легенда" }).locator("li").count()).toBe(6);
    expect(await axeViolations(page)).toEqual([]);
    await bryansk.click();
    await waitForUnit(page, "32");
    await page.context().close();
  });
});
