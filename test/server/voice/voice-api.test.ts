// /api/voice end to end on a test server: search with highlights, filters and scope; the theme summary with
// «новые темы периода»; tag corrections (audited); external feedback one by one and by XLSX; exports.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDefaultMethodology } from "../../../src/cli/methodology-files.js";
import type { SurveyResponse } from "../../../src/core/index.js";
import { importDataset } from "../../../src/db/index.js";
import { voiceTaggerFor } from "../../../src/server/voice/theme-taxonomy-file.js";
import { adminClient, type AdminClient } from "../../support/admin-api.js";
import { startAuthServer } from "../../support/auth-server.js";
import { backends } from "../../support/databases.js";
import type { SurveyServer } from "../../support/survey-server.js";

const m = loadDefaultMethodology();
let serial = 0;
function response(unit: string, month: string, answers: Record<string, number | string>, comments: Record<string, string>): SurveyResponse {
  return { id: `voice-${serial++}`, unit, respondent: "seeker", submittedAt: `${month}-10T09:00:00Z`, answers, comments };
}

describe.each(backends)("voice API on %s", (backend) => {
  let server: SurveyServer;
  let fadmin: AdminClient, fanalyst: AdminClient, radmin: AdminClient, umanager: AdminClient;
  beforeAll(async () => {
    server = await startAuthServer(backend);
    const responses: SurveyResponse[] = [];
    // 2025-Q1: 20 texts in 32-01, two about the phone; 2025-Q2: 20 texts, ten about the phone.
    for (let i = 0; i < 20; i++) responses.push(response("32-01", "2025-02", { q9: 6 }, { q9: i < 2 ? "не дозвониться по телефону" : "сотрудники вежливые" }));
    for (let i = 0; i < 20; i++)
      responses.push(
        response("32-01", "2025-05", { q9: i < 10 ? 2 : 9 }, { q9: i < 10 ? "Не дозвониться, телефон постоянно занят" : "Очередь небольшая, приняли быстро" }),
      );
    responses.push(response("32-03", "2025-05", { q11: 3 }, { q11: "Специалист нагрубил, очередь огромная" }));
    responses.push(response("32-01", "2025-05", { q14: "other", q14other: "через мессенджер" }, { suggestions: "Сделайте электронную очередь" }));
    await importDataset(server.database.db, { format: "zvezda-dataset/1", units: [], objective: [], responses }, m, undefined, voiceTaggerFor(m));
    [fadmin, fanalyst, radmin, umanager] = await Promise.all([
      adminClient(server, "fadmin"),
      adminClient(server, "fanalyst"),
      adminClient(server, "radmin"),
      adminClient(server, "umanager"),
    ]);
  });
  afterAll(() => server?.close());

  it("searches inflected forms with highlighted fragments within the caller's subtree", async () => {
    const res = await umanager.get("/api/voice/texts?period=2025-Q2&q=очереди");
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      total: number;
      texts: { unit: { id: string }; fragments: { text: string; match: boolean }[]; questionText: string; themes: string[] }[];
    }>();
    expect(body.total).toBe(11);
    expect(body.texts.every((t) => t.unit.id === "32-01")).toBe(true);
    expect(body.texts[0]!.fragments.find((f) => f.match)!.text.toLowerCase()).toBe("очередь");
    expect(body.texts.some((t) => t.questionText.startsWith("9."))).toBe(true);
    const region = (await radmin.get("/api/voice/texts?period=2025-Q2&q=очередь&unit=32")).json<{ total: number }>();
    expect(region.total).toBe(12);
    expect((await umanager.get("/api/voice/texts?period=2025-Q2&unit=32-03")).statusCode).toBe(404);
    expect((await umanager.get("/api/voice/texts?period=2025-Q2&unit=country")).statusCode).toBe(404);
    expect((await fanalyst.get("/api/voice/texts?period=2025-Q2&unit=country&q=нагрубил")).json<{ total: number }>().total).toBe(1);
  });

  it("filters by score band, question, indicator, theme, channel and negativity; refuses unknown codes naming the field", async () => {
    const total = async (query: string) => (await fadmin.get(`/api/voice/texts?period=2025-Q2&unit=country&${query}`)).json<{ total: number }>().total;
    expect(await total("band=low")).toBe(11);
    expect(await total("band=high")).toBe(10);
    expect(await total("question=q14other")).toBe(1);
    expect(await total("indicator=М4")).toBe(10);
    expect(await total("theme=phone")).toBe(10);
    expect(await total("negative=true&theme=queue")).toBe(2);
    expect(await total("channel=survey")).toBe(23);
    const bad = await fadmin.get("/api/voice/texts?period=2025-Q2&theme=nope");
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { message: string } }>().error.message).toContain("theme");
    expect((await fadmin.get("/api/voice/texts?period=2025-Q2&indicator=Х9")).statusCode).toBe(400);
    const hostile = await fadmin.get(`/api/voice/texts?period=2025-Q2&unit=country&q=${encodeURIComponent("очередь')) or 1=1 --")}`);
    expect(hostile.statusCode).toBe(200);
  });

  it("summarises themes with the share among negative texts, the trend and the period's new themes", async () => {
    const res = await umanager.get("/api/voice/summary?period=2025-Q2&trend=2");
    expect(res.statusCode).toBe(200);
    const s = res.json<{
      total: number;
      negative: number;
      periods: string[];
      emerging: { code: string }[];
      themes: { code: string; count: number; negativeShare: number; trend: { count: number }[]; emerging: boolean }[];
    }>();
    expect(s.periods).toEqual(["2025-Q1", "2025-Q2"]);
    expect(s.total).toBe(22);
    const phone = s.themes.find((t) => t.code === "phone")!;
    expect(phone).toMatchObject({ count: 10, emerging: true });
    expect(phone.negativeShare).toBeCloseTo(10 / s.negative, 10);
    expect(phone.trend.map((t) => t.count)).toEqual([2, 10]);
    // The phone rose from 2 of 20 to 10 of 22 texts; the queue from none to 11; politeness fell.
    expect(s.emerging.map((e) => e.code).sort()).toEqual(["phone", "queue"]);
    expect(s.themes.find((t) => t.code === "politeness")!.emerging).toBe(false);
  });

  it("lets a centre's manager correct a text's themes, audited, and refuses the analyst and other centres", async () => {
    const found = (await umanager.get("/api/voice/texts?period=2025-Q2&question=q14other")).json<{ texts: { id: string; responseId: string }[] }>().texts[0]!;
    const other = (await fadmin.get("/api/voice/texts?period=2025-Q2&unit=32-03")).json<{ texts: { id: string }[] }>().texts[0]!;
    expect((await umanager.put(`/api/voice/texts/${found.id}/themes`, { themes: ["website", "information"] })).json()).toEqual({
      id: found.id,
      themes: ["website", "information"],
      corrected: true,
    });
    expect((await umanager.put(`/api/voice/texts/${found.id}/themes`, { themes: ["nope"] })).statusCode).toBe(400);
    expect((await umanager.put(`/api/voice/texts/${other.id}/themes`, { themes: [] })).statusCode).toBe(404);
    expect((await fanalyst.put(`/api/voice/texts/${found.id}/themes`, { themes: [] })).statusCode).toBe(403);
    const history = (await umanager.get(`/api/voice/texts/${found.id}/corrections`)).json<{
      corrections: { login: string; before: string[]; after: string[] }[];
    }>();
    expect(history.corrections).toEqual([expect.objectContaining({ login: "umanager", before: ["website"], after: ["website", "information"] })]);
    const audit = await server.database.db.selectFrom("audit_log").select(["action", "unit_id"]).where("entity", "=", "voice_text").execute();
    expect(audit).toEqual([{ action: "voice.themes_correct", unit_id: "32-01" }]);
    const opened = (await umanager.get(`/api/voice/responses/${found.responseId}`)).json<{ answers: { key: string; label?: string }[]; texts: unknown[] }>();
    expect(opened.answers.find((a) => a.key === "q14")?.label).toBe("Другое (впишите)");
    expect(opened.texts).toHaveLength(2);
  });

  it("registers external feedback one by one and by XLSX, all or nothing, beside survey texts", async () => {
    const created = await umanager.post("/api/voice/feedback", {
      unit: "32-01",
      channel: "social",
      receivedOn: "2025-06-03",
      text: "В группе ВКонтакте не отвечают на вопросы про пособие",
      rating: 2,
      link: "https://vk.com/wall-1_5",
    });
    expect(created.statusCode).toBe(201);
    expect((await umanager.post("/api/voice/feedback", { unit: "32-03", channel: "book", receivedOn: "2025-06-03", text: "x" })).statusCode).toBe(404);
    expect((await umanager.post("/api/voice/feedback", { unit: "32-01", channel: "book", receivedOn: "2025-02-30", text: "x" })).statusCode).toBe(400);
    const social = (await umanager.get("/api/voice/texts?period=2025-Q2&channel=social")).json<{
      texts: { themes: string[]; negative: boolean; link: string }[];
    }>().texts;
    expect(social).toEqual([expect.objectContaining({ themes: ["support", "website"], negative: true, link: "https://vk.com/wall-1_5" })]);

    const template = await radmin.get("/api/voice/feedback/template.xlsx");
    expect(template.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("Отзывы")!;
    sheet.addRow(["32-01", "книга отзывов", "12.05.2025", "Сесть негде, душно", 2, ""]);
    sheet.addRow(["32-03", "СМИ", "2025-05-20", "Статья о ярмарке вакансий", "", "https://news.example/1"]);
    sheet.addRow(["25", "соцсети", "2025-05-20", "чужой регион", "", ""]);
    sheet.addRow(["32-01", "телеграф", "2025-05-20", "канал неизвестен", "", ""]);
    const refused = await radmin.upload("/api/voice/feedback/import", "f.xlsx", Buffer.from(await book.xlsx.writeBuffer()));
    expect(refused.statusCode).toBe(422);
    expect(refused.json<{ error: { details: { problems: { row: number }[] } } }>().error.details.problems.map((e) => e.row)).toEqual([4, 5]);
    expect((await radmin.get("/api/voice/texts?period=2025-Q2&unit=32&channel=book")).json<{ total: number }>().total).toBe(0);
    const good = new ExcelJS.Workbook();
    const goodSheet = good.addWorksheet("Отзывы");
    for (const n of [1, 2, 3]) goodSheet.addRow(sheet.getRow(n).values as ExcelJS.CellValue[]);
    const accepted = await radmin.upload("/api/voice/feedback/import", "f.xlsx", Buffer.from(await good.xlsx.writeBuffer()));
    expect(accepted.json(), accepted.body).toEqual({ created: 2 });
    const media = (await radmin.get("/api/voice/texts?period=2025-Q2&unit=32&channel=media")).json<{ texts: { themes: string[]; unit: { id: string } }[] }>()
      .texts;
    expect(media).toEqual([expect.objectContaining({ themes: ["events"], unit: expect.objectContaining({ id: "32-03" }) })]);
    expect((await fanalyst.post("/api/voice/feedback", { unit: "32-01", channel: "book", receivedOn: "2025-06-03", text: "x" })).statusCode).toBe(403);
  });

  it("exports the filtered set as CSV and XLSX", async () => {
    const csv = await umanager.get("/api/voice/texts/export.csv?period=2025-Q2&theme=phone");
    expect(csv.statusCode).toBe(200);
    const lines = csv.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines).toHaveLength(11);
    expect(lines[1]).toContain("Не дозвониться, телефон постоянно занят");
    const xlsx = await umanager.get("/api/voice/texts/export.xlsx?period=2025-Q2&theme=phone");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.getWorksheet("Тексты")!.rowCount).toBe(11);
  });
});
