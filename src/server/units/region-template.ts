// Writes the region-structure XLSX template, pre-filled with the region's current units (parents first).
import ExcelJS from "exceljs";
import type { UnitDetails } from "../../db/index.js";
import { dayKeys, dayOffText, headers, instructionsSheetName, kindText, unitsSheetName } from "./region-sheet-layout.js";

const instructions = [
  "Структура субъекта РФ: одна строка — одно подразделение (управляющий или территориальный ЦЗН).",
  "Код — как в ссылках опроса: латинские буквы, цифры и знаки . _ - ; двузначные коды заняты субъектами.",
  "Вид — «управляющий» или «территориальный». Управляющий ЦЗН подчиняется только субъекту и только в централизованной сети.",
  "Код родителя — код субъекта, управляющего ЦЗН или другой строки этого файла.",
  "Часы работы — «09:00-18:00» по местному времени субъекта; «выходной» или пустая ячейка — выходной день;",
  "все семь ячеек пустые — часы как у вышестоящего подразделения.",
  "Строки с существующими кодами обновляют подразделения, с новыми — создают их; подразделения, которых нет в файле, не меняются.",
  "Файл принимается целиком или не принимается вовсе: при ошибках ответ называет каждую строку с ошибкой.",
];

/** Units of the region below it, parents before children, then by code. */
function parentsFirst(regionId: string, units: readonly UnitDetails[]): UnitDetails[] {
  const children = new Map<string, UnitDetails[]>();
  for (const u of units) if (u.parentId !== null) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u]);
  const out: UnitDetails[] = [];
  let level = children.get(regionId) ?? [];
  while (level.length > 0) {
    const sorted = [...level].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    out.push(...sorted);
    level = sorted.flatMap((u) => children.get(u.id) ?? []);
  }
  return out;
}

/** The template workbook as XLSX bytes: headers, then the region's units below the region. */
export async function regionTemplate(regionId: string, units: readonly UnitDetails[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(unitsSheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow([...headers]).font = { bold: true };
  sheet.columns.forEach((column, i) => (column.width = i === 2 ? 48 : i < 4 ? 16 : 13));
  for (const u of parentsFirst(regionId, units)) {
    const hours = u.hours as Record<string, string | null> | null;
    sheet.addRow([u.id, kindText(u.kind), u.name, u.parentId ?? "", ...dayKeys.map((d) => (hours === null ? "" : (hours[d] ?? dayOffText)))]);
  }
  const help = workbook.addWorksheet(instructionsSheetName);
  help.getColumn(1).width = 120;
  for (const line of instructions) help.addRow([line]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
