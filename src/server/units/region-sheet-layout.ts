// The layout of the region-structure XLSX, shared by the template writer and the reader.
import type { CellValue } from "exceljs";
import type { UnitKind } from "../../db/index.js";
import { weekdays } from "./unit-rules.js";

export const unitsSheetName = "Подразделения";
export const instructionsSheetName = "Инструкция";
export const dayHeaders = ["Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс"] as const;
export const headers = ["Код", "Вид", "Наименование", "Код родителя", ...dayHeaders] as const;
/** The column (1-based) of each field. */
export const columns = { code: 1, kind: 2, name: 3, parent: 4, firstDay: 5 } as const;
/** What a template writes for a day off; an empty cell among filled days means the same. */
export const dayOffText = "выходной";

const kindByText = new Map<string, Exclude<UnitKind, "region">>([
  ["управляющий", "managing"],
  ["управляющий цзн", "managing"],
  ["managing", "managing"],
  ["территориальный", "territorial"],
  ["территориальный цзн", "territorial"],
  ["territorial", "territorial"],
]);

/** A unit kind written in a cell («управляющий» / «территориальный»), or undefined. */
export function kindOfText(text: string): Exclude<UnitKind, "region"> | undefined {
  return kindByText.get(text.trim().toLowerCase().replaceAll("ё", "е"));
}

/** The word a template writes for a kind. */
export const kindText = (kind: UnitKind): string => (kind === "managing" ? "управляющий" : kind === "territorial" ? "территориальный" : "субъект");

/** The weekday key of each day column, in order. */
export const dayKeys = weekdays;

/** A cell's value as trimmed text ("" when empty): formula results and rich text unwrapped, numbers as written. */
export function cellText(cell: { value: CellValue }): string {
  let value: CellValue = cell.value;
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    if ("result" in value) value = (value.result ?? null) as CellValue;
    else if ("richText" in value) value = value.richText.map((r) => r.text).join("");
    else if ("text" in value) value = String(value.text);
  }
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  return String(value).trim();
}
