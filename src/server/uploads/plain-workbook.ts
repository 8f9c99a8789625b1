// A workbook as plain values (what the upload worker sends back), read through the few exceljs calls the importers use.

/** A cell's value once formulas and rich text are unwrapped. */
export type PlainCellValue = string | number | boolean | Date | null;

export interface PlainSheet {
  name: string;
  rowCount: number;
  /** Sparse: rows[rowNumber][columnNumber], both from 1 as in Excel. */
  rows: PlainCellValue[][];
}

export type WorkbookJobResult =
  | { ok: true; sheets: PlainSheet[] }
  | { ok: false; reason: "too_large" | "too_many_rows" | "unreadable" | "out_of_memory" | "timeout"; message: string; detail?: string };

/** A cell as the importers read it (`cell.value`). */
export interface ValueCell {
  value: PlainCellValue;
}

export interface SheetRowView {
  getCell(column: number): ValueCell;
  eachCell(options: { includeEmpty: boolean }, each: (cell: ValueCell, column: number) => void): void;
}

export interface SheetView {
  name: string;
  rowCount: number;
  getRow(row: number): SheetRowView;
}

export interface BookView {
  worksheets: SheetView[];
  getWorksheet(name: string): SheetView | undefined;
}

const emptyRow: PlainCellValue[] = [];

function rowView(cells: PlainCellValue[] | undefined): SheetRowView {
  const values = cells ?? emptyRow;
  return {
    getCell: (column) => ({ value: values[column] ?? null }),
    eachCell: (options, each) => {
      for (let column = 1; column < values.length; column++) {
        const value = values[column];
        if (value !== undefined && value !== null) each({ value }, column);
        else if (options.includeEmpty) each({ value: null }, column);
      }
    },
  };
}

/** The plain sheets with the exceljs-like calls the importers use. */
export function bookView(sheets: readonly PlainSheet[]): BookView {
  const views: SheetView[] = sheets.map((sheet) => ({ name: sheet.name, rowCount: sheet.rowCount, getRow: (n) => rowView(sheet.rows[n]) }));
  return { worksheets: views, getWorksheet: (name) => views.find((v) => v.name === name) };
}
