// Methodology versions over the API: list, read, validated upload, activation picked up at once, and a side-by-side recomputation.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDefaultMethodology } from "../../../src/cli/methodology-files.js";
import { responseCells, validateMethodology, type Methodology, type SurveyResponse } from "../../../src/core/index.js";
import { addCounterCells, computeResultsFromDatabase } from "../../../src/db/index.js";
import { adminClient, type AdminClient } from "../../support/admin-api.js";
import { startAuthServer } from "../../support/auth-server.js";
import { backends } from "../../support/databases.js";
import type { SurveyServer } from "../../support/survey-server.js";

const reference = loadDefaultMethodology();

/** The reference methodology with the friendliness group (Д) worth 24 and comfort (К) worth 4. */
function reweighted(id: string): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(reference)) as { -readonly [K in keyof Methodology]: unknown } & Record<string, unknown>;
  const maxOf: Record<string, number> = { Д: 8, К: 1 };
  copy.id = id;
  copy.default = false;
  copy.title = "Методика с весом дружелюбия";
  copy.indicators = (reference.indicators as Methodology["indicators"]).map((i) => (i.group in maxOf ? { ...i, max: maxOf[i.group] } : i));
  copy.groups = reference.groups.map((g) => (g.code === "Д" ? { ...g, max: 24 } : g.code === "К" ? { ...g, max: 4 } : g));
  copy.total = 24 + 6 + 14 + 8 + 4;
  return copy;
}

/** 35 seeker responses: friendly but uncomfortable (`friendly`), or the opposite. */
function responses(unit: string, friendly: boolean): SurveyResponse[] {
  const [d, k] = friendly ? [10, 1] : [1, 10];
  return Array.from({ length: 35 }, (_, i) => ({
    id: `${unit}-${i}`,
    unit,
    respondent: "seeker" as const,
    submittedAt: "2025-05-10T10:00:00Z",
    answers: { q1: 8, q2: k, q3: k, q4: "yes", q5: 8, q6: k, q7: k, q8: 8, q9: 8, q10: d, q11: d, q12: "yes", q12r: d, q13: "no", q14: "office", q15office: 8 },
  }));
}

describe.each(backends)("methodology API on %s", (backend) => {
  let server: SurveyServer;
  let fadmin: AdminClient;
  let radmin: AdminClient;

  beforeAll(async () => {
    server = await startAuthServer(backend);
    fadmin = await adminClient(server, "fadmin");
    radmin = await adminClient(server, "radmin");
    const cells = [...responses("32-01", true), ...responses("32-03", false)].flatMap((r) => responseCells(r, "Europe/Moscow", reference));
    await addCounterCells(server.database.db, cells, 1);
  });
  afterAll(async () => server?.close());

  it("lists the versions and shows one with its body", async () => {
    const list = (await radmin.get("/api/methodologies")).json().methodologies;
    expect(list).toEqual([expect.objectContaining({ id: reference.id, title: reference.title, active: true })]);
    const one = (await radmin.get(`/api/methodologies/${reference.id}`)).json();
    expect(validateMethodology(one.body).ok).toBe(true);
    expect((await radmin.get("/api/methodologies/0000.0")).statusCode).toBe(404);
    expect((await (await adminClient(server, "umanager")).get("/api/methodologies")).statusCode).toBe(403);
  });

  it("refuses an invalid version with the core's problems in Russian", async () => {
    const broken = reweighted("2031.1");
    (broken.groups as { code: string; max: number }[])[0]!.max = 7;
    const response = await fadmin.post("/api/methodologies", broken);
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.message).toContain("максимум группы «Д» (7) не равен сумме максимумов её показателей (24)");
    expect(error.code).toBe("methodology_invalid");
    expect(error.details.problems[0]).toMatchObject({ code: "group_max_mismatch", path: expect.stringContaining("groups"), params: { group: "Д", declared: 7, sum: 24 } });
    const { title: _title, ...untitled } = reweighted("2031.2");
    const missing = await fadmin.post("/api/methodologies", untitled);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details.problems).toContainEqual(expect.objectContaining({ path: "title", message: "обязательное поле отсутствует" }));
    const duplicate = await fadmin.post("/api/methodologies", { ...reference });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.code).toBe("methodology_id_taken");
    const spaced = await fadmin.post("/api/methodologies", reweighted("версия 2"));
    expect(spaced.statusCode).toBe(400);
    expect(spaced.json().error.message).toContain("Идентификатор версии");
    expect((await radmin.post("/api/methodologies", reweighted("2031.3"))).statusCode).toBe(403);
    const ids = (await fadmin.get("/api/methodologies")).json().methodologies.map((m: { id: string }) => m.id);
    expect(ids).toEqual([reference.id]);
  });

  it("recomputes a period under two versions side by side; other weights change ranks as the core computes them", async () => {
    const upload = await fadmin.post("/api/methodologies", reweighted("2030.1"));
    expect(upload.statusCode, upload.body).toBe(201);
    const response = await radmin.get(`/api/methodologies/compare?period=2025-Q2&a=${reference.id}&b=2030.1&view=seeker`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ period: "2025-Q2", view: "seeker", kind: "territorial", a: { id: reference.id }, b: { id: "2030.1" } });
    const row = (id: string) => body.units.find((u: { id: string }) => u.id === id);
    expect(body.units.map((u: { id: string }) => u.id)).toEqual(["32-01", "32-03", "32-02"]);
    expect(row("32-01")).toMatchObject({ a: { rank: 2, status: "ok" }, b: { rank: 1, status: "ok" }, rankChange: 1 });
    expect(row("32-03")).toMatchObject({ a: { rank: 1 }, b: { rank: 2 }, rankChange: -1 });
    expect(row("32-02")).toMatchObject({ a: { status: "empty", rank: null }, rankChange: null });

    const b = validateMethodology(reweighted("2030.1"));
    if (!b.ok) throw new Error("reweighted methodology is invalid");
    for (const [methodology, side] of [[reference, "a"], [b.value, "b"]] as const) {
      const core = await computeResultsFromDatabase(server.database.db, methodology, "2025-Q2");
      for (const id of ["32-01", "32-03"]) {
        const entry = core.units.find((u) => u.id === id && u.view === "seeker")!;
        expect(row(id)[side]).toMatchObject({ index: entry.index, percent: entry.percent, stars: entry.stars, rank: entry.rank, rankOf: entry.rankOf, n: 35 });
      }
    }
    expect((await radmin.get(`/api/methodologies/compare?period=2025-Q2&a=${reference.id}&b=2030.1&unit=25`)).statusCode).toBe(404);
    expect((await radmin.get(`/api/methodologies/compare?period=2025-Q2&a=${reference.id}&b=nope`)).statusCode).toBe(404);
    const regions = (await fadmin.get(`/api/methodologies/compare?period=2025-Q2&a=${reference.id}&b=2030.1`)).json();
    expect(regions.kind).toBe("region");
    expect(regions.units).toHaveLength(89);
  });

  it("activates a version for the whole server at once, audited", async () => {
    expect((await fadmin.get("/api/results?period=2025-Q2")).json().methodology).toBe(reference.id);
    expect((await radmin.post("/api/methodologies/2030.1/activate")).statusCode).toBe(403);
    const activated = await fadmin.post("/api/methodologies/2030.1/activate");
    expect(activated.statusCode, activated.body).toBe(200);
    expect((await fadmin.get("/api/results?period=2025-Q2")).json().methodology).toBe("2030.1");
    const list = (await fadmin.get("/api/methodologies")).json().methodologies;
    expect(list.filter((m: { active: boolean }) => m.active).map((m: { id: string }) => m.id)).toEqual(["2030.1"]);
    const audit = (await fadmin.get("/api/audit?entity=methodology&entityId=2030.1")).json().entries;
    expect(audit.map((e: { action: string }) => e.action)).toEqual(["methodology.activate", "methodology.create"]);
    expect(audit[0]).toMatchObject({ actorLogin: "fadmin", before: { active: reference.id }, after: { active: "2030.1" } });
    expect((await fadmin.post("/api/methodologies/0000.0/activate")).statusCode).toBe(404);
  });
});
