// /api/voice segments, portraits and journeys end to end: figures by profile with suppression and intervals, «кто
// доволен меньше всех», portrait CRUD by scope (audited) with live facts, a region's journey and the drawn map.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDefaultMethodology } from "../../../src/cli/methodology-files.js";
import type { SurveyResponse } from "../../../src/core/index.js";
import { importDataset } from "../../../src/db/index.js";
import { voiceTaggerFor } from "../../../src/server/voice/theme-taxonomy-file.js";
import { adminClient, type AdminClient } from "../../support/admin-api.js";
import { signIn, startAuthServer } from "../../support/auth-server.js";
import { backends } from "../../support/databases.js";
import type { SurveyServer } from "../../support/survey-server.js";

const m = loadDefaultMethodology();
let serial = 0;
/** A seeker whose every scale answer is `score`, with a profile, a preferred channel and maybe a note. */
function seeker(unit: string, score: number, gender: string, age: string, channel: string, note?: string): SurveyResponse {
  const answers: Record<string, number | string> = { q14: channel };
  for (const k of ["q1", "q2", "q3", "q5", "q6", "q7", "q8", "q9", "q10", "q11", "q15office", "q15site", "q15social", "q15phone"]) answers[k] = score;
  answers.q4 = score >= 8 ? "yes" : "no";
  return {
    id: `cx-${serial++}`,
    unit,
    respondent: "seeker",
    submittedAt: "2025-05-12T09:00:00Z",
    answers,
    profile: { gender, age, categories: ["none"] },
    ...(note ? { comments: { q9: note } } : {}),
  };
}

describe.each(backends)("voice segments, portraits and journeys on %s", (backend) => {
  let server: SurveyServer;
  let fadmin: AdminClient, fanalyst: AdminClient, radmin: AdminClient, umanager: AdminClient, radmin25: AdminClient;
  beforeAll(async () => {
    server = await startAuthServer(backend);
    const responses: SurveyResponse[] = [];
    // 32-01: 30 women 50-59 score 3 (office, half complain about the queue), 30 men 20-29 score 9 (site), 4 women 70+ (suppressed).
    for (let i = 0; i < 30; i++) responses.push(seeker("32-01", 3, "female", "50-59", "office", i % 2 === 0 ? "Очередь огромная, ждала два часа" : undefined));
    for (let i = 0; i < 30; i++) responses.push(seeker("32-01", 9, "male", "20-29", "site"));
    for (let i = 0; i < 4; i++) responses.push(seeker("32-01", 5, "female", "70_plus", "phone"));
    for (let i = 0; i < 12; i++) responses.push(seeker("32-03", 6, "male", "30-39", "phone"));
    await importDataset(server.database.db, { format: "zvezda-dataset/1", units: [], objective: [], responses }, m, undefined, voiceTaggerFor(m));
    [fadmin, fanalyst, radmin, umanager, radmin25] = await Promise.all([
      adminClient(server, "fadmin"),
      adminClient(server, "fanalyst"),
      adminClient(server, "radmin"),
      adminClient(server, "umanager"),
      adminClient(server, "radmin25"),
    ]);
  });
  afterAll(() => server?.close());

  it("scores every profile value with intervals, suppresses cells under ten and marks real gaps", async () => {
    const res = await umanager.get("/api/voice/segments?period=2025-Q2&view=seeker");
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      unit: { id: string };
      tables: {
        dimension: { key: string };
        overall: { n: number; index: number };
        cells: {
          value: string;
          suppressed: boolean;
          n?: number;
          index?: number;
          ci?: [number, number];
          belowOverall?: boolean;
          indicators?: { code: string; survey?: { share: number; ci: [number, number] } }[];
        }[];
      }[];
    }>();
    expect(body.unit.id).toBe("32-01");
    expect(body.tables.map((t) => t.dimension.key)).toEqual(["gender", "age", "categories", "q14"]);
    const gender = body.tables.find((t) => t.dimension.key === "gender")!;
    expect(gender.overall.n).toBe(64);
    const female = gender.cells.find((c) => c.value === "female")!,
      male = gender.cells.find((c) => c.value === "male")!;
    expect(female.n).toBe(34);
    expect(male.n).toBe(30);
    expect(female.index!).toBeLessThan(male.index!);
    expect(female.belowOverall).toBe(true);
    expect(male.belowOverall).toBe(false);
    expect(female.ci![0]).toBeLessThanOrEqual(female.index!);
    expect(male.indicators!.find((i) => i.code === "П1")!.survey!.share).toBe(1);
    const age = body.tables.find((t) => t.dimension.key === "age")!;
    expect(age.cells.find((c) => c.value === "70_plus")).toEqual({ value: "70_plus", label: "70 лет и старше", suppressed: true });
    const channel = body.tables.find((t) => t.dimension.key === "q14")!;
    expect(channel.cells.find((c) => c.value === "office")!.n).toBe(30);
    expect(channel.cells.find((c) => c.value === "phone")!.suppressed).toBe(true);
  });

  it("lists who is least satisfied across the region's centres, and refuses bad parameters naming them", async () => {
    const res = await radmin.get("/api/voice/segments/least?period=2025-Q2&view=seeker&unit=32");
    expect(res.statusCode).toBe(200);
    const groups = res.json<{ groups: { unit: { id: string }; dimension: string; value: string; n: number; index: number; belowOverall: boolean }[] }>().groups;
    expect(groups[0]!.unit.id).toBe("32-01");
    expect(groups[0]!.n).toBeGreaterThanOrEqual(30);
    expect(["female", "50-59", "office"]).toContain(groups[0]!.value);
    expect(groups[0]!.belowOverall).toBe(true);
    expect(groups.every((g) => g.n >= 10)).toBe(true);
    expect(groups.some((g) => g.unit.id === "32-03")).toBe(true);
    for (let i = 1; i < groups.length; i++) expect(groups[i]!.index).toBeGreaterThanOrEqual(groups[i - 1]!.index);
    const bad = await fadmin.get("/api/voice/segments?period=2025-Q2&unit=32&dimension=ownership");
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { message: string } }>().error.message).toContain("dimension");
    expect((await fadmin.get("/api/voice/segments?period=2025-Q2&unit=country")).statusCode).toBe(400);
    expect((await umanager.get("/api/voice/segments?period=2025-Q2&unit=32-03")).statusCode).toBe(404);
    expect((await fadmin.get("/api/voice/segments?period=2025-Q9&unit=32")).statusCode).toBe(400);
  });

  it("keeps portraits by region scope, validates the segment with its path, audits, and shows live facts", async () => {
    const body = {
      region: "32",
      name: "Женщины предпенсионного возраста",
      segment: { view: "seeker", criteria: { gender: ["female"], age: ["50-59"] } },
      demographic: "Женщины 50–59 лет",
      psychographic: "Ценят личное внимание",
      behavioural: "Приходят в офис, ждут в очереди",
    };
    const bad = await radmin.post("/api/voice/portraits", { ...body, segment: { view: "seeker", criteria: { gender: ["female"], age: ["50-55"] } } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { message: string } }>().error.message).toContain("segment.criteria.age[0]");
    expect((await radmin.post("/api/voice/portraits", { ...body, segment: { view: "seeker", criteria: { ownership: ["foreign"] } } })).statusCode).toBe(400);
    expect((await fadmin.post("/api/voice/portraits", body)).statusCode).toBe(403);
    expect((await umanager.post("/api/voice/portraits", body)).statusCode).toBe(403);
    expect((await radmin25.post("/api/voice/portraits", body)).statusCode).toBe(404);
    const created = await radmin.post("/api/voice/portraits", body);
    expect(created.statusCode).toBe(201);
    const portrait = created.json<{ id: string; segmentText: string; canEdit: boolean }>();
    expect(portrait.segmentText).toBe("Женщина; 50 – 59 лет");
    expect(portrait.canEdit).toBe(true);

    expect((await umanager.get("/api/voice/portraits")).json<{ portraits: { id: string; canEdit: boolean }[] }>().portraits).toEqual([
      expect.objectContaining({ id: portrait.id, canEdit: false }),
    ]);
    expect((await fanalyst.get("/api/voice/portraits")).json<{ portraits: unknown[] }>().portraits).toHaveLength(1);
    expect((await radmin25.get("/api/voice/portraits")).json<{ portraits: unknown[] }>().portraits).toHaveLength(0);
    expect((await radmin25.get(`/api/voice/portraits/${portrait.id}?period=2025-Q2`)).statusCode).toBe(404);

    const facts = (await umanager.get(`/api/voice/portraits/${portrait.id}?period=2025-Q2`)).json<{
      facts: {
        unit: { id: string };
        respondents: number;
        matching: number;
        figures: { stars: number; index: number };
        weakest: { code: string }[];
        channels: { value: string; share: number }[];
        themes: { code: string; texts: number }[];
      };
    }>().facts;
    expect(facts.unit.id).toBe("32-01");
    expect(facts).toMatchObject({ respondents: 64, matching: 30 });
    expect(facts.weakest).toHaveLength(3);
    expect(facts.channels).toEqual([expect.objectContaining({ value: "office", share: 1 })]);
    expect(facts.themes[0]).toEqual({ code: "queue", title: "Очередь и ожидание", texts: 15 });

    const renamed = await radmin.put(`/api/voice/portraits/${portrait.id}`, { ...body, name: "Женщины 50–59" });
    expect(renamed.json<{ name: string }>().name).toBe("Женщины 50–59");
    const audit = await server.database.db.selectFrom("audit_log").select("action").where("entity", "=", "cx_portrait").orderBy("id").execute();
    expect(audit.map((a) => a.action)).toEqual(["voice.portrait_create", "voice.portrait_update"]);
    const signed = await signIn(server.app, "radmin");
    const del = await server.app.inject({
      method: "DELETE",
      url: `/api/voice/portraits/${portrait.id}`,
      headers: { cookie: signed.cookie, "x-csrf-token": signed.csrfToken },
    });
    expect(del.json()).toEqual({ id: portrait.id, deleted: true });
    expect((await radmin.get("/api/voice/portraits")).json<{ portraits: unknown[] }>().portraits).toHaveLength(0);
  });

  it("draws a journey coloured by live scores and by a portrait's segment; a region's copy is validated with the path", async () => {
    const templates = (await umanager.get("/api/voice/journeys/templates")).json<{ templates: { seeker: { stages: { code: string }[] } } }>();
    expect(templates.templates.seeker.stages.map((s) => s.code)).toEqual(["info", "booking", "visit", "consultation", "matching", "result"]);
    const map = (await umanager.get("/api/voice/journeys/seeker/map?period=2025-Q2")).json<{
      edited: boolean;
      stages: { code: string; tone: string; score?: number; themes: { code: string; texts: number }[] }[];
    }>();
    expect(map.edited).toBe(false);
    const visit = map.stages.find((s) => s.code === "visit")!;
    expect(visit.score).toBeGreaterThan(0);
    expect(visit.themes.find((t) => t.code === "queue")!.texts).toBe(15);

    const journey = {
      title: "Маршрут соискателя Брянской области",
      stages: [{ code: "visit", title: "Визит", description: "", indicators: ["М6", "К1"], themes: ["queue"] }],
    };
    const bad = await radmin.put("/api/voice/journeys/seeker?region=32", {
      journey: { ...journey, stages: [{ ...journey.stages[0], themes: ["queue", "nope"] }] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { message: string } }>().error.message).toContain("journey.stages[0].themes[1]");
    const badIndicator = await radmin.put("/api/voice/journeys/seeker?region=32", {
      journey: { ...journey, stages: [{ ...journey.stages[0], indicators: ["Х9"] }] },
    });
    expect(badIndicator.json<{ error: { message: string } }>().error.message).toContain("journey.stages[0].indicators[0]");
    expect((await umanager.put("/api/voice/journeys/seeker?region=32", { journey })).statusCode).toBe(403);
    expect((await radmin25.put("/api/voice/journeys/seeker?region=32", { journey })).statusCode).toBe(404);
    const saved = await radmin.put("/api/voice/journeys/seeker?region=32", { journey });
    expect(saved.json<{ edited: boolean; journey: { stages: { questions: string[] }[] } }>()).toMatchObject({
      edited: true,
      journey: { stages: [{ questions: ["q9", "q2"] }] },
    });
    const edited = (await umanager.get("/api/voice/journeys/seeker/map?period=2025-Q2")).json<{ edited: boolean; title: string; stages: unknown[] }>();
    expect(edited).toMatchObject({ edited: true, title: journey.title });
    expect(edited.stages).toHaveLength(1);

    const portrait = (
      await radmin.post("/api/voice/portraits", { region: "32", name: "Мужчины 20–29", segment: { view: "seeker", criteria: { gender: ["male"] } } })
    ).json<{ id: string }>();
    const segmentMap = (await umanager.get(`/api/voice/journeys/seeker/map?period=2025-Q2&portrait=${portrait.id}`)).json<{
      portrait: { matching: number };
      stages: { tone: string; score: number }[];
    }>();
    expect(segmentMap.portrait.matching).toBe(30);
    expect(segmentMap.stages[0]!.score).toBeGreaterThan(visit.score!);
    expect((await umanager.get(`/api/voice/journeys/employer/map?period=2025-Q2&portrait=${portrait.id}`)).statusCode).toBe(400);
  });
});
