// The worker that reads an uploaded XLSX off the event loop: the zip checked first, then exceljs, then plain cell values back.
import { parentPort, workerData } from "node:worker_threads";
import ExcelJS from "exceljs";
import { inspectWorkbookZip, WorkbookRefusal, type WorkbookLimits } from "./zip-inspection.js";
import type { PlainCellValue, PlainSheet, WorkbookJobResult } from "./plain-workbook.js";

/** A cell's value with formulas, rich text and hyperlinks unwrapped (dates stay dates). */
function plainCell(value: ExcelJS.CellValue): PlainCellValue {
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    if ("result" in value) return plainCell((value.result ?? null) as ExcelJS.CellValue);
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("text" in value) return String(value.text);
    if ("error" in value) return null;
    return null;
  }
  return value ?? null;
}

async function read(bytes: Uint8Array, limits: WorkbookLimits): Promise<WorkbookJobResult> {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    inspectWorkbookZip(zip, limits);
  } catch (error) {
    if (error instanceof WorkbookRefusal) return { ok: false, reason: error.reason, message: error.message };
    throw error;
  }
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(zip as never);
  } catch {
    return { ok: false, reason: "unreadable", message: "Файл не читается как книга Excel (XLSX)" };
  }
  const sheets: PlainSheet[] = book.worksheets.map((sheet) => {
    const rows: PlainCellValue[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      const cells: PlainCellValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => (cells[column] = plainCell(cell.value)));
      rows[number] = cells;
    });
    return { name: sheet.name, rowCount: sheet.rowCount, rows };
  });
  return { ok: true, sheets };
}

const job = workerData as { bytes: Uint8Array; limits: WorkbookLimits };
read(job.bytes, job.limits).then(
  (result) => parentPort?.postMessage(result),
  (error: unknown) =>
    parentPort?.postMessage({
      ok: false,
      reason: "unreadable",
      message: "Файл не читается как книга Excel (XLSX)",
      detail: String(error),
    } satisfies WorkbookJobResult),
);
