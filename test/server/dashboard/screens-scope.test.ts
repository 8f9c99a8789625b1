// Trend by group or indicator with gaps, the national rating narrowed to a region, and a centre manager's
// read-only view of its own region's rating (and nothing more of the region).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDefaultMethodology } from "../../../src/cli/methodology-files.js";
import type { ResultDocument, ViewResult } from "../../../src/core/index.js";
import { computeResultsFromDatabase } from "../../../src/db/index.js";
import type { RatingResponse, TrendResponse, UnitPage } from "../../../src/contract/dashboard.js";
import { signIn, startAuthServer, type TestLogin } from "../../support/auth-server.js";
import { seedDashboardData } from "../../support/dashboard-data.js";
import { backends } from "../../support/databases.js";
import type { SurveyServer } from "../../support/survey-server.js";

const m = loadDefaultMethodology();

describe.each(backends)("screens: trend measures, region filter, peer rating on %s", (backend) => {
  let server: SurveyServer;
  let q1: ResultDocument, q2: ResultDocument;
  const cookies = new Map<string, string>();
  beforeAll(async () => {
    server = await startAuthServer(backend, { loginRateLimit: { max: 1000, timeWindowMs: 60_000 } });
    await seedDashboardData(server.database.db);
    q1 = await computeResultsFromDatabase(server.database.db, m, "2025-Q1");
    q2 = await computeResultsFromDatabase(server.database.db, m, "2025-Q2");
  });
  afterAll(async () => server?.close());

  const get = async (login: TestLogin, url: string) => {
    if (!cookies.has(login)) cookies.set(login, (await signIn(server.app, login)).cookie);
    return server.app.inject({ method: "GET", url, headers: { cookie: cookies.get(login) as string } });
  };
  const json = async <T>(login: TestLogin, url: string): Promise<T> => {
    const response = await get(login, url);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<T>();
  };
  const result = (doc: ResultDocument, id: string, view: string): ViewResult => doc.units.find((u) => u.id === id && u.view === view) as ViewResult;

  it("follows a group or an indicator up to the asked period; a period without responses is a gap, not a zero", async () => {
    const group = m.groups[1]!;
    const trend = await json<TrendResponse>(
      "radmin",
      `/api/dashboard/unit/32-03/trend?view=employer&count=3&period=2025-Q2&measure=${encodeURIComponent(group.code)}`,
    );
    expect(trend.measure).toMatchObject({ kind: "group", code: group.code, max: 100 });
    expect(trend.points.map((p) => p.period)).toEqual(["2024-Q4", "2025-Q1", "2025-Q2"]);
    // 32-03 had no employer responses in 2025-Q1 and none at all in 2024-Q4.
    expect(trend.points[0]!.value).toBeUndefined();
    expect(trend.points[1]!.value).toBeUndefined();
    const employerQ2 = result(q2, "32-03", "employer");
    expect(trend.points[2]!.value).toBeCloseTo((employerQ2.groups[group.code]! / group.max) * 100, 10);

    const indicator = m.indicators[0]!;
    const byIndicator = await json<TrendResponse>(
      "radmin",
      `/api/dashboard/unit/32-01/trend?view=seeker&count=2&period=2025-Q2&measure=${encodeURIComponent(indicator.code)}`,
    );
    expect(byIndicator.measure).toMatchObject({ kind: "indicator", code: indicator.code });
    expect(byIndicator.points[0]!.value).toBeCloseTo(result(q1, "32-01", "seeker").indicators![indicator.code]!.value * 100, 10);
    expect(byIndicator.points[1]!.countryValue).toBeCloseTo(q2.country.find((c) => c.view === "seeker")!.indicators![indicator.code]!.value * 100, 10);

    // The chosen period ends the series: a quarter back gives a series a quarter earlier.
    const earlier = await json<TrendResponse>("radmin", "/api/dashboard/unit/32/trend?view=seeker&count=2&period=2025-Q1");
    expect(earlier.points.map((p) => p.period)).toEqual(["2024-Q4", "2025-Q1"]);
    expect(earlier.points[1]!.value).toBe(result(q1, "32", "seeker").index);

    const unknown = await get("radmin", "/api/dashboard/unit/32/trend?measure=Z9");
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<{ error: { message: string } }>().error.message).toContain("measure");
    const combined = await get("radmin", `/api/dashboard/unit/32/trend?view=combined&measure=${encodeURIComponent(indicator.code)}`);
    expect(combined.statusCode).toBe(400);
  });

  it("narrows the national rating of territorial centres to a region, keeping the national places", async () => {
    const whole = await json<RatingResponse>("fanalyst", "/api/dashboard/rating?unit=country&period=2025-Q2&view=seeker&kind=territorial");
    const narrowed = await json<RatingResponse>("fanalyst", "/api/dashboard/rating?unit=country&period=2025-Q2&view=seeker&kind=territorial&region=25");
    expect(narrowed.region).toMatchObject({ id: "25" });
    expect(narrowed.rows.map((r) => r.id)).toEqual(["25-01"]);
    expect(narrowed.rows[0]!.rankInList).toBe(whole.rows.find((r) => r.id === "25-01")!.rankInList);
    expect(whole.rows.length).toBeGreaterThan(1);
    expect((await get("fanalyst", "/api/dashboard/rating?unit=country&period=2025-Q2&kind=territorial&region=32-01")).statusCode).toBe(400);
    // The 20 indicators per row, for the indicator heatmap.
    const withIndicators = await json<RatingResponse>("fanalyst", "/api/dashboard/rating?unit=32&period=2025-Q2&view=seeker&columns=indicators");
    const row = withIndicators.rows.find((r) => r.id === "32-01")!;
    const own = result(q2, "32-01", "seeker").indicators!;
    expect(Object.keys(row.indicators!).sort()).toEqual(Object.keys(own).sort());
    for (const [code, i] of Object.entries(own)) expect(row.indicators![code]).toBeCloseTo(i.value * 100, 10);
    expect(whole.rows[0]!.indicators).toBeUndefined();
    // A region's admin cannot narrow to another region.
    expect((await get("radmin", "/api/dashboard/rating?unit=32&period=2025-Q2&region=25")).statusCode).toBe(404);
  });

  it("shows a centre's manager its region's line and its region's rating of territorial centres, figures only, and nothing else of the region", async () => {
    const page = await json<UnitPage>("umanager", "/api/dashboard/unit/32-01?period=2025-Q2&view=seeker");
    expect(page.region).toMatchObject({ id: "32", kind: "region" });
    expect(page.region!.figures.index).toBe(result(q2, "32", "seeker").index);

    const peer = await json<RatingResponse>("umanager", "/api/dashboard/rating?unit=32&period=2025-Q2&view=seeker");
    expect(peer.peer).toBe(true);
    expect(peer.kind).toBe("territorial");
    const asRegion = await json<RatingResponse>("radmin", "/api/dashboard/rating?unit=32&period=2025-Q2&view=seeker");
    expect(peer.rows.map((r) => [r.id, r.rankInList, r.figures.index])).toEqual(asRegion.rows.map((r) => [r.id, r.rankInList, r.figures.index]));
    expect(asRegion.peer).toBeUndefined();

    for (const url of [
      "/api/dashboard/rating?unit=32&period=2025-Q2&kind=managing",
      "/api/dashboard/rating?unit=32&period=2025-Q2&kind=region",
      "/api/dashboard/rating?unit=25&period=2025-Q2",
      "/api/dashboard/rating?unit=country&period=2025-Q2",
      "/api/dashboard/rating?unit=32-03&period=2025-Q2",
      "/api/dashboard/unit/32?period=2025-Q2",
      "/api/dashboard/unit/32-03?period=2025-Q2",
      "/api/dashboard/unit/32/trend",
      "/api/dashboard/unit/32/comments?period=2025-Q2",
      "/api/dashboard/unit/32-03/comments?period=2025-Q2",
      "/api/exports/rating.xlsx?unit=32&period=2025-Q2",
    ]) {
      expect((await get("umanager", url)).statusCode, url).toBe(404);
    }
  });
});
