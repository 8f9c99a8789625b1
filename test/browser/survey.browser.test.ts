// The survey in a real browser: keyboard-only and script-free filling, follow-ups, errors, axe-core, 320 px.
import { mkdirSync } from "node:fs";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, launchChromium, pickRadio, tabTo } from "../support/browser.js";
import { startSurveyServer, testUnits, type SurveyServer } from "../support/survey-server.js";

const unit = testUnits.open;
let server: SurveyServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startSurveyServer("pglite"), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * A page in a fresh context (no drafts left by other tests). `withoutScript` keeps the survey's script
 * from loading while leaving JavaScript on, so that axe-core can still be injected into a script-free page.
 */
async function open(path: string, options: BrowserContextOptions & { withoutScript?: boolean } = {}): Promise<Page> {
  const { withoutScript, ...contextOptions } = options;
  const context = await browser.newContext({ locale: "ru-RU", ...contextOptions });
  if (withoutScript) await context.route("**/s/assets/survey.js", (route) => route.abort());
  const page = await context.newPage();
  await page.goto(server.url + path);
  return page;
}
const close = (page: Page) => page.context().close();

const responseCount = async () =>
  Number(
    (
      await server.database.db
        .selectFrom("responses")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );
const latestResponse = () => server.database.db.selectFrom("responses").selectAll().orderBy("created_at", "desc").limit(1).executeTakeFirstOrThrow();

/** Fills the whole seeker form with the keyboard alone; `paged` when the script shows it sheet by sheet. */
async function fillSeekerByKeyboard(page: Page, paged: boolean): Promise<void> {
  const next = async () => {
    if (!paged) return;
    await tabTo(page, "Далее");
    await page.keyboard.press("Enter");
  };
  await pickRadio(page, "q1", 9);
  await tabTo(page, "note_q1");
  await page.keyboard.type("Вежливо");
  for (const [name, position] of [
    ["q2", 8],
    ["q3", 7],
    ["q4", 3],
    ["q5", 6],
  ] as const)
    await pickRadio(page, name, position);
  await next();
  for (const [name, position] of [
    ["q6", 10],
    ["q7", 9],
    ["q8", 8],
    ["q9", 7],
    ["q10", 6],
  ] as const)
    await pickRadio(page, name, position);
  await next();
  for (const [name, position] of [
    ["q11", 5],
    ["q12", 2],
    ["q13", 2],
    ["q14", 2],
  ] as const)
    await pickRadio(page, name, position);
  await next();
  for (const [name, position] of [
    ["q15office", 10],
    ["q15site", 9],
    ["q15phone", 4],
  ] as const)
    await pickRadio(page, name, position);
  await tabTo(page, "comment");
  await page.keyboard.type("Спасибо!");
  await next();
  await pickRadio(page, "gender", 2);
  await pickRadio(page, "age", 5);
  await tabTo(page, "categories");
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await tabTo(page, "Отправить ответы");
  await Promise.all([page.waitForURL(/\/thanks$/), page.keyboard.press("Enter")]);
}

const keyboardAnswers = {
  answers: {
    q1: 9,
    q2: 8,
    q3: 7,
    q4: "no",
    q5: 6,
    q6: 10,
    q7: 9,
    q8: 8,
    q9: 7,
    q10: 6,
    q11: 5,
    q12: "no",
    q13: "no",
    q14: "site",
    q15office: 10,
    q15site: 9,
    q15phone: 4,
  },
  comments: { q1: "Вежливо", suggestions: "Спасибо!" },
  profile: { gender: "female", age: "40-49", categories: ["pre_retirement", "pensioners"] },
};

/** Checks or fills each field once it is visible, pressing «Далее» to reach the next sheet. */
async function fillByPointer(page: Page, fields: readonly (readonly [string, string])[]): Promise<void> {
  const pending = [...fields];
  for (let guard = 0; pending.length && guard < 10; guard++) {
    for (let i = 0; i < pending.length;) {
      const [name, value] = pending[i] as readonly [string, string];
      const choice = page.locator(`input[name="${name}"][value="${value}"]:is([type=radio],[type=checkbox])`);
      const isChoice = (await choice.count()) > 0;
      const target = isChoice ? choice : page.locator(`[name="${name}"]`);
      if (!(await target.isVisible())) {
        i++;
        continue;
      }
      if (isChoice) await target.check();
      else await target.fill(value);
      pending.splice(i, 1);
    }
    if (pending.length) await page.getByRole("button", { name: "Далее" }).click();
  }
  expect(pending).toEqual([]);
}

describe("the survey in chromium", () => {
  it("is filled by keyboard alone, sheet by sheet, and stores exactly the chosen answers", async () => {
    const page = await open(`/s/${unit}/seeker`);
    expect(await page.locator("#pg-t").textContent()).toBe("Лист 1 из 5");
    expect(await page.locator("#sh2").isVisible()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    const before = await responseCount();
    await fillSeekerByKeyboard(page, true);
    expect(await page.locator("h1").textContent()).toBeTruthy();
    expect(await page.locator("main").textContent()).toContain("Ваши ответы сохранены");
    expect(await axeViolations(page)).toEqual([]);
    expect(await responseCount()).toBe(before + 1);
    expect(await latestResponse()).toMatchObject({ ...keyboardAnswers, channel: "link", respondent: "seeker" });
    await close(page);
  });

  it("works with JavaScript disabled: every sheet shown, a plain POST", async () => {
    const page = await open(`/s/${unit}/seeker`, { javaScriptEnabled: false });
    for (const id of ["#sh1", "#sh2", "#sh3", "#sh4", "#shp", "#f-q12r"]) expect(await page.locator(id).isVisible(), id).toBe(true);
    const before = await responseCount();
    await fillSeekerByKeyboard(page, false);
    expect(await responseCount()).toBe(before + 1);
    expect(await latestResponse()).toMatchObject(keyboardAnswers);
    await close(page);
  });

  it("shows the employer's follow-ups only when they apply, and stores them", async () => {
    const page = await open(`/s/${unit}/employer?src=qr`);
    expect(await axeViolations(page)).toEqual([]);
    const scales = (keys: string[], value: string) => keys.map((k) => [k, value] as const);
    await fillByPointer(page, [...scales(["q1", "q2", "q3", "q5", "q6", "q7", "q8", "q9", "q10"], "8"), ["q4", "yes"]]);
    await page.getByRole("button", { name: "Далее" }).click();
    for (const id of ["#f-q12r", "#f-q13ch", "#f-q13r", "#f-q14other"]) expect(await page.locator(id).isVisible(), id).toBe(false);
    await page.check('input[name="q12"][value="yes"]');
    expect(await page.locator("#f-q12r").isVisible()).toBe(true);
    await page.check('input[name="q13"][value="yes"]');
    expect(await page.locator("#f-q13ch").isVisible()).toBe(true);
    expect(await page.locator("#f-q13r").isVisible()).toBe(true);
    await page.check('input[name="q14"][value="other"]');
    expect(await page.locator("#f-q14other").isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await fillByPointer(page, [
      ["q11", "9"],
      ["q12r", "10"],
      ["q13ch", "Портал «Работа России»"],
      ["q13r", "7"],
      ["q14other", "Ярмарка вакансий"],
      ["q15office", "9"],
      ["ownership", "private_russian"],
      ["headcount", "101-250"],
      ["characteristics", "high_turnover"],
      ["characteristics", "seasonal_demand"],
    ]);
    const before = await responseCount();
    await Promise.all([page.waitForURL(/\/thanks\?src=qr$/), page.getByRole("button", { name: "Отправить ответы" }).click()]);
    expect(await responseCount()).toBe(before + 1);
    expect(await latestResponse()).toMatchObject({
      respondent: "employer",
      channel: "qr",
      answers: { q12: "yes", q12r: 10, q13: "yes", q13ch: "Портал «Работа России»", q13r: 7, q14: "other", q14other: "Ярмарка вакансий", q11: 9, q15office: 9 },
      profile: { ownership: "private_russian", headcount: "101-250", characteristics: ["high_turnover", "seasonal_demand"] },
    });
    await close(page);
  });

  it("answers tampered input with Russian messages at the fields, keeping the answers, storing nothing", async () => {
    for (const withoutScript of [true, false]) {
      const page = await open(`/s/${unit}/seeker`, { withoutScript });
      await page.evaluate(`(() => {
        const ten = document.querySelector('input[name="q1"][value="10"]');
        ten.value = "11";
        ten.checked = true;
        document.querySelector('input[name="q2"][value="4"]').checked = true;
        document.querySelector('input[name="q13"][value="yes"]').click();
        const channel = document.getElementById("q13ch");
        channel.removeAttribute("maxlength");
        channel.value = "я".repeat(250);
      })()`);
      const before = await responseCount();
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === "POST"),
        page.evaluate(`document.getElementById("survey").requestSubmit()`),
      ]);
      expect(response.status()).toBe(400);
      await page.waitForLoadState();
      expect(await page.locator("#errors h2").textContent()).toBe("Проверьте ответы");
      expect(await page.locator("#err-q1").textContent()).toBe("Ошибка: Выберите один из вариантов от 1 до 10");
      expect(await page.locator("#err-q13ch").textContent()).toBe("Ошибка: Ответ слишком длинный: не более 200 символов");
      expect(await page.locator('input[name="q2"][value="4"]').isChecked()).toBe(true);
      expect((await page.locator("#q13ch").inputValue()).length).toBe(250);
      if (!withoutScript) {
        expect(await page.evaluate("document.activeElement.id")).toBe("errors");
        expect(await page.locator("#sh1").isVisible()).toBe(true);
      }
      expect(await axeViolations(page)).toEqual([]);
      expect(await responseCount()).toBe(before);
      await close(page);
    }
  });

  it("has no WCAG 2.1 AA violations on the start page, the script-free forms and the 404 page", async () => {
    const noScript = { withoutScript: true };
    for (const [path, options] of [
      [`/s/${unit}`, {}],
      [`/s/${unit}/seeker`, noScript],
      [`/s/${unit}/employer`, noScript],
      ["/s/no-such-unit/seeker", {}],
    ] as const) {
      const page = await open(path, options);
      expect(await axeViolations(page), path).toEqual([]);
      await close(page);
    }
  });

  it("refuses an empty questionnaire with a friendly message, with and without the script", async () => {
    const message = "Анкета пока пустая. Пожалуйста, оцените хотя бы одно утверждение по шкале от 1 до 10 — тогда мы сможем учесть Ваше мнение.";
    const before = await responseCount();
    // With the script: the last sheet's «Отправить» says so at once and nothing is sent.
    const scripted = await open(`/s/${unit}/seeker`);
    let posted = false;
    scripted.on("request", (r) => (posted ||= r.method() === "POST"));
    for (let i = 0; i < 4; i++) await scripted.getByRole("button", { name: "Далее" }).click();
    await scripted.check('input[name="gender"][value="male"]');
    await scripted.getByRole("button", { name: "Отправить ответы" }).click();
    const alert = scripted.locator("p.empty[role=alert]");
    expect(await alert.textContent()).toBe(message);
    expect(await scripted.evaluate("document.activeElement.className")).toBe("empty");
    expect(posted).toBe(false);
    expect(await axeViolations(scripted)).toEqual([]);
    await close(scripted);
    // Without it: the server refuses the POST and shows the form again with the same words.
    const plain = await open(`/s/${unit}/seeker`, { javaScriptEnabled: false });
    await plain.check('input[name="q4"][value="yes"]');
    await Promise.all([plain.waitForLoadState(), plain.getByRole("button", { name: "Отправить ответы" }).click()]);
    expect(await plain.locator("#errors").textContent()).toContain(message);
    expect(await plain.locator('input[name="q4"][value="yes"]').isChecked()).toBe(true);
    await close(plain);
    expect(await responseCount()).toBe(before);
  });

  it("shows each 1–10 scale on a phone as a row of ten labelled radios (2×5 under 360 px), so the form fits in a few screens", async () => {
    for (const width of [390, 340]) {
      const page = await open(`/s/${unit}/seeker`, { viewport: { width, height: 780 }, withoutScript: true });
      const boxes = await page
        .locator("#f-q1 .v")
        .evaluateAll((spans) => spans.map((s) => s.getBoundingClientRect()).map((r) => ({ top: Math.round(r.top), width: r.width })));
      expect(new Set(boxes.map((b) => b.top)).size, `${width}px rows`).toBe(width < 360 ? 2 : 1);
      for (const b of boxes) expect(b.width).toBeGreaterThanOrEqual(24);
      // Each radio is still a real input named by its value and its label; the two ends are spelled out.
      expect(await page.getByRole("radio", { name: "1 категорически не согласен" }).first().isVisible()).toBe(true);
      expect(await page.locator("#f-q1 .ends").innerText()).toMatch(/1 — категорически не согласен\s+10 — полностью согласен/);
      expect(await page.locator("#f-q1 > legend").isVisible()).toBe(true);
      // The whole script-free seeker form, preamble and profile included: 12¾ screens of a 390 × 780 phone (22½ with stacked rows).
      const height = Number(await page.evaluate("document.documentElement.scrollHeight"));
      expect(height / 780, `${width}px screens`).toBeLessThan(width < 360 ? 16 : 14);
      expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(width);
      expect(await axeViolations(page)).toEqual([]);
      await close(page);
    }
    // The keyboard still walks the scale with the arrow keys, and the choice shows.
    const page = await open(`/s/${unit}/seeker`, { viewport: { width: 390, height: 780 } });
    await pickRadio(page, "q1", 4);
    expect(await page.locator('input[name="q1"][value="4"]').isChecked()).toBe(true);
    expect(await page.locator('input[name="q1"][value="4"] + .v').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe("rgb(11, 79, 148)");
    await close(page);
  });

  it("fits a 320 px wide screen without horizontal scrolling", async () => {
    for (const path of [`/s/${unit}`, `/s/${unit}/seeker`, `/s/${unit}/employer`]) {
      const page = await open(path, { viewport: { width: 320, height: 640 } });
      expect(await page.evaluate("document.documentElement.scrollWidth"), path).toBeLessThanOrEqual(320);
      if (path.endsWith("seeker")) {
        mkdirSync("test-artifacts", { recursive: true });
        await page.screenshot({ path: "test-artifacts/survey-320.png", fullPage: true });
      }
      await close(page);
    }
    // 200 % zoom of a 1280 px window: 640 CSS pixels at device scale 2.
    const zoomed = await open(`/s/${unit}/seeker`, { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    expect(await zoomed.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(640);
    await close(zoomed);
  });
});
