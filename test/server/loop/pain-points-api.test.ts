// The pain-point API on a seeded database: the same pain points as the core from the cached documents, evidence from
// counters and notes, the heatmap of a region, the country view for federal roles only, scope and bad input.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDefaultMethodology } from "../../../src/cli/methodology-files.js";
import { painPointFinder } from "../../../src/core/index.js";
import { computeResultsFromDatabase, importDataset, readUnitDirectory } from "../../../src/db/index.js";
import type { CountryPainResponse, PainEvidenceResponse, PainHeatmapResponse, PainPointsResponse } from "../../../src/contract/pain-points.js";
import { loadPainSettings } from "../../../src/server/loop/pain-settings-file.js";
import { signIn, startAuthServer, type TestLogin } from "../../support/auth-server.js";
import { seedDashboardData } from "../../support/dashboard-data.js";
import { backends } from "../../support/databases.js";
import type { SurveyServer } from "../../support/survey-server.js";

const m = loadDefaultMethodology();

describe.each(backends)("pain-point API on %s", (backend) => {
  let server: SurveyServer;
  const cookies = new Map<string, string>();
  beforeAll(async () => {
    server = await startAuthServer(backend, { loginRateLimit: { max: 1000, timeWindowMs: 60_000 } });
    const responses = await seedDashboardData(server.database.db);
    // A real gap: 60 more seekers of 25-01 in 2025-Q2 who found the centre slow to respond (q9 → М6).
    const slow = Array.from({ length: 60 }, (_, i) => ({
      id: `slow-${i}`,
      unit: "25-01",
      respondent: "seeker" as const,
      submittedAt: `2025-05-${String(10 + (i % 15)).padStart(2, "0")}T0${i % 8}:00:00Z`,
      answers: { q9: 3 },
    }));
    await importDataset(server.database.db, { format: "zvezda-dataset/1", units: [], responses: slow, objective: [] }, m);
    // Notes on q9 (М6) for the evidence: 25-01's seekers complain about waiting.
    const withNotes = responses.filter((r) => r.unit === "25-01" && r.respondent === "seeker" && r.id.startsWith("t-2025-Q2")).slice(0, 3);
    for (const r of withNotes) {
      await server.database.db
        .updateTable("responses")
        .set({ comments: JSON.stringify({ q9: `Долго ждал в очереди (${r.id})` }) as never })
        .where("id", "=", r.id)
        .execute();
    }
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

  it("answers a unit's pain points as the core finds them from the period's and the previous period's results", async () => {
    const db = server.database.db;
    const [q1, q2, units] = await Promise.all([
      computeResultsFromDatabase(db, m, "2025-Q1"),
      computeResultsFromDatabase(db, m, "2025-Q2"),
      readUnitDirectory(db),
    ]);
    const finder = painPointFinder({
      methodology: m,
      settings: loadPainSettings(),
      current: q2,
      previous: q1,
      units: units.map((u) => ({ id: u.id, kind: u.kind, parent: u.parentId, network: u.network })),
    });
    for (const [login, unit] of [
      ["fanalyst", "25-01"],
      ["radmin", "32-01"],
      ["umanager", "32-01"],
      ["fadmin", "32"],
    ] as const) {
      for (const view of ["seeker", "combined"] as const) {
        const answer = await json<PainPointsResponse>(login, `/api/loop/pain-points?unit=${unit}&period=2025-Q2&view=${view}`);
        const expected = finder.of(unit, view)!;
        expect(answer).toMatchObject({ period: "2025-Q2", previousPeriod: "2025-Q1", view, settings: "2026.1", tested: expected.tested });
        expect(answer.painPoints.map((p) => [p.indicator, p.view, p.part, p.sentence])).toEqual(
          expected.painPoints.map((p) => [p.indicator, p.view, p.part, p.sentence]),
        );
        const points = answer.painPoints.map((p) => p.points);
        expect(points).toEqual([...points].sort((a, b) => b - a));
      }
    }
    const some = await json<PainPointsResponse>("fanalyst", "/api/loop/pain-points?unit=25-01&period=2025-Q2&view=seeker");
    expect(some.tested).toBeGreaterThan(0);
    const waiting = some.painPoints.find((p) => p.indicator === "М6");
    expect(waiting).toMatchObject({ part: "survey", priority: "now" });
    expect(waiting!.sentence).toMatch(/^Быстрое реагирование: \d+ % довольных против \d+ % /);
    for (const p of some.painPoints) {
      expect(p.priorityLabel).toBe(p.priority === "now" ? "сейчас" : "позже");
      if (p.part === "survey") expect(p.comparisons.some((c) => c.significant && c.benchmark === p.benchmark)).toBe(true);
    }
    // The home unit by default.
    expect((await json<PainPointsResponse>("umanager", "/api/loop/pain-points?period=2025-Q2")).unit.id).toBe("32-01");
  });

  it("shows the evidence: the answer distribution from the counters, the trend and the notes on the indicator's question", async () => {
    const e = await json<PainEvidenceResponse>("fanalyst", "/api/loop/pain-points/%D0%9C6/evidence?unit=25-01&period=2025-Q2&view=seeker");
    expect(e.indicator.code).toBe("М6");
    const q9 = e.distributions.find((d) => d.key === "q9")!;
    expect(q9.options).toHaveLength(10);
    expect(q9.total).toBe(q9.options.reduce((s, o) => s + o.count, 0));
    expect(q9.total).toBeGreaterThan(0);
    expect(q9.total).toBeLessThanOrEqual(110);
    expect(q9.options.filter((o) => o.positive).map((o) => o.value)).toEqual(["8", "9", "10"]);
    const trendPoint = e.trend.find((t) => t.period === "2025-Q2")!;
    expect(trendPoint.valid).toBe(q9.total);
    expect(trendPoint.share).toBeCloseTo(q9.options.filter((o) => o.positive).reduce((s, o) => s + o.count, 0) / q9.total, 12);
    expect(e.trend.map((t) => t.period)).toContain("2025-Q1");
    expect(e.notes.length).toBe(3);
    expect(e.notes.every((n) => n.question === "q9" && n.text.startsWith("Долго ждал"))).toBe(true);
  });

  it("colours a region's centres by their pain points and lists the country's widest ones for federal roles", async () => {
    const heat = await json<PainHeatmapResponse>("radmin", "/api/loop/heatmap?unit=32&period=2025-Q2&view=seeker");
    expect(heat.indicators).toHaveLength(20);
    expect(heat.rows.map((r) => r.unit.id)).toContain("32-01");
    for (const row of heat.rows) {
      expect(row.cells).toHaveLength(20);
      const own = await json<PainPointsResponse>("radmin", `/api/loop/pain-points?unit=${row.unit.id}&period=2025-Q2&view=seeker`);
      expect(row.count).toBe(new Set(own.painPoints.map((p) => p.indicator)).size);
    }
    const country = await json<CountryPainResponse>("fanalyst", "/api/loop/country-pain?period=2025-Q2&view=seeker");
    expect(country.indicators).toHaveLength(20);
    expect(country.regions).toBeGreaterThan(0);
    for (const i of country.indicators) expect(i.most).toBe(i.share >= country.threshold);
  });

  it("refuses what is out of scope, unknown or malformed, in Russian", async () => {
    expect((await get("radmin", "/api/loop/pain-points?unit=25-01&period=2025-Q2")).statusCode).toBe(404);
    expect((await get("umanager", "/api/loop/heatmap?unit=32&period=2025-Q2")).statusCode).toBe(404);
    expect((await get("radmin", "/api/loop/country-pain?period=2025-Q2")).statusCode).toBe(403);
    const unknown = await get("fanalyst", "/api/loop/pain-points/Z9/evidence?unit=25-01&period=2025-Q2");
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json<{ error: { message: string } }>().error.message).toContain("Показатель «Z9» не найден");
    const territorial = await get("fanalyst", "/api/loop/heatmap?unit=25-01&period=2025-Q2");
    expect(territorial.statusCode).toBe(400);
    expect(territorial.json<{ error: { message: string } }>().error.message).toContain("Параметр unit");
    expect((await get("fanalyst", "/api/loop/pain-points?unit=25-01&period=2025-Q5")).statusCode).toBe(400);
  });
});
