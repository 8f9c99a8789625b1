// The files people open: responses with local times and offsets, a codebook of texts and labels, an XLSX version,
// and XLSX exports with number formats and autofilters.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn, startAuthServer } from "../../support/auth-server.js";
import { seedDashboardData } from "../../support/dashboard-data.js";
import type { SurveyServer } from "../../support/survey-server.js";

describe("responses files and XLSX formats", () => {
  let server: SurveyServer;
  let cookie: string;
  beforeAll(async () => {
    server = await startAuthServer("pglite", { loginRateLimit: { max: 1000, timeWindowMs: 60_000 } });
    await seedDashboardData(server.database.db);
    cookie = (await signIn(server.app, "radmin")).cookie;
  });
  afterAll(async () => server?.close());

  const get = (url: string) => server.app.inject({ method: "GET", url, headers: { cookie } });
  const book = async (payload: Buffer) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(payload.buffer.slice(payload.byteOffset, payload.byteOffset + payload.byteLength) as ArrayBuffer);
    return wb;
  };

  it("writes submission times in the unit's zone with its offset", async () => {
    const csv = (await get("/api/exports/responses.csv?period=2025-Q2")).body.slice(1).split("\r\n");
    const header = (csv[0] ?? "").split(";");
    const at = header.indexOf("submittedAt");
    const first = (csv[1] ?? "").split(";")[at] ?? "";
    // Region 32 keeps Moscow time: UTC+3, no daylight saving.
    expect(first).toMatch(/^2025-0[4-6]-\d\dT\d\d:\d\d:\d\d\+03:00$/);
    const id = (csv[1] ?? "").split(";")[0] ?? "";
    const stored = await server.database.db.selectFrom("responses").select("submitted_at").where("id", "=", id).executeTakeFirstOrThrow();
    expect(new Date(first).getTime()).toBe(new Date(stored.submitted_at).getTime());
  });

  it("explains every column and code in a codebook: question texts per form, answer labels", async () => {
    const response = await get("/api/exports/codebook.csv");
    expect(response.statusCode).toBe(200);
    const lines = response.body.slice(1).split("\r\n");
    expect(lines[0]).toBe("Столбец;Анкета;Вопрос;Текст;Значения (код = ответ)");
    const q1 = lines.filter((l) => l.startsWith("q1;"));
    expect(q1).toHaveLength(2);
    expect(q1[0]).toContain("соискатель;1;");
    expect(q1[0]).toContain("«Я считаю свое обращение в ЦЗН полезным»");
    expect(q1[0]).toContain("1 = категорически не согласен; 2 = не согласен");
    expect(q1[1]).toContain("работодатель;1;");
    expect(lines.find((l) => l.startsWith("q4;соискатель"))).toContain("dont_know = Не знаю");
    expect(lines.find((l) => l.startsWith("respondent;"))).toContain("seeker = соискатель; employer = работодатель");
    expect(lines.some((l) => l.startsWith("comment_suggestions;"))).toBe(true);
  });

  it("offers the responses as XLSX: the same rows with an autofilter, and the codebook sheet", async () => {
    const csvRows = (await get("/api/exports/responses.csv?period=2025-Q2")).body.slice(1).trim().split("\r\n").length;
    const response = await get("/api/exports/responses.xlsx?period=2025-Q2");
    expect(response.statusCode).toBe(200);
    expect(String(response.headers["content-disposition"])).toContain(".xlsx");
    const wb = await book(response.rawPayload);
    const sheet = wb.getWorksheet("Анкеты")!;
    expect(sheet.rowCount).toBe(csvRows);
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getRow(1).getCell(4).value).toBe("submittedAt");
    expect(String(sheet.getRow(2).getCell(4).value)).toMatch(/\+03:00$/);
    expect(typeof sheet.getRow(2).getCell(8).value).toBe("number");
    const codebook = wb.getWorksheet("Кодовая книга")!;
    expect(codebook.getRow(1).getCell(1).value).toBe("Столбец");
    expect(codebook.rowCount).toBeGreaterThan(50);
  });

  it("formats the rating's figures with two decimals and filters its columns", async () => {
    const wb = await book((await get("/api/exports/rating.xlsx?period=2025-Q2&view=seeker")).rawPayload);
    const sheet = wb.worksheets[0]!;
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getColumn(5).numFmt).toBe("0.00");
    expect(sheet.getColumn(8).numFmt).toBe("0");
    const passport = await book((await get("/api/exports/unit/32/passport.xlsx?period=2025-Q2&view=seeker")).rawPayload);
    expect(passport.getWorksheet("Паспорт")!.getRow(3).getCell(2).numFmt).toBe("0.00");
    expect(passport.getWorksheet("Показатели")!.autoFilter).toBeTruthy();
  });
});
