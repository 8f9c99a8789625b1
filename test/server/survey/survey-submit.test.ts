// The public survey end to end over HTTP: storing, idempotency, validation with Russian messages, 404s, privacy, rate limit.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueFormToken } from "../../../src/server/survey/form-token.js";
import { submissionsPerDeviceHour } from "../../../src/server/survey/survey-limits.js";
import { backends } from "../../support/databases.js";
import { employerFields, seekerFields, submit, tokenOf, type Fields } from "../../support/survey-forms.js";
import { startSurveyServer, testSecret, testUnits, type SurveyServer } from "../../support/survey-server.js";

const unit = testUnits.open;

describe.each(backends)("survey submission on %s", (backend) => {
  let server: SurveyServer;
  beforeAll(async () => {
    server = await startSurveyServer(backend);
  });
  afterAll(async () => server?.close());

  const db = () => server.database.db;
  const responses = async () =>
    Number(
      (
        await db()
          .selectFrom("responses")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const counter = async (view: "seeker" | "employer", key: string, value: string) =>
    Number(
      (
        await db()
          .selectFrom("response_counters")
          .select("count")
          .where("unit_id", "=", unit)
          .where("view", "=", view)
          .where("key", "=", key)
          .where("value", "=", value)
          .executeTakeFirst()
      )?.count ?? 0,
    );
  const counterTotal = async () =>
    Number(
      (
        await db()
          .selectFrom("response_counters")
          .select((eb) => eb.fn.sum<number>("count").as("s"))
          .executeTakeFirstOrThrow()
      ).s ?? 0,
    );

  it("stores a seeker questionnaire once, with its counters, and redirects to thanks", async () => {
    const before = { rows: await responses(), n: await counter("seeker", "_n", ""), q1: await counter("seeker", "q1", "9") };
    const { response, token } = await submit(server.app, unit, "seeker", seekerFields(9));
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`/s/${unit}/seeker/thanks`);
    expect(await responses()).toBe(before.rows + 1);
    expect(await counter("seeker", "_n", "")).toBe(before.n + 1);
    expect(await counter("seeker", "q1", "9")).toBe(before.q1 + 1);
    expect(await counter("seeker", "profile.categories", "parents_0_6")).toBeGreaterThan(0);
    const row = await db().selectFrom("responses").selectAll().orderBy("created_at", "desc").executeTakeFirstOrThrow();
    expect(row).toMatchObject({ unit_id: unit, respondent: "seeker", channel: "link", methodology_id: "2022.2" });
    expect(row.answers).toMatchObject({ q1: 9, q4: "yes", q14: "office" });
    expect(row.comments).toEqual({ suggestions: "Всё хорошо" });
    expect(row.profile).toEqual({ gender: "female", age: "30-39", categories: ["parents_0_6", "school_graduates"] });

    // The same token again: thanks, but nothing new stored.
    const total = await counterTotal();
    const again = await submit(server.app, unit, "seeker", seekerFields(9), { token });
    expect(again.response.statusCode).toBe(303);
    expect(await responses()).toBe(before.rows + 1);
    expect(await counterTotal()).toBe(total);

    const thanks = await server.app.inject({ method: "GET", url: `/s/${unit}/seeker/thanks` });
    expect(thanks.statusCode).toBe(200);
    expect(thanks.body).toContain("Ваши ответы сохранены");
  });

  it("stores an employer questionnaire with its follow-ups and the QR channel", async () => {
    const agent = "employer-agent";
    const page = await server.app.inject({ method: "GET", url: `/s/${unit}/employer?src=qr`, headers: { "user-agent": agent } });
    const token = tokenOf(page.body);
    const { response } = await submit(server.app, unit, "employer?src=qr", employerFields(), { token, agent });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`/s/${unit}/employer/thanks?src=qr`);
    const row = await db().selectFrom("responses").selectAll().where("respondent", "=", "employer").executeTakeFirstOrThrow();
    expect(row.channel).toBe("qr");
    expect(row.answers).toMatchObject({ q12: "yes", q12r: 8, q13: "yes", q13ch: "Чат в мессенджере", q13r: 9, q14: "other", q14other: "Выставка вакансий" });
    expect(row.profile).toEqual({ ownership: "other", ownershipOther: "Некоммерческая", headcount: "16-100", characteristics: ["seasonal_demand"] });
    expect(await counter("employer", "q12r", "8")).toBe(1);
    expect(await counter("employer", "q13ch", "Чат в мессенджере")).toBe(0);
  });

  it("refuses a forged, foreign or missing token with 400, keeping the answers, storing nothing", async () => {
    const before = { rows: await responses(), total: await counterTotal() };
    const genuine = issueFormToken(testSecret, unit, "seeker");
    const [payload] = genuine.split(".");
    const foreignSecret = issueFormToken("another-secret-0123456789abcdefghijklmn", unit, "seeker");
    const otherUnit = issueFormToken(testSecret, testUnits.other, "seeker");
    for (const token of [`${payload}.AAAA`, foreignSecret, otherUnit, ""]) {
      const { response } = await submit(server.app, unit, "seeker", seekerFields(3), { token });
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain("Проверьте ответы");
      expect(response.body).toContain("Не удалось проверить анкету");
      expect(response.body).toMatch(/name="q1" value="3" checked/);
      expect(tokenOf(response.body)).not.toBe(token);
    }
    const expired = issueFormToken(testSecret, unit, "seeker", Date.now() - 25 * 3600_000);
    const late = await submit(server.app, unit, "seeker", seekerFields(3), { token: expired });
    expect(late.response.statusCode).toBe(400);
    expect(late.response.body).toContain("Время заполнения анкеты истекло");
    expect(await responses()).toBe(before.rows);
    expect(await counterTotal()).toBe(before.total);
  });

  it.each([
    ["an out-of-range scale value", { q1: "11" }, "f-q1", "Выберите один из вариантов от 1 до 10"],
    ["an unknown choice", { q4: "maybe" }, "f-q4", "Выберите один из предложенных вариантов"],
    ["a follow-up without its condition", { q12: "no", q12r: "8" }, "f-q12r", "Этот ответ нужен, только если в вопросе 12 выбран вариант «Да»"],
    ["an over-long note", { note_q1: "я".repeat(1001) }, "f-note_q1", "Текст слишком длинный: не более 1000 символов (сейчас 1001)"],
    [
      "an exclusive option with others",
      { categories: ["none", "pensioners"] },
      "f-categories",
      "Вариант «Не отношусь ни к одной из перечисленных категорий граждан» нельзя сочетать с другими",
    ],
  ])("refuses %s with 400 and a Russian message at the field", async (_name, change, fieldId, message) => {
    const before = { rows: await responses(), total: await counterTotal() };
    const { response } = await submit(server.app, unit, "seeker", { ...seekerFields(6), ...change });
    expect(response.statusCode).toBe(400);
    const page = response.body;
    expect(page).toContain('<div class="errors" id="errors" role="alert"');
    expect(page).toContain(`href="#${fieldId}"`);
    const name = fieldId.slice(2);
    expect(page).toContain(`<p class="err" id="err-${name}"><span class="sr">Ошибка: </span>`);
    expect(page.includes(message), message).toBe(true);
    // The values entered are shown again.
    expect(/name="q2" value="7" checked/.test(page)).toBe(true);
    expect(page.includes("Всё хорошо</textarea>")).toBe(true);
    expect(await responses()).toBe(before.rows);
    expect(await counterTotal()).toBe(before.total);
  });

  it("refuses an unknown field with a form-level message", async () => {
    const before = await responses();
    const { response } = await submit(server.app, unit, "seeker", { ...seekerFields(6), admin: "1" });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain("Форма содержит неизвестные поля: admin");
    expect(await responses()).toBe(before);
  });

  it("refuses a questionnaire without one scaled answer, keeping what was entered, storing nothing", async () => {
    const before = { rows: await responses(), total: await counterTotal() };
    const bodies: Fields[] = [{}, { q4: "yes", q12: "no", comment: "Всё хорошо", gender: "female", categories: ["pensioners"] }];
    for (const fields of bodies) {
      const { response } = await submit(server.app, unit, "seeker", fields);
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain("Проверьте ответы");
      expect(response.body).toContain("Анкета пока пустая. Пожалуйста, оцените хотя бы одно утверждение по шкале от 1 до 10");
    }
    const { response } = await submit(server.app, unit, "employer", { q4: "dont_know" });
    expect(response.statusCode).toBe(400);
    expect(response.body).toMatch(/name="q4" value="dont_know" checked/);
    expect(await responses()).toBe(before.rows);
    expect(await counterTotal()).toBe(before.total);
  });

  it("describes the scale as it is and states one length on the start page and both forms", async () => {
    const start = (await server.app.inject({ method: "GET", url: `/s/${unit}` })).body;
    expect(start).toContain("Опрос анонимный и займёт не более 10 минут.");
    for (const view of ["seeker", "employer"]) {
      const form = (await server.app.inject({ method: "GET", url: `/s/${unit}/${view}` })).body;
      expect(form, view).toContain("где 10 – полностью согласен, 1 – категорически не согласен.");
      expect(form, view).not.toMatch(/\b0 –/);
      expect(form, view).toContain("не более 10 минут");
    }
  });

  it("answers an unknown or closed unit with a friendly Russian 404 page", async () => {
    for (const path of ["/s/99-99", "/s/99-99/seeker", `/s/${testUnits.closed}`, `/s/${testUnits.closed}/employer`]) {
      const response = await server.app.inject({ method: "GET", url: path });
      expect(response.statusCode, path).toBe(404);
      expect(response.headers["content-type"]).toMatch(/^text\/html/);
      expect(response.body).toContain("Опрос не найден");
    }
    const before = await responses();
    const token = issueFormToken(testSecret, testUnits.closed, "seeker");
    const { response } = await submit(server.app, testUnits.closed, "seeker", seekerFields(5), { token });
    expect(response.statusCode).toBe(404);
    expect(await responses()).toBe(before);
  });

  it("stores a device hash and never the IP address", async () => {
    const { response } = await submit(server.app, unit, "seeker", seekerFields(7), { agent: "device-hash-check" });
    expect(response.statusCode).toBe(303);
    const rows = await db().selectFrom("responses").select("device_hash").execute();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.device_hash).toMatch(/^d:[A-Za-z0-9_-]{22}$/);
    const found = await sql<{ n: number }>`select count(*)::int as n from responses r where r::text like '%127.0.0.1%'`.execute(db());
    expect(found.rows[0]?.n).toBe(0);
  });

  it(`accepts ${submissionsPerDeviceHour} submissions an hour from one device, then answers 429`, async () => {
    const agent = "one-household-phone";
    for (let i = 0; i < submissionsPerDeviceHour; i++) {
      const { response } = await submit(server.app, testUnits.other, "seeker", seekerFields(8), { agent });
      expect(response.statusCode).toBe(303);
    }
    const before = await responses();
    const { response } = await submit(server.app, testUnits.other, "seeker", seekerFields(8), { agent });
    expect(response.statusCode).toBe(429);
    expect(response.body).toContain("Слишком много анкет");
    expect(await responses()).toBe(before);
  });
});
