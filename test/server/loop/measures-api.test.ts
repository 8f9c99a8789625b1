// The measures register through the API: proposing, the workflow by level, refused input naming the field with
// nothing written, scope, evidence checked by its bytes, the thread, the audit trail, overdue, the measured effect
// from the monthly result documents, the region's plan as XLSX and the practice library.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDefaultMethodology } from "../../../src/cli/methodology-files.js";
import type { MeasureDetails, MeasureEffectView, MeasureView, PracticeSummaryView, PracticeView } from "../../../src/contract/measures.js";
import { startAuthServer } from "../../support/auth-server.js";
import { backends } from "../../support/databases.js";
import type { SurveyServer } from "../../support/survey-server.js";
import { callerOf, type Caller } from "../objective/objective-support.js";
import { addMonth } from "./measures-support.js";

const m = loadDefaultMethodology();
const draft = {
  unit: "32-01",
  title: "Электронная очередь и зона ожидания",
  description: "Табло, запись на время, кулер",
  kind: "process",
  clientParticipation: "Две сессии с соискателями",
  owner: "Иванова И. И.",
  view: "seeker",
  plannedStart: "2025-04-01",
  plannedEnd: "2025-06-30",
  indicators: ["М6"],
};
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

describe.each(backends)("measures API on %s", (backend) => {
  let server: SurveyServer;
  let umanager: Caller, radmin: Caller, radmin25: Caller, fadmin: Caller, fanalyst: Caller;
  const count = async () =>
    Number(
      (
        await server.database.db
          .selectFrom("measures")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    server = await startAuthServer(backend);
    const db = server.database.db;
    // 32-01: 40 % satisfied with speed in Jan–Mar 2025, 80 % in Jul–Sep; 32-03: 50 % throughout.
    for (const month of ["2025-01", "2025-02", "2025-03", "2025-07", "2025-08", "2025-09"]) {
      await addMonth(db, m, "32-01", month, 50, month < "2025-04" ? 20 : 40);
      await addMonth(db, m, "32-03", month, 50, 25);
    }
    [umanager, radmin, radmin25, fadmin, fanalyst] = await Promise.all([
      callerOf(server.app, "umanager"),
      callerOf(server.app, "radmin"),
      callerOf(server.app, "radmin25"),
      callerOf(server.app, "fadmin"),
      callerOf(server.app, "fanalyst"),
    ]);
  });
  afterAll(async () => server?.close());

  it("refuses bad input with a 4xx naming the field, writing nothing", async () => {
    const before = await count();
    const reversed = await umanager.send("POST", "/api/loop/measures", { ...draft, plannedEnd: "2025-03-01" });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.message).toContain("plannedEnd — дата окончания 2025-03-01 раньше даты начала 2025-04-01");
    const unknown = await umanager.send("POST", "/api/loop/measures", { ...draft, indicators: ["М6", "Х1"] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toContain("indicators[1] — неизвестный показатель Х1");
    const kind = await umanager.send("POST", "/api/loop/measures", { ...draft, kind: "magic" });
    expect(kind.statusCode).toBe(400);
    expect(kind.json().error.message).toContain("kind");
    const outside = await umanager.send("POST", "/api/loop/measures", { ...draft, unit: "32-03" });
    expect(outside.statusCode).toBe(404);
    expect(await count()).toBe(before);
  });

  it("lets a centre propose, the region approve, run, complete and evaluate; jumps and other levels are refused", async () => {
    const created = await umanager.send("POST", "/api/loop/measures", draft);
    expect(created.statusCode).toBe(201);
    const measure = created.json<MeasureView>();
    expect(measure).toMatchObject({
      status: "draft",
      statusName: "черновик",
      kindName: "оптимизация процесса",
      indicators: [{ code: "М6", name: "быстрое реагирование" }],
    });
    expect(measure.allowed.transitions.map((t) => t.to)).toEqual(["cancelled"]);
    const url = `/api/loop/measures/${measure.id}`;

    expect((await umanager.send("POST", `${url}/status`, { to: "planned" })).statusCode).toBe(403);
    expect((await fanalyst.send("POST", `${url}/status`, { to: "planned" })).statusCode).toBe(403);
    expect((await radmin25.get(url)).statusCode).toBe(404);
    const jump = await radmin.send("POST", `${url}/status`, { to: "done" });
    expect(jump.statusCode).toBe(409);
    expect(jump.json().error.message).toBe("Из статуса «черновик» нельзя перейти в «выполнена»");

    expect((await radmin.send("POST", `${url}/status`, { to: "planned" })).json<MeasureView>().status).toBe("planned");
    expect((await umanager.send("PATCH", url, { ...draft, title: "Другое" })).statusCode).toBe(409);
    expect((await radmin.send("POST", `${url}/status`, { to: "cancelled" })).statusCode).toBe(400);
    expect((await radmin.send("POST", `${url}/status`, { to: "in_progress", actualStart: "2025-04-03" })).json<MeasureView>().actualStart).toBe("2025-04-03");
    const early = await radmin.send("POST", `${url}/status`, { to: "done", actualEnd: "2025-04-01" });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.message).toContain("actualEnd");
    const done = await radmin.send("POST", `${url}/status`, { to: "done", actualEnd: "2025-06-28" });
    expect(done.json<MeasureView>()).toMatchObject({ status: "done", actualEnd: "2025-06-28", overdue: false });

    const effect = (await umanager.get(`${url}/effect`)).json<MeasureEffectView>();
    expect(effect.effect).toMatchObject({
      verdict: "confirmed",
      windows: { before: ["2025-01", "2025-03"], after: ["2025-07", "2025-09"] },
      comparison: "другие ЦЗН региона",
    });
    const indicator = effect.effect!.indicators[0]!;
    expect(indicator.unit).toEqual({ before: { positive: 60, valid: 150 }, after: { positive: 120, valid: 150 } });
    expect(indicator.comparison.before).toEqual({ positive: 75, valid: 150 });
    expect(indicator.effect!.estimate).toBeCloseTo(0.4, 9);
    expect(indicator.effect!.ci[0]).toBeGreaterThan(0.2);

    expect((await radmin.send("POST", `${url}/status`, { to: "evaluated" })).json<MeasureView>().statusName).toBe("эффект оценён");
    const audit = await server.database.db
      .selectFrom("audit_log")
      .select(["action"])
      .where("entity", "=", "measure")
      .where("entity_id", "=", measure.id)
      .orderBy("id")
      .execute();
    expect(audit.map((a) => a.action)).toEqual(["measure.create", "measure.planned", "measure.in_progress", "measure.done", "measure.evaluated"]);
  });

  it("keeps evidence checked by its bytes and a discussion thread", async () => {
    const measure = (
      await umanager.send("POST", "/api/loop/measures", {
        ...draft,
        title: "Навигация в холле",
        kind: "premises",
        plannedStart: "2099-01-10",
        plannedEnd: "2099-03-31",
      })
    ).json<MeasureView>();
    const url = `/api/loop/measures/${measure.id}`;
    const disguised = await umanager.upload(`${url}/files`, { name: "photo.png", type: "image/png", data: Buffer.from("not an image at all") });
    expect(disguised.statusCode).toBe(415);
    const large = await umanager.upload(`${url}/files`, { name: "big.png", type: "image/png", data: Buffer.concat([png, Buffer.alloc(5 * 1024 * 1024)]) });
    expect(large.statusCode).toBe(413);
    const uploaded = await umanager.upload(`${url}/files`, { name: "холл.png", type: "application/octet-stream", data: png });
    expect(uploaded.statusCode).toBe(201);
    const file = uploaded.json<{ id: string; contentType: string; url: string }>();
    expect(file.contentType).toBe("image/png");
    const download = await radmin.get(file.url);
    expect(download.statusCode).toBe(200);
    expect(Buffer.from(download.rawPayload)).toEqual(png);
    expect((await radmin25.get(file.url)).statusCode).toBe(404);

    expect((await radmin.send("POST", `${url}/comments`, { body: "  " })).statusCode).toBe(400);
    expect((await radmin.send("POST", `${url}/comments`, { body: "Добавьте схему навигации" })).statusCode).toBe(201);
    expect((await fanalyst.send("POST", `${url}/comments`, { body: "Читаю" })).statusCode).toBe(403);
    const details = (await fanalyst.get(url)).json<MeasureDetails>();
    expect(details.files).toHaveLength(1);
    expect(details.comments).toMatchObject([{ body: "Добавьте схему навигации", author: "Тест radmin" }]);
    expect(details.allowed).toEqual({ edit: false, comment: false, upload: false, transitions: [] });

    expect((await umanager.send("DELETE", file.url)).statusCode).toBe(204);
    expect((await radmin.get(url)).json<MeasureDetails>().files).toHaveLength(0);
  });

  it("marks open measures past their planned end as overdue and filters the register", async () => {
    const late = (
      await radmin.send("POST", "/api/loop/measures", {
        ...draft,
        unit: "32-03",
        title: "Обучение операторов",
        kind: "staff_training",
        plannedStart: "2024-01-10",
        plannedEnd: "2024-03-31",
      })
    ).json<MeasureView>();
    await radmin.send("POST", `/api/loop/measures/${late.id}/status`, { to: "planned" });
    const overdue = (await radmin.get("/api/loop/measures?unit=32&overdue=true")).json<{ measures: MeasureView[] }>().measures;
    expect(overdue.map((x) => x.title)).toEqual(["Обучение операторов"]);
    expect(overdue[0]!.overdue).toBe(true);
    const own = (await umanager.get("/api/loop/measures")).json<{ measures: MeasureView[] }>().measures;
    expect(own.every((x) => x.unit.id === "32-01")).toBe(true);
    const byStatus = (await fadmin.get("/api/loop/measures?status=evaluated&indicator=М6")).json<{ measures: MeasureView[] }>().measures;
    expect(byStatus.map((x) => x.title)).toEqual(["Электронная очередь и зона ожидания"]);
    expect((await radmin25.get("/api/loop/measures?unit=32")).statusCode).toBe(404);
  });

  it("exports the region's plan as XLSX with dates, numbers and an autofilter", async () => {
    const response = await radmin.get("/api/loop/measures/plan.xlsx?unit=32");
    expect(response.statusCode).toBe(200);
    expect(String(response.headers["content-disposition"])).toContain("filename*=UTF-8''");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(String(sheet.getCell("A1").value)).toContain("План корректирующих мер");
    expect(sheet.getRow(2).getCell(4).value).toBe("Мера");
    expect(sheet.autoFilter).toBeDefined();
    const rows = sheet.getRows(3, sheet.rowCount - 2)!;
    const queue = rows.find((r) => r.getCell(4).value === "Электронная очередь и зона ожидания")!;
    expect(queue.getCell(10).value).toEqual(new Date("2025-04-01T00:00:00Z"));
    expect(queue.getCell(10).numFmt).toBe("dd.mm.yyyy");
    expect(queue.getCell(17).value).toBe("эффект подтверждён");
    expect(queue.getCell(18).value).toBe(40);
    const late = rows.find((r) => r.getCell(4).value === "Обучение операторов")!;
    expect(late.getCell(15).value).toBe("да");
  });

  it("ranks finished measures in the practice library and summarises them for an indicator", async () => {
    const practices = (await fadmin.get("/api/loop/practices?indicator=М6")).json<{ practices: PracticeView[] }>().practices;
    expect(practices).toHaveLength(1);
    expect(practices[0]).toMatchObject({ region: { id: "32" }, verdict: "confirmed", indicator: "М6" });
    expect((await fadmin.get("/api/loop/practices?region=25")).json<{ practices: PracticeView[] }>().practices).toEqual([]);
    expect((await umanager.get("/api/loop/practices")).statusCode).toBe(403);
    const summary = (await umanager.get(`/api/loop/practices/summary?indicator=${encodeURIComponent("М6")}`)).json<PracticeSummaryView>();
    expect(summary.text).toBe("в 1 регионе похожая мера дала +40 п. п.");
    expect(summary.top).toHaveLength(1);
  });
});
