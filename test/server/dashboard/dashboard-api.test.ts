// The dashboard API on a seeded database: figures equal the core's from the counters, scope per role, ratings, trend.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDefaultMethodology } from "../../../src/cli/methodology-files.js";
import { roundHalfUp, type ResultDocument, type SurveyResponse, type ViewResult } from "../../../src/core/index.js";
import { computeResultsFromDatabase } from "../../../src/db/index.js";
import type { CommentsResponse, DashboardContext, RatingResponse, TrendResponse, UnitPage } from "../../../src/contract/dashboard.js";
import { signIn, startAuthServer, type TestLogin } from "../../support/auth-server.js";
import { seedDashboardData } from "../../support/dashboard-data.js";
import { backends } from "../../support/databases.js";
import type { SurveyServer } from "../../support/survey-server.js";

const m = loadDefaultMethodology();

describe.each(backends)("dashboard API on %s", (backend) => {
  let server: SurveyServer;
  let q1: ResultDocument, q2: ResultDocument;
  let seeded: SurveyResponse[];
  const cookies = new Map<string, string>();
  beforeAll(async () => {
    server = await startAuthServer(backend, { loginRateLimit: { max: 1000, timeWindowMs: 60_000 } });
    seeded = await seedDashboardData(server.database.db);
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

  it("gives each role its home, the periods with data and the methodology", async () => {
    const federal = await json<DashboardContext>("fanalyst", "/api/dashboard/context");
    expect(federal.home).toEqual({ id: "country", kind: "country", name: "Российская Федерация" });
    expect(federal.periods.slice(0, 2)).toEqual(["2025-Q2", "2025-Q1"]);
    expect(federal.periods).toContain("2025-H1");
    expect(federal.periods).toContain("2025");
    expect(federal.defaultPeriod).toBe("2025-Q2");
    expect(federal.indicators).toHaveLength(20);
    expect(federal.groups.map((g) => g.code)).toEqual(["Д", "П", "М", "А", "К"]);
    expect(federal.groups.map((g) => g.short)).toEqual([
      "дружелюбие и партнерство",
      "полезность обращения",
      "минимизация усилий",
      "адресность и персонализация",
      "комфорт и удобство",
    ]);
    expect((await json<DashboardContext>("radmin", "/api/dashboard/context")).home.id).toBe("32");
    expect((await json<DashboardContext>("umanager", "/api/dashboard/context")).home).toMatchObject({ id: "32-01", kind: "territorial" });
  });

  it("rates the regions of the country with the core's figures, national ranks and the change against the previous quarter", async () => {
    const rating = await json<RatingResponse>("fadmin", "/api/dashboard/rating?unit=country&period=2025-Q2&view=seeker");
    expect(rating).toMatchObject({ period: "2025-Q2", previousPeriod: "2025-Q1", view: "seeker", kind: "region" });
    expect(rating.rows.map((r) => r.id)).toEqual(["32", "25"]);
    for (const row of rating.rows) {
      const now = result(q2, row.id, "seeker");
      expect(row.figures).toMatchObject({
        n: now.n,
        status: "ok",
        index: now.index,
        percent: now.percent,
        stars: now.stars,
        rank: now.rank,
        rankOf: now.rankOf,
      });
      expect(row.figures.groups).toEqual(now.groups);
      expect(row.change).toBeCloseTo((now.index as number) - (result(q1, row.id, "seeker").index as number), 12);
      expect(row.hasChildren).toBe(true);
    }
    expect(rating.rows.map((r) => r.rankInList)).toEqual([1, 2]);
    const keys = rating.rows.map((r) => roundHalfUp(r.figures.index as number, 2));
    expect(keys).toEqual([...keys].sort((a, b) => b - a));
    // The other 87 regions have no responses: apart, with the reason.
    expect(rating.apart).toHaveLength(87);
    expect(rating.apart[0]).toMatchObject({ reason: "нет ответов", figures: { status: "empty", n: 0 } });
  });

  it("filters by network and ranks within the list, keeping the national rank", async () => {
    const all = await json<RatingResponse>("fadmin", "/api/dashboard/rating?period=2025-Q2&view=seeker&kind=territorial");
    expect(all.unit.id).toBe("country");
    expect(all.rows.map((r) => r.id).sort()).toEqual(["25-01", "32-01", "32-03"]);
    const decentralized = await json<RatingResponse>("fadmin", "/api/dashboard/rating?period=2025-Q2&view=seeker&kind=territorial&network=decentralized");
    expect(decentralized.rows.map((r) => r.id).sort()).toEqual(["32-01", "32-03"]);
    const centralized = await json<RatingResponse>("fadmin", "/api/dashboard/rating?period=2025-Q2&view=seeker&kind=territorial&network=centralized");
    expect(centralized.rows.map((r) => [r.id, r.rankInList, r.figures.rank, r.network])).toEqual([
      ["25-01", 1, result(q2, "25-01", "seeker").rank, "centralized"],
    ]);
    expect(result(q2, "25-01", "seeker").rank).toBeGreaterThan(1);
    expect(decentralized.rows.every((r, i) => r.rankInList === i + 1 && r.figures.rank === result(q2, r.id, "seeker").rank)).toBe(true);
  });

  it("lists the rows apart with Russian reasons", async () => {
    const q1Rating = await json<RatingResponse>("radmin", "/api/dashboard/rating?period=2025-Q1&view=seeker");
    expect(q1Rating.unit.id).toBe("32");
    expect(q1Rating.kind).toBe("territorial");
    expect(q1Rating.apart.find((r) => r.id === "32-03")?.reason).toBe("мало ответов: 12 из 30");
    const employer = await json<RatingResponse>("fadmin", "/api/dashboard/rating?period=2025-Q2&view=employer&kind=territorial");
    expect(employer.apart.find((r) => r.id === "25-01")?.reason).toBe("нет ответов");
    expect(employer.apart.find((r) => r.id === "32-03")?.reason).toBe("мало ответов: 3 из 30");
    const combined = await json<RatingResponse>("fadmin", "/api/dashboard/rating?period=2025-Q2&view=combined&kind=territorial");
    expect(combined.apart.find((r) => r.id === "25-01")?.reason).toBe("нет ответов работодателей");
    expect(combined.rows.map((r) => r.id)).toEqual(["32-01"]);
    // Closed 32-02 without responses is not listed.
    expect([...combined.rows, ...combined.apart].some((r) => r.id === "32-02")).toBe(false);
  });

  it("shows a unit page with the core's figures and indicators, the country's and the previous quarter's", async () => {
    const page = await json<UnitPage>("fadmin", "/api/dashboard/unit/32-01?period=2025-Q2&view=seeker");
    const now = result(q2, "32-01", "seeker");
    expect(page.unit).toMatchObject({ id: "32-01", kind: "territorial", parentId: "32", closed: false, network: "decentralized" });
    expect(page.breadcrumbs.map((b) => b.id)).toEqual(["country", "32"]);
    expect(page.figures).toMatchObject({ n: now.n, index: now.index, ci: now.ci, rank: now.rank });
    expect(page.previous?.index).toBe(result(q1, "32-01", "seeker").index);
    expect(page.country.index).toBe(q2.country.find((c) => c.view === "seeker")?.index);
    expect(page.indicators.map((i) => i.code)).toEqual(m.indicators.map((i) => i.code));
    const countryIndicators = q2.country.find((c) => c.view === "seeker")?.indicators ?? {};
    for (const row of page.indicators) {
      const expected = now.indicators?.[row.code];
      expect(row.value).toBe(expected?.value);
      expect(row.points).toBe(expected?.points);
      expect(row.survey?.valid).toBe(expected?.survey?.valid);
      expect(row.country).toBe(countryIndicators[row.code]?.value);
    }
    expect(page.figures.star["К"]).toBeCloseTo(((now.groups["К"] as number) / 16) * 100, 12);
    expect(page.survey?.seekerUrl).toMatch(/\/s\/32-01\/seeker\?src=link$/);
    expect(page.children).toEqual([]);
  });

  it("gives the indicators of both views for the combined view and the country page to federal roles", async () => {
    const page = await json<UnitPage>("fanalyst", "/api/dashboard/unit/country?period=2025-Q2");
    expect(page.view).toBe("combined");
    expect(page.figures.index).toBe(q2.country.find((c) => c.view === "combined")?.index);
    expect(page.breadcrumbs).toEqual([]);
    expect(page.children).toHaveLength(89);
    expect(page.byView?.employer).toHaveLength(20);
    expect(page.byView?.seeker.find((i) => i.code === "Д1")?.value).toBe(q2.country.find((c) => c.view === "seeker")?.indicators?.["Д1"]?.value);
  });

  it("keeps every role inside its subtree: out of scope is 404 like an unknown unit", async () => {
    for (const url of [
      "/api/dashboard/unit/country?period=2025-Q2",
      "/api/dashboard/unit/25-01?period=2025-Q2",
      "/api/dashboard/rating?unit=country&period=2025-Q2",
      "/api/dashboard/unit/25/trend",
      "/api/dashboard/unit/25-01/comments?period=2025-Q2",
    ]) {
      const response = await get("radmin", url);
      expect(response.statusCode, url).toBe(404);
      expect(response.json().error.message).toBe("Подразделение не найдено");
    }
    expect((await get("umanager", "/api/dashboard/unit/32?period=2025-Q2")).statusCode).toBe(404);
    expect((await get("umanager", "/api/dashboard/unit/32-03?period=2025-Q2")).statusCode).toBe(404);
    expect((await get("fadmin", "/api/dashboard/unit/99-99?period=2025-Q2")).statusCode).toBe(404);
    const own = await json<UnitPage>("umanager", "/api/dashboard/unit/32-01?period=2025-Q2");
    expect(own.breadcrumbs).toEqual([]);
    const regional = await json<UnitPage>("radmin", "/api/dashboard/unit/32-01?period=2025-Q2");
    expect(regional.breadcrumbs.map((b) => b.id)).toEqual(["32"]);
    const ratingOfHome = await json<RatingResponse>("umanager", "/api/dashboard/rating?period=2025-Q2&view=seeker");
    expect(ratingOfHome.unit.id).toBe("32-01");
  });

  it("draws the trend of the last quarters with the country's index", async () => {
    const trend = await json<TrendResponse>("radmin", "/api/dashboard/unit/32/trend?view=seeker&granularity=quarter&count=3&period=2025-Q2");
    expect(trend.points.map((p) => p.period)).toEqual(["2024-Q4", "2025-Q1", "2025-Q2"]);
    expect(trend.points[0]).toMatchObject({ n: 0, status: "empty" });
    expect(trend.points[1]?.index).toBe(result(q1, "32", "seeker").index);
    expect(trend.points[2]?.index).toBe(result(q2, "32", "seeker").index);
    expect(trend.points[2]?.country).toBe(q2.country.find((c) => c.view === "seeker")?.index);
    const latest = await json<TrendResponse>("fadmin", "/api/dashboard/unit/country/trend?count=2");
    expect(latest.points.map((p) => p.period)).toEqual(["2025-Q1", "2025-Q2"]);
  });

  it("pages through the subtree's comments newest first, each once, with the question's text and answer", async () => {
    const seen: CommentsResponse["comments"] = [];
    let url = "/api/dashboard/unit/32/comments?period=2025-Q2&limit=5";
    for (let page = 0; page < 100; page++) {
      const body = await json<CommentsResponse>("radmin", url);
      seen.push(...body.comments);
      if (!body.nextBefore) break;
      url = `/api/dashboard/unit/32/comments?period=2025-Q2&limit=5&before=${encodeURIComponent(body.nextBefore)}`;
    }
    const expected = seeded
      .filter((r) => r.id.startsWith("t-2025-Q2-32-") && !r.excluded)
      .flatMap((r) => Object.entries(r.comments ?? {}).map(([question, text]) => `${r.id}|${question}|${text}`));
    expect(expected.length).toBeGreaterThan(10);
    expect(seen.map((c) => `${c.responseId}|${c.question}|${c.text}`).sort()).toEqual(expected.sort());
    const times = seen.map((c) => c.submittedAt);
    expect(times).toEqual([...times].sort().reverse());
    const suggestion = seen.find((c) => c.question === "suggestions");
    expect(suggestion?.questionText).toBe(m.forms.seeker.closing.text);
    const scaleNote = seen.find((c) => c.question === "q9");
    if (scaleNote) {
      expect(scaleNote.questionText.startsWith("9. ")).toBe(true);
      expect(scaleNote.answer).toBe(seeded.find((r) => r.id === scaleNote.responseId)?.answers["q9"]);
    }
    const own = await json<CommentsResponse>("umanager", "/api/dashboard/unit/32-01/comments?period=2025-Q2&limit=200");
    expect(new Set(own.comments.map((c) => c.unit.id))).toEqual(new Set(["32-01"]));
    expect(own.nextBefore).toBeUndefined();
    const employers = await json<CommentsResponse>("radmin", "/api/dashboard/unit/32/comments?period=2025-Q2&view=employer&limit=200");
    expect(employers.comments.every((c) => c.respondent === "employer")).toBe(true);
  });

  it("refuses bad parameters with Russian 400s", async () => {
    for (const url of [
      "/api/dashboard/rating?period=2025-Q5",
      "/api/dashboard/rating?period=2025-Q2&view=all",
      "/api/dashboard/rating?period=2025-Q2&kind=city",
      "/api/dashboard/unit/32/trend?count=99",
      "/api/dashboard/unit/32?view=seeker",
      "/api/dashboard/unit/32/comments?period=2025-Q2&before=вчера",
    ]) {
      const response = await get("fadmin", url);
      expect(response.statusCode, url).toBe(400);
      expect(response.json().error.message, url).toMatch(/[а-яё]/i);
    }
    expect((await get("fadmin", "/api/dashboard/rating?period=2025-Q5")).json().error.message).toContain("Период");
  });
});
