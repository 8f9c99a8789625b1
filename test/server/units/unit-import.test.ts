// Region structure from XLSX: the template round trip, a file with bad rows that changes nothing, and the guards.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { maxImportBytes } from "../../../src/server/units/unit-import-routes.js";
import { adminClient, type AdminClient } from "../../support/admin-api.js";
import { startAuthServer } from "../../support/auth-server.js";
import { backends } from "../../support/databases.js";
import type { SurveyServer } from "../../support/survey-server.js";

const header = ["Код", "Вид", "Наименование", "Код родителя", "Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс"];

async function workbookOf(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Подразделения");
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe.each(backends)("region structure import on %s", (backend) => {
  let server: SurveyServer;
  let radmin: AdminClient;
  const units = () => server.database.db.selectFrom("org_units").select(["id", "kind", "name", "parent_id", "hours"]).orderBy("id").execute();

  beforeAll(async () => {
    server = await startAuthServer(backend);
    radmin = await adminClient(server, "radmin");
    await server.database.db.updateTable("org_units").set({ network: "centralized" }).where("id", "=", "32").execute();
    await server.database.db.insertInto("org_units").values({ id: "25-01", kind: "territorial", name: "ЦЗН Приморья", parent_id: "25" }).execute();
  });
  afterAll(async () => server?.close());

  it("round-trips the template: download, edit with exceljs, upload, units changed and audited", async () => {
    const download = await radmin.get("/api/units/import-template.xlsx?region=32");
    expect(download.statusCode).toBe(200);
    expect(download.headers["content-type"]).toContain("spreadsheetml");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(download.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Подразделения")!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(header);
    const codes = [2, 3, 4].map((r) => sheet.getRow(r).getCell(1).value);
    expect(codes).toEqual(["32-01", "32-02", "32-03"]);
    expect(sheet.getRow(2).getCell(2).value).toBe("территориальный");
    expect(sheet.getRow(2).getCell(4).value).toBe("32");

    sheet.getRow(2).getCell(3).value = "ЦЗН Брянского района (новое имя)";
    sheet.getRow(4).getCell(5).value = "08:00-17:00";
    sheet.addRow(["32-M", "управляющий", "ГКУ «ЦЗН Брянской области»", "32"]);
    sheet.addRow([
      "32-20",
      "территориальный",
      "Отдел ЦЗН г. Клинцы",
      "32-M",
      "09:00-18:00",
      "09:00-18:00",
      "09:00-18:00",
      "09:00-18:00",
      "09:00-17:00",
      "выходной",
      "",
    ]);
    const upload = await radmin.upload("/api/units/import?region=32", "structure.xlsx", Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(upload.statusCode, upload.body).toBe(200);
    expect(upload.json()).toEqual({ created: 2, updated: 2, unchanged: 1 });

    const after = new Map((await units()).map((u) => [u.id, u]));
    expect(after.get("32-01")?.name).toBe("ЦЗН Брянского района (новое имя)");
    expect(after.get("32-03")?.hours).toEqual({ mon: "08:00-17:00", tue: null, wed: null, thu: null, fri: null, sat: null, sun: null });
    expect(after.get("32-M")).toMatchObject({ kind: "managing", parent_id: "32" });
    expect(after.get("32-20")).toMatchObject({ kind: "territorial", parent_id: "32-M", hours: { fri: "09:00-17:00", sat: null, sun: null } });
    const audit = (await radmin.get("/api/audit?unit=32&limit=10")).json().entries;
    expect(audit.map((e: { action: string; entityId: string }) => `${e.action} ${e.entityId}`)).toEqual(
      expect.arrayContaining(["unit.import 32", "unit.create 32-M", "unit.create 32-20", "unit.update 32-01", "unit.update 32-03"]),
    );
    const rename = audit.find((e: { action: string; entityId: string }) => e.action === "unit.update" && e.entityId === "32-01");
    expect(rename).toMatchObject({ before: { name: "ЦЗН Брянского района" }, after: { name: "ЦЗН Брянского района (новое имя)" } });
  });

  it("refuses a file with bad rows as a whole, naming each bad row", async () => {
    const before = await units();
    const bytes = await workbookOf([
      ["32-30", "территориальный", "Хорошая строка", "32"],
      ["32-31", "территориальный", "Неизвестный родитель", "32-99"],
      ["32-32", "филиал", "Плохой вид", "32"],
      ["32-30", "территориальный", "Повтор кода", "32"],
      ["25-01", "территориальный", "Чужой код", "32"],
      ["32-33", "территориальный", "Плохие часы", "32", "9-18"],
      ["32-34", "управляющий", "Цикл А", "32-35"],
      ["32-35", "территориальный", "Цикл Б", "32-34"],
      ["32-36", "территориальный", "Родитель в другом субъекте", "25-01"],
    ]);
    const response = await radmin.upload("/api/units/import?region=32", "bad.xlsx", bytes);
    expect(response.statusCode, response.body).toBe(422);
    expect(response.json().error.code).toBe("import_rejected");
    const errors: { row: number; code: string; message: string }[] = response.json().error.details.problems;
    expect(errors.every((e) => e.code === "row_invalid")).toBe(true);
    const rowsWithErrors = [...new Set(errors.map((e) => e.row))];
    expect(rowsWithErrors).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    const messageOf = (row: number) =>
      errors
        .filter((e) => e.row === row)
        .map((e) => e.message)
        .join("; ");
    expect(messageOf(3)).toContain("неизвестный код родителя «32-99»");
    expect(messageOf(4)).toContain("вид «филиал» не распознан");
    expect(messageOf(5)).toContain("уже встречается в строке 2");
    expect(messageOf(6)).toContain("другому субъекту");
    expect(messageOf(7)).toContain("часы работы «9-18»");
    expect(messageOf(8) + messageOf(9)).toContain("цикл");
    expect(messageOf(10)).toContain("другому субъекту");
    expect(response.json().error.message).toContain("строка 3");
    expect(await units()).toEqual(before);
  });

  it("keeps a regional admin to its own region and refuses what is not an XLSX upload", async () => {
    const bytes = await workbookOf([["25-02", "территориальный", "Чужой", "25"]]);
    expect((await radmin.upload("/api/units/import?region=25", "x.xlsx", bytes)).statusCode).toBe(404);
    expect((await radmin.get("/api/units/import-template.xlsx?region=25")).statusCode).toBe(404);
    expect((await radmin.get("/api/units/import-template.xlsx?region=32-01")).statusCode).toBe(400);
    expect((await radmin.post("/api/units/import?region=32", {})).statusCode).toBe(415);
    const notXlsx = await radmin.upload("/api/units/import?region=32", "x.xlsx", Buffer.from("not a workbook"));
    expect(notXlsx.statusCode).toBe(400);
    expect(notXlsx.json().error.message).toContain("Excel");
    const tooLarge = await radmin.upload("/api/units/import?region=32", "big.xlsx", Buffer.alloc(maxImportBytes + 1));
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().error.message).toContain("МБ");
    const umanager = await adminClient(server, "umanager");
    expect((await umanager.upload("/api/units/import?region=32", "x.xlsx", bytes)).statusCode).toBe(403);
  });
});
