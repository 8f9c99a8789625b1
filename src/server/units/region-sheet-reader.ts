// Reads the rows of an uploaded region-structure XLSX as text, with their sheet row numbers.
import { BadRequestError } from "../errors/app-errors.js";
import { textProblem } from "../input-policy/text-rules.js";
import { readWorkbookBounded, type WorkbookLimits } from "../uploads/workbook-reader.js";
import { cellText, columns, dayHeaders, headers, unitsSheetName } from "./region-sheet-layout.js";

/** One filled row of the sheet, every cell as trimmed text. */
export interface SheetRow {
  /** The row number as Excel shows it. */
  row: number;
  code: string;
  kind: string;
  name: string;
  parent: string;
  /** Monday to Sunday. */
  days: string[];
}

/** At most this many rows are read: a region has tens to hundreds of centres. */
export const maxSheetRows = 5_000;

/** The limits of the uploaded file itself, checked before it is parsed (rows of every sheet, with headers). */
export const regionWorkbookLimits: WorkbookLimits = { maxUncompressedBytes: 32 * 1024 * 1024, maxRows: maxSheetRows + 100, maxEntries: 100 };

/** The data rows of the workbook's structure sheet; 400 for a file that is not such a workbook. */
export async function readRegionSheet(bytes: Buffer): Promise<SheetRow[]> {
  const workbook = await readWorkbookBounded(bytes, regionWorkbookLimits);
  const sheet = workbook.getWorksheet(unitsSheetName) ?? workbook.worksheets[0];
  if (!sheet) throw new BadRequestError("В книге нет листов");
  const header = headers.map((_, i) => cellText(sheet.getRow(1).getCell(i + 1)).toLowerCase());
  if (header.some((h, i) => h !== headers[i]!.toLowerCase())) {
    throw new BadRequestError(`Первая строка листа «${sheet.name}» должна содержать заголовки: ${headers.join(", ")} (скачайте шаблон)`);
  }
  const rows: SheetRow[] = [];
  for (let number = 2; number <= sheet.rowCount; number++) {
    const row = sheet.getRow(number);
    const text = (column: number) => cellText(row.getCell(column));
    const read: SheetRow = {
      row: number,
      code: text(columns.code),
      kind: text(columns.kind),
      name: text(columns.name),
      parent: text(columns.parent),
      days: dayHeaders.map((_, i) => text(columns.firstDay + i)),
    };
    for (const [field, value] of [
      ["код", read.code],
      ["вид", read.kind],
      ["наименование", read.name],
      ["код родителя", read.parent],
      ...read.days.map((d, i) => [dayHeaders[i]!, d]),
    ] as const) {
      const problem = textProblem(value);
      if (problem) throw new BadRequestError(`Строка ${number}, столбец «${field}» ${problem}`);
    }
    if (!read.code && !read.kind && !read.name && !read.parent && read.days.every((d) => d === "")) continue;
    rows.push(read);
    if (rows.length > maxSheetRows) throw new BadRequestError(`В файле больше ${maxSheetRows} строк подразделений`);
  }
  return rows;
}
