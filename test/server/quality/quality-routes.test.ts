// The review API end to end: a run, the queue and the evidence in the reviewer's scope, decisions
// (bulk for a burst), never by the unit whose data it is, and the figures on each basis.
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { QualityReason } from "../../../src/core/index.js";
import { computeResultsFromDatabase, importDataset, listFlaggedResponses, storeQualityRun } from "../../../src/db/index.js";
import { loadDefaultMethodology } from "../../../src/cli/methodology-files.js";
import { signIn, startAuthServer, type Signed, type TestLogin } from "../../support/auth-server.js";
import { backends } from "../../support/databases.js";
import { reviewPeriod, reviewWorld } from "../../support/quality-review-world.js";
import type { SurveyServer } from "../../support/survey-server.js";

const methodology = loadDefaultMethodology();
const world = reviewWorld(methodology);

interface Queue {
  truncated: boolean;
  groups: { key: string; unitIds: string[]; size: number; pending: number; confirmed: number }[];
  responses: { id: string; unitId: string; status: string }[];
  units: unknown[];
  unitNames: Record<string, string>;
  unitZones: Record<string, string>;
}

describe.each(backends)("quality review API on %s", (backend) => {
  let server: SurveyServer;
  let app: FastifyInstance;
  const sessions = new Map<string, Signed>();
  const as = async (login: TestLogin, method: "GET" | "POST", url: string, body?: object): Promise<LightMyRequestResponse> => {
    let signed = sessions.get(login);
    if (!signed) sessions.set(login, (signed = await signIn(app, login)));
    const headers: Record<string, string> = { cookie: signed.cookie, "x-csrf-token": signed.csrfToken };
    if (body) headers["content-type"] = "application/json";
    return app.inject({ method, url, headers, payload: body ? JSON.stringify(body) : undefined });
  };
  const queueOf = async (login: TestLogin, extra = ""): Promise<Queue> => {
    const response = await as(login, "GET", `/api/quality/queue?period=${reviewPeriod}${extra}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Queue>();
  };
  const groupOf = (queue: Queue, unit: string) => queue.groups.find((g) => g.unitIds.includes(unit) && g.size >= 10) as Queue["groups"][number];

  beforeAll(async () => {
    server = await startAuthServer(backend, { loginRateLimit: { max: 1000, timeWindowMs: 60_000 } });
    app = server.app;
    await importDataset(server.database.db, world.dataset, methodology);
    // A response of region 32 itself, flagged: the regional admin's own unit.
    await importDataset(
      server.database.db,
      { format: "zvezda-dataset/1", units: [], responses: [{ ...world.dataset.responses[0]!, id: "own-32", unit: "32" }], objective: [] },
      methodology,
    );
  }, 120_000);
  afterAll(async () => server?.close());

  it("a regional admin runs the detection for its region: flags land in region 32 only", async () => {
    const response = await as("radmin", "POST", "/api/quality/runs", { period: reviewPeriod });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ scopeUnitId: "32", period: reviewPeriod });
    const flagged = await server.database.db.selectFrom("response_flags").select("unit_id").distinct().execute();
    expect(flagged.map((f) => f.unit_id).every((u) => u.startsWith("32"))).toBe(true);
    expect((await as("fadmin", "POST", "/api/quality/runs", { period: reviewPeriod })).statusCode).toBe(200);
    // The engine's flags of region 32 again, plus one on the region's own response (a run's report is complete for its scope).
    const current = await server.database.db
      .selectFrom("response_flags")
      .select(["response_id", "unit_id", "score", "reasons"])
      .where("unit_id", "like", "32%")
      .execute();
    const responses = current.map((f) => ({ id: f.response_id, unit: f.unit_id, score: f.score, reasons: f.reasons as unknown as QualityReason[] }));
    responses.push({ id: "own-32", unit: "32", score: 0.8, reasons: [{ code: "too_fast", text: "Слишком быстро", weight: 0.8 }] });
    const stored = await storeQualityRun(server.database.db, {
      period: reviewPeriod,
      scopeUnitId: "32",
      startedAt: new Date(),
      startedBy: null,
      responsesChecked: 1,
      report: { settings: "test", units: [], responses },
    });
    expect(stored).toMatchObject({ flagsAdded: 1, flagsWithdrawn: 0 });
  });

  it("a unit manager gets 403 on every quality route, its own unit included", async () => {
    const own = world.fabricated["32-01"][0]!;
    expect((await as("umanager", "GET", `/api/quality/queue?period=${reviewPeriod}&unit=32-01`)).statusCode).toBe(403);
    expect((await as("umanager", "GET", `/api/quality/responses/${own}`)).statusCode).toBe(403);
    expect((await as("umanager", "GET", `/api/quality/trust?period=${reviewPeriod}&unit=32-01`)).statusCode).toBe(403);
    expect((await as("umanager", "POST", "/api/quality/decisions", { responseIds: [own], decision: "clear" })).statusCode).toBe(403);
    expect((await as("umanager", "POST", "/api/quality/runs", { period: reviewPeriod, unit: "32-01" })).statusCode).toBe(403);
    expect((await as("umanager", "GET", `/api/results?period=${reviewPeriod}&unit=32-01&basis=raw`)).statusCode).toBe(403);
    const flag = await server.database.db.selectFrom("response_flags").select("status").where("response_id", "=", own).executeTakeFirstOrThrow();
    expect(flag.status).toBe("pending");
  });

  it("the regional queue holds region 32's bursts, not region 25's nor the region's own flags", async () => {
    const queue = await queueOf("radmin");
    const units = new Set([...queue.groups.flatMap((g) => g.unitIds), ...queue.responses.map((r) => r.unitId)]);
    expect(units.has("32-01")).toBe(true);
    expect([...units].some((u) => u.startsWith("25") || u === "32")).toBe(false);
    expect(groupOf(queue, "32-01")).toMatchObject({ pending: world.fabricated["32-01"].length });
    // Another region's queue, its evidence and its flags are invisible (404, as for unknown units).
    expect((await as("radmin", "GET", `/api/quality/queue?period=${reviewPeriod}&unit=25`)).statusCode).toBe(404);
    expect((await as("radmin", "GET", `/api/quality/responses/${world.fabricated["25-01"][0]!}`)).statusCode).toBe(404);
    const burst25 = groupOf(await queueOf("fadmin"), "25-01");
    expect((await as("radmin", "GET", `/api/quality/groups/${encodeURIComponent(burst25.key)}`)).statusCode).toBe(404);
    expect((await as("radmin", "POST", "/api/quality/decisions", { group: burst25.key, decision: "confirm", note: "Проверка" })).statusCode).toBe(404);
    // The federal queue has both regions and the region's own flag.
    const federal = await queueOf("fadmin");
    expect(federal.responses.some((r) => r.id === "own-32")).toBe(true);
  });

  it("a queue longer than its limit keeps the pending flags, strongest first, in time order, and says it was cut", async () => {
    const months = [...new Set(world.dataset.responses.map((r) => r.submittedAt.slice(0, 7)))];
    const all = await listFlaggedResponses(server.database.db, { months, unitIds: null });
    expect(all.truncated).toBe(false);
    const limit = 5;
    expect(all.flags.length).toBeGreaterThan(limit);
    const cut = await listFlaggedResponses(server.database.db, { months, unitIds: null }, undefined, limit);
    expect(cut.truncated).toBe(true);
    expect(cut.flags).toHaveLength(limit);
    // All pending here: the kept ones score at least as high as any left out (ties may fall either way).
    const kept = new Set(cut.flags.map((f) => f.id));
    const weakestKept = Math.min(...cut.flags.map((f) => f.score));
    expect(all.flags.filter((f) => !kept.has(f.id)).every((f) => f.score <= weakestKept)).toBe(true);
    const times = cut.flags.map((f) => f.submittedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect((await queueOf("fadmin")).truncated).toBe(false);
  });

  it("a regional admin cannot decide its own unit's flags; the federal level can", async () => {
    expect((await as("radmin", "GET", "/api/quality/responses/own-32")).statusCode).toBe(404);
    const refused = await as("radmin", "POST", "/api/quality/decisions", { responseIds: ["own-32"], decision: "confirm", note: "Проверка" });
    expect(refused.statusCode).toBe(403);
    expect((await as("fanalyst", "POST", "/api/quality/decisions", { responseIds: ["own-32"], decision: "clear" })).statusCode).toBe(403);
    const decided = await as("fadmin", "POST", "/api/quality/decisions", { responseIds: ["own-32"], decision: "clear", note: "Проверено" });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json()).toMatchObject({ changed: [{ responseId: "own-32", from: "pending", to: "cleared" }] });
  });

  it("the queue gives each unit's time zone (its region's), in which reasons state local times", async () => {
    const queue = await queueOf("fadmin");
    expect(queue.unitZones).toMatchObject({ "32-01": "Europe/Moscow", "25-01": "Asia/Vladivostok" });
    expect(Object.keys(queue.unitZones).sort()).toEqual(Object.keys(queue.unitNames).sort());
  });

  it("the evidence of a burst: the timeline, the devices and the answers", async () => {
    const burst = groupOf(await queueOf("radmin"), "32-01");
    const response = await as("radmin", "GET", `/api/quality/groups/${encodeURIComponent(burst.key)}`);
    expect(response.statusCode, response.body).toBe(200);
    const evidence = response.json<{
      timeline: { submittedAt: string; durationSec: number; device: string }[];
      devices: { count: number }[];
      answers: unknown[];
      group: { reasons: { code: string; text: string }[] };
    }>();
    expect(evidence.timeline).toHaveLength(burst.size);
    const times = evidence.timeline.map((p) => Date.parse(p.submittedAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(evidence.devices[0]!.count).toBeGreaterThanOrEqual(3);
    expect(evidence.answers).toHaveLength(burst.size);
    expect(evidence.group.reasons.map((r) => r.code)).toContain("burst");
    expect(evidence.group.reasons.every((r) => /[а-яё]/i.test(r.text))).toBe(true);
    expect(response.json()).toMatchObject({ unitZones: { "32-01": "Europe/Moscow" } });
    const single = await as("radmin", "GET", `/api/quality/responses/${world.fabricated["32-01"][0]!}`);
    expect(single.statusCode, single.body).toBe(200);
    expect(single.json()).toMatchObject({
      flag: { status: "pending", group: burst.key },
      response: { id: world.fabricated["32-01"][0]! },
      unitZones: { "32-01": "Europe/Moscow" },
    });
    const unit = await as("radmin", "GET", `/api/quality/units/32-01?period=${reviewPeriod}`);
    expect(unit.statusCode, unit.body).toBe(200);
    expect(unit.json()).toMatchObject({
      unit: { id: "32-01" },
      stats: { unit: { responses: expect.any(Number) }, region: { id: "32" }, country: { responses: expect.any(Number) } },
    });
    expect((await as("radmin", "GET", `/api/quality/units/32?period=${reviewPeriod}`)).statusCode).toBe(404);
  });

  it("confirming a burst in one request excludes it at once; figures and trust change; reopening restores them", async () => {
    const burst = groupOf(await queueOf("radmin"), "32-01");
    const n = async (basis: string) => {
      const r = await as("radmin", "GET", `/api/results?period=${reviewPeriod}&unit=32-01&basis=${basis}`);
      expect(r.statusCode, r.body).toBe(200);
      return (r.json<{ units: { id: string; view: string; n: number }[] }>().units.find((u) => u.id === "32-01" && u.view === "combined") as { n: number }).n;
    };
    const before = { published: await n("published"), raw: await n("raw"), pending: await n("confirmed_pending") };
    expect(before.raw).toBe(before.published);
    expect(before.pending).toBeLessThanOrEqual(before.published - burst.size);

    const decided = await as("radmin", "POST", "/api/quality/decisions", {
      group: burst.key,
      decision: "confirm",
      note: "Пачка за 10 минут с одного устройства",
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json<{ changed: unknown[] }>().changed).toHaveLength(burst.size);
    expect(await n("published")).toBe(before.published - burst.size);
    expect(await n("raw")).toBe(before.raw);
    expect(await n("confirmed_pending")).toBe(before.pending);
    const db = server.database.db;
    const direct = await computeResultsFromDatabase(db, methodology, reviewPeriod, { unit: "32-01" });
    expect(direct.units.find((u) => u.id === "32-01" && u.view === "combined")?.n).toBe(before.published - burst.size);

    const trust = await as("radmin", "GET", `/api/quality/trust?period=${reviewPeriod}&unit=32-01`);
    expect(trust.statusCode, trust.body).toBe(200);
    expect(trust.json()).toMatchObject({ confirmed: burst.size, raw: before.raw, published: before.published - burst.size, excluded: burst.size });

    const evidence = await as("radmin", "GET", `/api/quality/responses/${world.fabricated["32-01"][0]!}`);
    expect(evidence.json<{ history: { action: string; actor: string }[] }>().history).toEqual([
      expect.objectContaining({ action: "quality.confirm", actor: "Тест radmin" }),
    ]);

    const reopened = await as("radmin", "POST", "/api/quality/decisions", { group: burst.key, decision: "reopen" });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(await n("published")).toBe(before.published);
    expect(await n("confirmed_pending")).toBe(before.pending);
  });

  it("refuses a decision naming nothing or several things", async () => {
    expect((await as("radmin", "POST", "/api/quality/decisions", { decision: "confirm" })).statusCode).toBe(400);
    expect((await as("radmin", "POST", "/api/quality/decisions", { decision: "confirm", responseIds: ["a"], group: "b" })).statusCode).toBe(400);
    expect((await as("radmin", "POST", "/api/quality/decisions", { decision: "confirm", responseIds: ["no-such"], note: "Проверка" })).statusCode).toBe(404);
  });

  it("refuses an exclusion without a note, in Russian, and changes nothing", async () => {
    const id = world.fabricated["32-01"][0]!;
    const refused = await as("radmin", "POST", "/api/quality/decisions", { responseIds: [id], decision: "confirm", note: "  " });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain("комментарий к исключению обязателен");
    const flag = await server.database.db.selectFrom("response_flags").select("status").where("response_id", "=", id).executeTakeFirstOrThrow();
    expect(flag.status).toBe("pending");
    expect((await as("radmin", "POST", "/api/quality/decisions", { responseIds: [id], decision: "clear" })).statusCode).toBe(200);
    expect((await as("radmin", "POST", "/api/quality/decisions", { responseIds: [id], decision: "reopen" })).statusCode).toBe(200);
  });

  it("lists every flag of the scope in pages, filtered by unit, reason and status, strongest first, with its reasons and units counted", async () => {
    type Page = {
      total: number;
      flags: { id: string; unitId: string; score: number; status: string; reasons: { code: string }[] }[];
      reasons: { code: string; title: string; count: number }[];
      units: { unitId: string; name: string; count: number }[];
    };
    const page = async (login: TestLogin, extra: string) => {
      const r = await as(login, "GET", `/api/quality/flags?period=${reviewPeriod}${extra}`);
      expect(r.statusCode, r.body).toBe(200);
      return r.json<Page>();
    };
    const all = await page("radmin", "&pageSize=200");
    const stored = await server.database.db.selectFrom("response_flags").select("response_id").where("unit_id", "like", "32-%").execute();
    expect(all.total).toBe(stored.length);
    expect(all.flags.every((f) => f.unitId.startsWith("32"))).toBe(true);
    const scores = all.flags.map((f) => f.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(all.units.reduce((sum, u) => sum + u.count, 0)).toBe(all.total);
    expect(all.reasons.length).toBeGreaterThan(0);
    expect(all.reasons.every((r) => r.title !== r.code)).toBe(true);

    const [first, second] = [await page("radmin", "&pageSize=3&page=1"), await page("radmin", "&pageSize=3&page=2")];
    expect(first.flags).toHaveLength(Math.min(3, all.total));
    expect(new Set([...first.flags, ...second.flags].map((f) => f.id)).size).toBe(first.flags.length + second.flags.length);

    const reason = all.reasons.at(-1)!;
    const byReason = await page("radmin", `&reason=${reason.code}&pageSize=200`);
    expect(byReason.total).toBe(reason.count);
    expect(byReason.flags.every((f) => f.reasons.some((r) => r.code === reason.code))).toBe(true);

    const unit = all.units[0]!;
    const byUnit = await page("radmin", `&unit=${unit.unitId}&pageSize=200`);
    expect(byUnit.total).toBe(unit.count);
    expect((await page("radmin", "&status=cleared")).flags.every((f) => f.status === "cleared")).toBe(true);

    expect((await as("radmin", "GET", `/api/quality/flags?period=${reviewPeriod}&unit=25`)).statusCode).toBe(404);
    expect((await as("umanager", "GET", `/api/quality/flags?period=${reviewPeriod}`)).statusCode).toBe(403);
    expect((await as("radmin", "GET", `/api/quality/flags?period=${reviewPeriod}&pageSize=1000`)).statusCode).toBe(400);
  });

  it("shows a flagged response's answers with the questions' wording and the answers' labels, never raw keys", async () => {
    const r = await as("radmin", "GET", `/api/quality/responses/${world.fabricated["32-01"][0]!}`);
    expect(r.statusCode, r.body).toBe(200);
    const labelled = r.json<{ response: { labelled: { key: string; question: string; answer: string }[] } }>().response.labelled;
    expect(labelled.length).toBeGreaterThan(5);
    for (const a of labelled) {
      expect(a.question).toMatch(/^\d+\. [А-ЯЁ«]/);
      expect(a.answer).not.toMatch(/^(dont_know|yes|no|other|office|site|social|phone)$/);
    }
    expect(labelled.some((a) => /^\d+ — [а-яё]/.test(a.answer))).toBe(true);
  });
});
