// The objective workflow through the API: the index moves exactly as methodology §3–§4 says when a checklist is
// approved, returned and reopened (compared with the core's computeIndex on the same entries); inheritance from the
// region; the four-eyes rule; scope; validation errors in Russian; the audit trail.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeIndex, parsePeriod, periodMonths, type ObjectiveEntry, type ResultDocument, type ViewResult } from "../../../src/core/index.js";
import { readCounterCells, readDatasetUnits } from "../../../src/db/index.js";
import { loadDefaultMethodology } from "../../../src/cli/methodology-files.js";
import { startAuthServer } from "../../support/auth-server.js";
import { backends } from "../../support/databases.js";
import type { SurveyServer } from "../../support/survey-server.js";
import { addResponses, answersFor, callerOf, type Caller } from "./objective-support.js";

const m = loadDefaultMethodology();
const period = "2025-Q2";

describe.each(backends)("objective workflow on %s", (backend) => {
  let server: SurveyServer;
  let umanager: Caller, radmin: Caller, radmin25: Caller, fadmin: Caller;
  beforeAll(async () => {
    server = await startAuthServer(backend);
    await addResponses(server.database.db, m, "32-01");
    await addResponses(server.database.db, m, "32-03");
    [umanager, radmin, radmin25, fadmin] = await Promise.all([
      callerOf(server.app, "umanager"),
      callerOf(server.app, "radmin"),
      callerOf(server.app, "radmin25"),
      callerOf(server.app, "fadmin"),
    ]);
  });
  afterAll(async () => server?.close());

  /** The API's result document of the period, and the core's on the same counters with exactly `approved` entries. */
  const compare = async (approved: ObjectiveEntry[]): Promise<{ api: ResultDocument; core: ResultDocument }> => {
    const api = (await fadmin.get(`/api/results?period=${period}`)).json<ResultDocument>();
    const p = parsePeriod(period)!;
    const db = server.database.db;
    const core = computeIndex({
      methodology: m,
      units: await readDatasetUnits(db),
      objective: approved,
      counters: await readCounterCells(db, periodMonths(p)),
      period: p,
    });
    return { api, core: JSON.parse(JSON.stringify(core)) as ResultDocument };
  };
  const unitView = (doc: ResultDocument, id: string): ViewResult => doc.units.find((u) => u.id === id && u.view === "seeker") as ViewResult;

  it("counts a checklist only once approved, drops it when reopened, and recomputes the centre and its region", async () => {
    const before = await compare([]);
    expect(before.api).toEqual(before.core);
    expect(unitView(before.api, "32-01").indicators?.["К1"]?.objective).toBeUndefined();

    // 9 yes, 2 no, 1 not applicable: c = 9 / 11.
    const answers = answersFor(m, "comfort", ["comfort-03", "comfort-07"], ["comfort-10"]);
    const saved = await umanager.send("PUT", "/api/objective/entries", {
      kind: "checklist",
      unit: "32-01",
      period,
      checklist: "comfort",
      answers: answers.slice(0, 5),
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const id = saved.json().id as string;
    expect(saved.json()).toMatchObject({ status: "draft", payload: { met: 4, applicable: 5 }, counted: false });

    const incomplete = await umanager.send("POST", `/api/objective/entries/${id}/submit`);
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().error.message).toContain("Не заполнены пункты чек-листа: comfort-06");

    const full = await umanager.send("PUT", "/api/objective/entries", {
      kind: "checklist",
      unit: "32-01",
      period,
      checklist: "comfort",
      answers,
      submit: true,
    });
    expect(full.json()).toMatchObject({ id, status: "submitted", payload: { met: 9, applicable: 11 } });
    const submitted = await compare([]);
    expect(submitted.api).toEqual(submitted.core);

    // A centre never approves, not even its own; a region never touches another region's data.
    expect((await umanager.send("POST", `/api/objective/entries/${id}/approve`)).statusCode).toBe(403);
    expect((await radmin25.send("POST", `/api/objective/entries/${id}/approve`)).statusCode).toBe(404);
    expect((await radmin25.get(`/api/objective/entries/${id}/history`)).statusCode).toBe(404);

    const approved = await radmin.send("POST", `/api/objective/entries/${id}/approve`);
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: "approved", counted: true, approvedBy: { login: "radmin" } });
    const k1 = { unit: "32-01", period, indicator: "К1", met: 9, applicable: 11 };
    const after = await compare([k1]);
    expect(after.api).toEqual(after.core);
    expect(unitView(after.api, "32-01").indicators?.["К1"]?.objective).toBeCloseTo(9 / 11, 12);
    // The survey part and the objective part stay apart; the value is their 50/50 mix (§3).
    const k1Result = unitView(after.api, "32-01").indicators?.["К1"];
    const p = k1Result!.survey!.positive / k1Result!.survey!.valid;
    expect(k1Result!.value).toBeCloseTo(0.5 * p + 0.5 * (9 / 11), 12);
    expect(unitView(after.api, "32-01").index).not.toBe(unitView(before.api, "32-01").index);
    // The region: the mean over its children of their own values (only 32-01 has one).
    expect(unitView(after.api, "32").indicators?.["К1"]?.objective).toBeCloseTo(9 / 11, 12);
    expect(unitView(after.api, "32").index).not.toBe(unitView(before.api, "32").index);

    // Approved data change only through a reopening.
    const locked = await umanager.send("PUT", "/api/objective/entries", { kind: "checklist", unit: "32-01", period, checklist: "comfort", answers });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.message).toContain("переоткрытия");
    expect((await radmin.send("POST", `/api/objective/entries/${id}/reopen`, { reason: " " })).statusCode).toBe(400);
    const reopened = await radmin.send("POST", `/api/objective/entries/${id}/reopen`, { reason: "Пункт 5: пандус не работает" });
    expect(reopened.json()).toMatchObject({
      status: "returned",
      returnReason: "Пункт 5: пандус не работает",
      counted: false,
      reopenings: [{ reason: "Пункт 5: пандус не работает", by: { login: "radmin" } }],
    });
    const afterReopen = await compare([]);
    expect(afterReopen.api).toEqual(afterReopen.core);
    expect(unitView(afterReopen.api, "32-01").index).toBe(unitView(before.api, "32-01").index);

    // Corrected, resubmitted, returned with a reason, corrected again, approved.
    const corrected = answersFor(m, "comfort", ["comfort-03", "comfort-05", "comfort-07"], ["comfort-10"]);
    await umanager.send("PUT", "/api/objective/entries", { kind: "checklist", unit: "32-01", period, checklist: "comfort", answers: corrected, submit: true });
    const returned = await radmin.send("POST", `/api/objective/entries/${id}/return`, { reason: "Приложите фото входа" });
    expect(returned.json()).toMatchObject({ status: "returned", returnReason: "Приложите фото входа" });
    expect((await compare([])).api).toEqual((await compare([])).core);
    await umanager.send("PUT", "/api/objective/entries", { kind: "checklist", unit: "32-01", period, checklist: "comfort", answers: corrected });
    expect((await umanager.send("POST", `/api/objective/entries/${id}/submit`)).json()).toMatchObject({ status: "submitted" });
    await fadmin.send("POST", `/api/objective/entries/${id}/approve`);
    const final = await compare([{ ...k1, met: 8 }]);
    expect(final.api).toEqual(final.core);

    // Every step is in the audit trail, with before and after.
    const history = (await umanager.get(`/api/objective/entries/${id}/history`)).json().history as {
      action: string;
      actor?: { login: string };
      before: { status?: string } | null;
      after: { status?: string };
    }[];
    expect(history.map((h) => h.action)).toEqual([
      "objective.create",
      "objective.update",
      "objective.submit",
      "objective.approve",
      "objective.reopen",
      "objective.update",
      "objective.submit",
      "objective.return",
      "objective.update",
      "objective.submit",
      "objective.approve",
    ]);
    expect(history[3]).toMatchObject({ actor: { login: "radmin" }, before: { status: "submitted" }, after: { status: "approved" } });
    expect(history[4]).toMatchObject({ before: { status: "approved" }, after: { status: "returned", returnReason: "Пункт 5: пандус не работает" } });
  });

  it("lets a region's site checklist serve its centres, approved by a second person of the regional level", async () => {
    const saved = await radmin.send("PUT", "/api/objective/entries", {
      kind: "checklist",
      unit: "32",
      period,
      checklist: "site",
      answers: answersFor(m, "site", ["site-01", "site-02"]),
      submit: true,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const id = saved.json().id as string;
    // The regional admin submitted it: approving it needs somebody else.
    const own = await radmin.send("POST", `/api/objective/entries/${id}/approve`);
    expect(own.statusCode).toBe(403);
    expect(own.json().error.message).toContain("сами отправили");
    expect((await fadmin.send("POST", `/api/objective/entries/${id}/approve`)).json()).toMatchObject({ status: "approved" });

    const page = (await umanager.get(`/api/objective?unit=32-01&period=${period}`)).json();
    const site = page.checklists.find((c: { code: string }) => c.code === "site");
    expect(site).toMatchObject({
      applies: false,
      inherits: true,
      canCreate: false,
      inherited: { unitId: "32", entry: { id, status: "approved", actions: { edit: false, approve: false } } },
    });
    const comfort = page.checklists.find((c: { code: string }) => c.code === "comfort");
    expect(comfort).toMatchObject({ applies: true, entry: { status: "approved", actions: { edit: false, reopen: false } } });

    const size = m.checklists.find((c) => c.code === "site")!.items.length;
    const value = (size - 2) / size;
    const { api, core } = await compare([
      { unit: "32-01", period, indicator: "К1", met: 8, applicable: 11 },
      { unit: "32", period, indicator: "М2", met: size - 2, applicable: size },
    ]);
    expect(api).toEqual(core);
    for (const unit of ["32", "32-01", "32-03"]) expect(unitView(api, unit).indicators?.["М2"]?.objective).toBeCloseTo(value, 12);
  });

  it("refuses bad statistics with a clear Russian message and overlapping periods", async () => {
    const put = (body: object) => umanager.send("PUT", "/api/objective/entries", { unit: "32-01", period, ...body });
    const negative = await put({ kind: "vacancies", vacanciesNow: -5, vacanciesYearAgo: 1000 });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().error.message).toBe("Число вакансий на конец периода должно быть целым неотрицательным числом");
    const outside = await put({ kind: "events", events: [{ date: "2025-07-01", title: "Ярмарка", kind: "job_fair" }] });
    expect(outside.json().error.message).toContain("дата 2025-07-01 лежит вне периода 2025-Q2");
    const badDate = await put({ kind: "events", events: [{ date: "2025-02-30", title: "Ярмарка", kind: "job_fair" }] });
    expect(badDate.json().error.message).toContain("указана неверно");
    const unknownChannel = await put({ kind: "channels", channels: ["office", "telegram"] });
    expect(unknownChannel.json().error.message).toContain("Неизвестный канал «telegram»");
    const regionList = await put({ kind: "checklist", checklist: "site", answers: [] });
    expect(regionList.json().error.message).toContain("один раз для региона");

    const events = await put({
      kind: "events",
      events: [
        { date: "2025-04-10", title: "Ярмарка вакансий", kind: "job_fair" },
        { date: "2025-06-02", title: "День открытых дверей", kind: "open_day" },
      ],
      submit: true,
    });
    expect(events.json()).toMatchObject({ status: "submitted", payload: { events: 2 }, events: [{ date: "2025-04-10" }, { date: "2025-06-02" }] });
    const overlap = await umanager.send("PUT", "/api/objective/entries", { unit: "32-01", period: "2025-05", kind: "events", events: [] });
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json().error.message).toContain("2025-Q2, который пересекается с 2025-05");

    const outOfScope = await umanager.send("PUT", "/api/objective/entries", { unit: "32-03", period, kind: "vacancies", vacanciesNow: 1, vacanciesYearAgo: 1 });
    expect(outOfScope.statusCode).toBe(404);
  });

  it("moves the dashboard's figures of the centre and its region at once after an approval (the results cache is invalidated)", async () => {
    const page = async (unit: string) => (await fadmin.get(`/api/dashboard/unit/${unit}?period=${period}&view=seeker`)).json();
    const [centreBefore, regionBefore] = [await page("32-03"), await page("32")];
    expect(centreBefore.figures.index).toBeDefined();
    const saved = await radmin.send("PUT", "/api/objective/entries", {
      kind: "checklist",
      unit: "32-03",
      period,
      checklist: "transport",
      answers: answersFor(m, "transport", ["transport-01", "transport-02", "transport-03", "transport-04"]),
      submit: true,
    });
    await fadmin.send("POST", `/api/objective/entries/${saved.json().id as string}/approve`);
    const [centreAfter, regionAfter] = [await page("32-03"), await page("32")];
    expect(centreAfter.figures.index).not.toBe(centreBefore.figures.index);
    expect(regionAfter.figures.index).not.toBe(regionBefore.figures.index);
    // The indicator table keeps the survey part and the objective part apart.
    const k3 = centreAfter.indicators.find((row: { code: string }) => row.code === "К3");
    expect(k3.objective).toBeCloseTo(6 / 10, 12);
    expect(k3.survey.valid).toBeGreaterThan(0);
  });

  it("stores photos of a checklist with type and size limits", async () => {
    const saved = await umanager.send("PUT", "/api/objective/entries", { kind: "checklist", unit: "32-01", period, checklist: "transport", answers: [] });
    const id = saved.json().id as string;
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100, 1)]);
    const uploaded = await umanager.upload(`/api/objective/entries/${id}/photos`, { name: "вход.png", type: "image/png", data: png }, { item: "transport-06" });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const photo = uploaded.json();
    expect(photo).toMatchObject({ item: "transport-06", contentType: "image/png", size: png.length });
    const download = await radmin.get(photo.url);
    expect(download.headers["content-type"]).toBe("image/png");
    expect(download.rawPayload.equals(png)).toBe(true);
    expect((await radmin25.get(photo.url)).statusCode).toBe(404);

    const text = await umanager.upload(`/api/objective/entries/${id}/photos`, { name: "x.png", type: "image/png", data: Buffer.from("<svg onload=alert(1)>") });
    expect(text.statusCode).toBe(415);
    expect(text.json().error.message).toContain("JPEG, PNG или WebP");
    const huge = await umanager.upload(`/api/objective/entries/${id}/photos`, {
      name: "big.jpg",
      type: "image/jpeg",
      data: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(5 * 1024 * 1024)]),
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.message).toContain("5 МБ");
    const page = (await umanager.get(`/api/objective?unit=32-01&period=${period}`)).json();
    expect(page.checklists.find((c: { code: string }) => c.code === "transport").entry.photos).toHaveLength(1);
  });
});
