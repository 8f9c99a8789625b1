// The XLSX template round trip (download → fill with exceljs → upload → entries stored) and a refused upload that
// imports nothing and names the sheet and row of every bad row.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDefaultMethodology } from "../../../src/cli/methodology-files.js";
import { startAuthServer } from "../../support/auth-server.js";
import { backends } from "../../support/databases.js";
import type { SurveyServer } from "../../support/survey-server.js";
import { callerOf, type Caller } from "./objective-support.js";

const m = loadDefaultMethodology();
const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async function workbookOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as never);
  return book;
}

/** The row of `unit` on a sheet (by its code in column 1). */
function rowOf(sheet: ExcelJS.Worksheet, unit: string): ExcelJS.Row {
  for (let n = 1; n <= sheet.rowCount; n++) if (sheet.getRow(n).getCell(1).value === unit) return sheet.getRow(n);
  throw new Error(`no row for ${unit} on ${sheet.name}`);
}

describe.each(backends)("objective XLSX import on %s", (backend) => {
  let server: SurveyServer;
  let radmin: Caller, umanager: Caller;
  beforeAll(async () => {
    server = await startAuthServer(backend);
    [radmin, umanager] = await Promise.all([callerOf(server.app, "radmin"), callerOf(server.app, "umanager")]);
  });
  afterAll(async () => server?.close());

  const download = async (caller: Caller, period: string) => {
    const response = await caller.get(`/api/objective/template.xlsx?period=${period}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe(xlsxType);
    return workbookOf(response.rawPayload);
  };
  const upload = async (caller: Caller, period: string, book: ExcelJS.Workbook) =>
    caller.upload(`/api/objective/import?period=${period}`, { name: "objective.xlsx", type: xlsxType, data: Buffer.from(await book.xlsx.writeBuffer()) });
  const entryCount = async () =>
    Number(
      (
        await server.database.db
          .selectFrom("objective_entries")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("lists the caller's units on every sheet and round-trips a filled template into submitted entries", async () => {
    const book = await download(radmin, "2025-Q3");
    const comfort = book.getWorksheet("Чек-лист К1")!;
    const items = m.checklists.find((c) => c.code === "comfort")!.items;
    expect(comfort.getRow(1).values).toEqual([undefined, "Код подразделения", "Подразделение", ...items.map((i) => i.code)]);
    // Open centres of region 32 only (the closed 32-02 and other regions are not listed; the region holds no office checklist).
    expect([3, 4].map((n) => comfort.getRow(n).getCell(1).value)).toEqual(["32-01", "32-03"]);
    expect(comfort.rowCount).toBe(4);
    expect(book.getWorksheet("Чек-лист М2")!.getRow(3).getCell(1).value).toBe("32");
    expect((await download(umanager, "2025-Q3")).getWorksheet("Вакансии")!.getRow(2).getCell(1).value).toBe("32-01");

    const row = rowOf(comfort, "32-01");
    items.forEach((_, i) => (row.getCell(3 + i).value = i === 0 ? "нет" : i === 1 ? "н/п" : "да"));
    const site = rowOf(book.getWorksheet("Чек-лист М2")!, "32");
    m.checklists.find((c) => c.code === "site")!.items.forEach((_, i) => (site.getCell(3 + i).value = "Да"));
    const vacancies = rowOf(book.getWorksheet("Вакансии")!, "32");
    vacancies.getCell(3).value = 1200;
    vacancies.getCell(4).value = "1 000";
    const events = book.getWorksheet("Мероприятия")!;
    events.getRow(2).values = ["32-01", new Date(Date.UTC(2025, 6, 15)), "Ярмарка вакансий «Молодёжь»", "ярмарка вакансий"];
    events.getRow(3).values = ["32-01", "2025-09-03", "Встреча с работодателями района", "встреча с работодателями"];
    const channels = book.getWorksheet("Каналы")!;
    const codes = channels.getRow(1).values as unknown[];
    const channelRow = rowOf(channels, "32");
    for (const code of ["office", "site", "portal"]) channelRow.getCell(codes.indexOf(code)).value = "да";

    const response = await upload(radmin, "2025-Q3", book);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ created: 5, updated: 0, status: "submitted" });

    const page = (await radmin.get("/api/objective?unit=32-01&period=2025-Q3")).json();
    const k1 = page.checklists.find((c: { code: string }) => c.code === "comfort").entry;
    expect(k1).toMatchObject({ status: "submitted", payload: { met: items.length - 2, applicable: items.length - 1 }, submittedBy: { login: "radmin" } });
    expect(k1.answers.find((a: { item: string }) => a.item === "comfort-02").answer).toBe("na");
    expect(page.events.entry).toMatchObject({
      payload: { events: 2 },
      events: [
        { date: "2025-07-15", kind: "job_fair" },
        { date: "2025-09-03", kind: "employer_meeting" },
      ],
    });
    expect(page.vacancies.inherited.entry).toMatchObject({ payload: { vacanciesNow: 1200, vacanciesYearAgo: 1000 } });
    expect(page.channels.inherited.entry.payload).toEqual({ channels: ["office", "site", "portal"] });

    // The next template of the period is pre-filled with what is stored, so the same file can be corrected.
    const again = await download(radmin, "2025-Q3");
    expect(rowOf(again.getWorksheet("Чек-лист К1")!, "32-01").getCell(3).value).toBe("нет");
    expect(again.getWorksheet("Мероприятия")!.getRow(2).values).toEqual([undefined, "32-01", "2025-07-15", "Ярмарка вакансий «Молодёжь»", "ярмарка вакансий"]);
    const audit = await server.database.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity", "=", "objective_entry")
      .where("actor_id", "is not", null)
      .execute();
    expect(audit.filter((a) => a.action === "objective.create")).toHaveLength(5);
  });

  it("refuses a file with bad rows as a whole and names every bad row", async () => {
    const before = await entryCount();
    const book = await download(radmin, "2025-Q4");
    const comfort = book.getWorksheet("Чек-лист К1")!;
    const items = m.checklists.find((c) => c.code === "comfort")!.items;
    const fill = (row: ExcelJS.Row, unit: string, value = "да") => {
      row.getCell(1).value = unit;
      items.forEach((_, i) => (row.getCell(3 + i).value = value));
    };
    fill(rowOf(comfort, "32-03"), "32-03"); // good
    const bad = rowOf(comfort, "32-01");
    fill(bad, "32-01");
    bad.getCell(5).value = "может быть"; // row 3: a bad value
    fill(comfort.getRow(5), "32-03"); // row 5: 32-03 again
    fill(comfort.getRow(6), "99-99"); // row 6: unknown
    fill(comfort.getRow(7), "25-01"); // row 7: another region's (unknown here too)
    const vacancies = book.getWorksheet("Вакансии")!;
    const v = rowOf(vacancies, "32");
    v.getCell(3).value = -4;
    v.getCell(4).value = 100;
    const events = book.getWorksheet("Мероприятия")!;
    events.getRow(2).values = ["32-01", "2025-12-31", "Ярмарка", "ярмарка вакансий"];
    events.getRow(3).values = ["32-01", "2026-01-10", "Ярмарка", "ярмарка вакансий"];
    events.getRow(4).values = ["32-01", "2025-12-31", "Ярмарка", "ярмарка вакансий"];
    events.getRow(5).values = ["32-03", "2025-11-02", "Семинар", "вебинар"];

    const response = await upload(radmin, "2025-Q4", book);
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.message).toMatch(/^Файл не загружен, ошибок: 8\./);
    expect(error.code).toBe("validation_failed");
    expect(new Set(error.details.problems.map((p: { code: string }) => p.code))).toEqual(new Set(["row_invalid"]));
    expect(error.details.problems.map(({ sheet, row, message }: { sheet: string; row: number; message: string }) => ({ sheet, row, message }))).toEqual([
      { sheet: "Чек-лист К1", row: 3, message: "пункт comfort-03: «может быть» — ожидается «да», «нет» или «н/п»" },
      { sheet: "Чек-лист К1", row: 5, message: "подразделение 32-03 указано на листе повторно" },
      { sheet: "Чек-лист К1", row: 6, message: "неизвестный код подразделения «99-99» или подразделение вне вашей зоны доступа" },
      { sheet: "Чек-лист К1", row: 7, message: "неизвестный код подразделения «25-01» или подразделение вне вашей зоны доступа" },
      { sheet: "Вакансии", row: 2, message: "вакансий на конец периода: «-4» — нужно целое неотрицательное число" },
      { sheet: "Мероприятия", row: 3, message: "дата 2026-01-10 лежит вне периода 2025-Q4" },
      { sheet: "Мероприятия", row: 4, message: "мероприятие указано повторно (то же подразделение, дата и название)" },
      { sheet: "Мероприятия", row: 5, message: expect.stringContaining("вид мероприятия «вебинар» не из списка") },
    ]);
    expect(await entryCount()).toBe(before);
  });

  it("refuses rows whose stored data wait for approval, and a file that is not a workbook", async () => {
    const book = await download(umanager, "2025-Q3");
    const row = rowOf(book.getWorksheet("Вакансии")!, "32-01");
    row.getCell(3).value = 10;
    row.getCell(4).value = 10;
    const events = book.getWorksheet("Мероприятия")!;
    expect(events.getRow(2).getCell(1).value).toBe("32-01");
    const before = await entryCount();
    const response = await upload(umanager, "2025-Q3", book);
    expect(response.statusCode).toBe(400);
    // The template came pre-filled with the checklist and events radmin imported; those are waiting for approval.
    const waiting = "Данные отправлены на утверждение: изменить их можно после возврата на доработку";
    const rows = response
      .json()
      .error.details.problems.map(({ sheet, row, message }: { sheet: string; row: number; message: string }) => ({ sheet, row, message }));
    expect(rows).toEqual([
      { sheet: "Чек-лист К1", row: 3, message: waiting },
      { sheet: "Мероприятия", row: 2, message: waiting },
    ]);
    expect(await entryCount()).toBe(before);

    const junk = await umanager.upload("/api/objective/import?period=2025-Q3", { name: "x.xlsx", type: xlsxType, data: Buffer.from("not a zip") });
    expect(junk.statusCode).toBe(400);
    expect(junk.json().error.message).toContain("XLSX");
  });
});
