// One input policy: NUL, invalid UTF-8 and lone surrogates anywhere answer 400 naming the field and store nothing; periods, survey units, hours checked.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminClient, type AdminClient } from "../../support/admin-api.js";
import { startAuthServer, testPassword } from "../../support/auth-server.js";
import { backends } from "../../support/databases.js";
import { encodeFields, freshAgent, seekerFields, tokenOf } from "../../support/survey-forms.js";
import { testUnits, type SurveyServer } from "../../support/survey-server.js";
import { callerOf } from "../objective/objective-support.js";

describe.each(backends)("input policy on %s", (backend) => {
  let server: SurveyServer;
  let fadmin: AdminClient;
  beforeAll(async () => {
    server = await startAuthServer(backend);
    fadmin = await adminClient(server, "fadmin");
  });
  afterAll(async () => server?.close());

  const responses = async () =>
    Number(
      (
        await server.database.db
          .selectFrom("responses")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const expect400Naming = (response: { statusCode: number; body: string }, field: string) => {
    expect(response.statusCode, response.body).toBe(400);
    expect(response.body).toContain(`«${field}»`);
  };
  async function postSurvey(unit: string, payload: string, contentType = "application/x-www-form-urlencoded") {
    const agent = freshAgent();
    const page = await server.app.inject({ method: "GET", url: `/s/${testUnits.open}/seeker`, headers: { "user-agent": agent } });
    const token = page.statusCode === 200 ? tokenOf(page.body) : "";
    return server.app.inject({
      method: "POST",
      url: `/s/${unit}/seeker`,
      headers: { "content-type": contentType, "user-agent": agent },
      payload: payload.replace("TOKEN", encodeURIComponent(token)),
    });
  }

  it("refuses a NUL, a percent-encoded surrogate and raw invalid bytes in a survey comment, storing nothing", async () => {
    const before = await responses();
    const base = encodeFields({ ...seekerFields(9), comment: "x" });
    for (const comment of ["%00", "%ED%A0%80", "%C3%28", "%FF"]) {
      const response = await postSurvey(testUnits.open, `token=TOKEN&${base.replace("comment=x", `comment=${comment}`)}`);
      expect400Naming(response, "comment");
      expect(response.headers["content-type"]).toContain("text/html");
    }
    const raw = Buffer.concat([Buffer.from(`token=x&${base.replace("comment=x", "comment=")}`), Buffer.from([0xed, 0xa0, 0x80])]);
    const rawBytes = await server.app.inject({
      method: "POST",
      url: `/s/${testUnits.open}/seeker`,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: raw,
    });
    expect(rawBytes.statusCode).toBe(400);
    expect(await responses()).toBe(before);
  });

  it("answers 415 to a JSON body posted to the survey and to the kiosk", async () => {
    const json = await postSurvey(testUnits.open, JSON.stringify({ token: "x", q1: [{ a: 1 }], comment: 5 }), "application/json");
    expect(json.statusCode).toBe(415);
    const text = await postSurvey(testUnits.open, "q1=9", "text/plain");
    expect(text.statusCode).toBe(415);
    const kiosk = await server.app.inject({
      method: "POST",
      url: "/k/abcdefabcdefabcdef/seeker",
      headers: { "content-type": "application/json" },
      payload: "{}",
    });
    expect(kiosk.statusCode).toBe(415);
  });

  it("keeps a field called __proto__ a plain unknown field", async () => {
    const response = await postSurvey(testUnits.open, `token=TOKEN&${encodeFields(seekerFields(9))}&__proto__=x`);
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain("неизвестные поля: __proto__");
  });

  it("takes survey responses only for open territorial centres, not a region", async () => {
    const before = await responses();
    expect((await server.app.inject({ method: "GET", url: `/s/${testUnits.region}` })).statusCode).toBe(404);
    expect((await server.app.inject({ method: "GET", url: `/s/${testUnits.region}/seeker` })).statusCode).toBe(404);
    const response = await postSurvey(testUnits.region, `token=TOKEN&${encodeFields(seekerFields(9))}`);
    expect(response.statusCode).toBe(404);
    expect(await responses()).toBe(before);
  });

  it("refuses a NUL or a lone surrogate in JSON bodies: login, unit names, JSON escapes and raw bytes", async () => {
    const login = await server.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ login: "ad\u0000min", password: testPassword }),
    });
    expect400Naming(login, "login");
    const surrogate = await server.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "application/json" },
      payload: '{"login":"\\ud800","password":"x"}',
    });
    expect400Naming(surrogate, "login");
    const rawBytes = await server.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "application/json" },
      payload: Buffer.concat([Buffer.from('{"login":"'), Buffer.from([0xff, 0xfe]), Buffer.from('","password":"x"}')]),
    });
    expect(rawBytes.statusCode).toBe(400);
    const unit = await fadmin.post("/api/units", { id: "32-77", kind: "territorial", name: "ЦЗН\u0000", parentId: "32" });
    expect400Naming(unit, "name");
    expect(await server.database.db.selectFrom("org_units").select("id").where("id", "=", "32-77").executeTakeFirst()).toBeUndefined();
    const nested = await fadmin.patch(`/api/units/${testUnits.open}`, { hours: { mon: "09:00-18:00\u0000" } });
    expect400Naming(nested, "hours.mon");
  });

  it("refuses NUL and invalid UTF-8 in query parameters and path parameters", async () => {
    expect400Naming(await fadmin.get("/api/users?unit=%00"), "unit");
    expect400Naming(await fadmin.get("/api/users?unit=%ED%A0%80"), "unit");
    expect400Naming(await fadmin.get("/api/units/32%00"), "id");
    expect((await server.app.inject({ method: "GET", url: "/s/32-01%00" })).statusCode).toBe(400);
  });

  it("refuses a NUL in an uploaded file's name", async () => {
    const caller = await callerOf(server.app, "fadmin");
    const response = await caller.upload("/api/units/import?region=32", { name: "a\u0000.xlsx", type: "application/octet-stream", data: Buffer.from("PK") });
    expect400Naming(response, "имя файла");
  });

  it("bounds periods to 2000–2100: rating?period=1000-01 is a 400, not a 500", async () => {
    for (const period of ["1000-01", "9999", "2101-Q1", "1999-12"]) {
      const response = await fadmin.get(`/api/dashboard/rating?period=${period}`);
      expect(response.statusCode, period).toBe(400);
      expect(response.body).toContain("2000");
    }
    expect((await fadmin.get("/api/dashboard/rating?period=2025-Q2")).statusCode).toBe(200);
  });

  it("refuses objective data for a period that has not begun", async () => {
    const year = new Date().getUTCFullYear() + 1;
    const caller = await callerOf(server.app, "umanager");
    const future = await caller.send("PUT", "/api/objective/entries", {
      kind: "vacancies",
      unit: testUnits.open,
      period: `${year}-Q2`,
      vacanciesNow: 5,
      vacanciesYearAgo: 4,
    });
    expect(future.statusCode).toBe(400);
    expect(future.body).toContain("ещё не начался");
    expect(await server.database.db.selectFrom("objective_entries").select("id").executeTakeFirst()).toBeUndefined();
  });

  it("refuses opening hours that close before they open", async () => {
    for (const hours of ["18:00-09:00", "09:00-09:00", "25:00-26:00", "09:00-24:30"]) {
      const response = await fadmin.patch(`/api/units/${testUnits.open}`, { hours: { mon: hours } });
      expect(response.statusCode, hours).toBe(400);
    }
    expect((await fadmin.patch(`/api/units/${testUnits.open}`, { hours: { mon: "09:00-18:00", sat: "10:00-24:00" } })).statusCode).toBe(200);
  });
});
