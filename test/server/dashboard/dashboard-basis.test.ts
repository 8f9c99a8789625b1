// The dashboard on each basis: published (without excluded), raw (all) and "if the pending flags were
// confirmed" equal the database's computation on that basis; unit managers see only published figures.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDefaultMethodology } from "../../../src/cli/methodology-files.js";
import type { ResultDocument, ViewResult } from "../../../src/core/index.js";
import { computeResultsFromDatabase, counterBases, decideResponseFlags, importDataset, storeQualityRun, type CounterBasis } from "../../../src/db/index.js";
import type { Figures, RatingResponse, TrendResponse, UnitPage } from "../../../src/contract/dashboard.js";
import { signIn, startAuthServer, type TestLogin } from "../../support/auth-server.js";
import { backends } from "../../support/databases.js";
import { reviewPeriod, reviewWorld } from "../../support/quality-review-world.js";
import type { SurveyServer } from "../../support/survey-server.js";

const m = loadDefaultMethodology();
const world = reviewWorld(m, 40);
const [confirmedId, pendingId] = world.dataset.responses.filter((r) => r.unit === "32-01" && r.respondent === "seeker").map((r) => r.id);
const reason = [{ code: "too_fast", text: "Слишком быстро", weight: 0.8 }];

describe.each(backends)("dashboard figures by basis on %s", (backend) => {
  let server: SurveyServer;
  const docs = new Map<CounterBasis, ResultDocument>();
  const cookies = new Map<string, string>();
  const get = async (login: TestLogin, url: string) => {
    if (!cookies.has(login)) cookies.set(login, (await signIn(server.app, login)).cookie);
    return server.app.inject({ method: "GET", url, headers: { cookie: cookies.get(login) as string } });
  };
  const json = async <T>(login: TestLogin, url: string): Promise<T> => {
    const response = await get(login, url);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<T>();
  };
  const unitResult = (basis: CounterBasis, id: string): ViewResult => docs.get(basis)!.units.find((u) => u.id === id && u.view === "seeker") as ViewResult;
  const expectSame = (figures: Figures, r: ViewResult) => {
    expect(figures).toMatchObject({ n: r.n, status: r.status });
    expect(figures.index).toBe(r.index);
    expect(figures.percent).toBe(r.percent);
  };

  beforeAll(async () => {
    server = await startAuthServer(backend, { loginRateLimit: { max: 1000, timeWindowMs: 60_000 } });
    const db = server.database.db;
    await importDataset(db, world.dataset, m);
    const responses = [confirmedId!, pendingId!].map((id) => ({ id, unit: "32-01", score: 0.8, reasons: reason }));
    await storeQualityRun(db, {
      period: reviewPeriod,
      scopeUnitId: "32",
      startedAt: new Date(),
      startedBy: null,
      responsesChecked: responses.length,
      report: { settings: "test", units: [], responses },
    });
    await decideResponseFlags(db, { responseIds: [confirmedId!], decision: "confirm", actorId: null });
    for (const basis of counterBases) docs.set(basis, await computeResultsFromDatabase(db, m, reviewPeriod, { basis }));
  }, 120_000);
  afterAll(async () => server?.close());

  it("the seeded flags make the bases differ by one response each", () => {
    const n = (basis: CounterBasis) => unitResult(basis, "32-01").n;
    expect(n("raw") - n("published")).toBe(1);
    expect(n("published") - n("confirmed_pending")).toBe(1);
  });

  it.each(counterBases)("the rating, the unit page and the trend on %s equal the computation on that basis", async (basis) => {
    const rating = await json<RatingResponse>("fadmin", `/api/dashboard/rating?unit=32&period=${reviewPeriod}&view=seeker&basis=${basis}`);
    expect(rating.basis).toBe(basis);
    const rows = [...rating.rows, ...rating.apart];
    expect(rows.map((r) => r.id).sort()).toEqual(["32-01", "32-03"]);
    for (const row of rows) expectSame(row.figures, unitResult(basis, row.id));

    const page = await json<UnitPage>("radmin", `/api/dashboard/unit/32-01?period=${reviewPeriod}&view=seeker&basis=${basis}`);
    expect(page.basis).toBe(basis);
    expectSame(page.figures, unitResult(basis, "32-01"));
    expectSame(page.country, docs.get(basis)!.country.find((c) => c.view === "seeker") as ViewResult);

    const trend = await json<TrendResponse>("fanalyst", `/api/dashboard/unit/32-01/trend?view=seeker&period=${reviewPeriod}&count=1&basis=${basis}`);
    expect(trend.basis).toBe(basis);
    expect(trend.points[0]).toMatchObject({ period: reviewPeriod, n: unitResult(basis, "32-01").n });
  });

  it("the passport export names a file whose figures are not the published ones", async () => {
    const raw = await get("fadmin", `/api/exports/unit/32-01/passport.xlsx?period=${reviewPeriod}&view=seeker&basis=raw`);
    expect(raw.statusCode).toBe(200);
    expect(decodeURIComponent(String(raw.headers["content-disposition"]))).toContain("все ответы");
    const published = await get("fadmin", `/api/exports/unit/32-01/passport.xlsx?period=${reviewPeriod}&view=seeker`);
    expect(decodeURIComponent(String(published.headers["content-disposition"]))).not.toContain("все ответы");
  });

  it("without basis the figures are the published ones", async () => {
    const page = await json<UnitPage>("fadmin", `/api/dashboard/unit/32-01?period=${reviewPeriod}&view=seeker`);
    expect(page.basis).toBe("published");
    expectSame(page.figures, unitResult("published", "32-01"));
  });

  it("a unit manager gets 403 for the other bases and its published figures otherwise", async () => {
    for (const basis of ["raw", "confirmed_pending"] as const) {
      for (const url of [
        `/api/dashboard/unit/32-01?period=${reviewPeriod}&view=seeker&basis=${basis}`,
        `/api/dashboard/rating?unit=32-01&period=${reviewPeriod}&view=seeker&basis=${basis}`,
        `/api/dashboard/unit/32-01/trend?view=seeker&basis=${basis}`,
        `/api/exports/unit/32-01/passport.xlsx?period=${reviewPeriod}&view=seeker&basis=${basis}`,
      ]) {
        const response = await get("umanager", url);
        expect(response.statusCode, url).toBe(403);
        expect(response.json<{ error: { message: string } }>().error.message).toMatch(/проверя/);
      }
    }
    const page = await json<UnitPage>("umanager", `/api/dashboard/unit/32-01?period=${reviewPeriod}&view=seeker&basis=published`);
    expectSame(page.figures, unitResult("published", "32-01"));
  });

  it("rejects an unknown basis", async () => {
    expect((await get("fadmin", `/api/dashboard/unit/32-01?period=${reviewPeriod}&view=seeker&basis=everything`)).statusCode).toBe(400);
  });
});
