// The responses of a period as a streamed XLSX workbook: «Анкеты» (one row per response, autofilter, frozen header)
// and «Кодовая книга» (what every column and code means). Rows are written as they are read: memory stays bounded.
import { PassThrough, type Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { Methodology } from "../../core/index.js";
import type { StoredResponse } from "../../db/index.js";
import { codebookHeaders, codebookRows } from "./responses-codebook.js";
import { responseCells, type CsvLayout } from "./responses-csv.js";

/** Starts writing the workbook of `pages` and returns its byte stream. */
export function responsesWorkbookStream(
  m: Methodology,
  layout: CsvLayout,
  pages: AsyncIterable<StoredResponse[]>,
  zoneOf: (unitId: string) => string,
): Readable {
  const out = new PassThrough();
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  book.creator = "Звезда клиентоцентричности ЦЗН";
  void (async () => {
    const sheet = book.addWorksheet("Анкеты", { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = layout.headers.map((h, i) => ({ header: h, key: h, width: i === 0 ? 38 : i === 3 ? 26 : h.startsWith("comment_") ? 40 : 12 }));
    sheet.getRow(1).font = { bold: true };
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: layout.headers.length } };
    for await (const page of pages)
      for (const r of page)
        sheet
          .addRow(responseCells(r, layout, zoneOf(r.unitId)).map((v) => (v === undefined || v === null ? null : typeof v === "object" ? JSON.stringify(v) : v)))
          .commit();
    sheet.commit();
    const codebook = book.addWorksheet("Кодовая книга", { views: [{ state: "frozen", ySplit: 1 }] });
    codebook.columns = codebookHeaders.map((h, i) => ({ header: h, key: h, width: [18, 14, 8, 70, 90][i] }));
    codebook.getRow(1).font = { bold: true };
    codebook.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: codebookHeaders.length } };
    for (const row of codebookRows(m)) codebook.addRow(row).commit();
    codebook.commit();
    await book.commit();
  })().catch((error: unknown) => out.destroy(error as Error));
  return out;
}
