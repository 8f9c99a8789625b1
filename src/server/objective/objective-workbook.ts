// The layout of the objective-data XLSX template, shared by the template writer and the importer.
import type { CellValue } from "exceljs";
import type { ChecklistDef, Methodology } from "../../core/index.js";
import type { ChecklistAnswer } from "../../db/index.js";
import { answerLabels, eventKinds } from "./objective-input.js";

export const unitCodeHeader = "Код подразделения";
export const unitNameHeader = "Подразделение";

/** The sheet of a checklist: item codes in row 1, their texts in row 2, one unit per row from row 3. */
export const checklistSheetName = (c: ChecklistDef): string => `Чек-лист ${c.indicator}`;
export const vacanciesSheetName = "Вакансии";
export const eventsSheetName = "Мероприятия";
export const channelsSheetName = "Каналы";
export const instructionsSheetName = "Инструкция";
/** Rows before the data on checklist and channel sheets (codes, then texts); one on the other sheets. */
export const codedHeaderRows = 2;

/** The sheets a methodology's template has, by name. */
export function templateSheetNames(m: Methodology): string[] {
  return [...m.checklists.map(checklistSheetName), vacanciesSheetName, eventsSheetName, channelsSheetName];
}

const answerByLabel = new Map<string, ChecklistAnswer>([
  ["да", "yes"],
  ["yes", "yes"],
  ["+", "yes"],
  ["1", "yes"],
  ["нет", "no"],
  ["no", "no"],
  ["-", "no"],
  ["0", "no"],
  ["н/п", "na"],
  ["нп", "na"],
  ["na", "na"],
  ["n/a", "na"],
  ["не применимо", "na"],
]);

/** A checklist answer written in a cell («да», «нет», «н/п» and a few synonyms), or undefined. */
export function answerOfText(text: string): ChecklistAnswer | undefined {
  return answerByLabel.get(text.trim().toLowerCase().replaceAll("ё", "е"));
}

/** The label a template writes for an answer. */
export const answerText = (a: ChecklistAnswer): string => answerLabels[a];

/** An event kind from its code or its Russian name, or undefined. */
export function eventKindOfText(text: string): string | undefined {
  const t = text.trim().toLowerCase();
  return eventKinds.find((k) => k.code === t || k.name === t)?.code;
}

/** The name a template writes for an event kind. */
export const eventKindText = (code: string): string => eventKinds.find((k) => k.code === code)?.name ?? code;

/** A cell's value as plain text or number: formula results, rich text and dates (as YYYY-MM-DD) unwrapped. */
export function plainValue(cell: { value: CellValue }): string | number | undefined {
  let value: CellValue = cell.value;
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    if ("result" in value) value = (value.result ?? null) as CellValue;
    else if ("richText" in value) value = value.richText.map((r) => r.text).join("");
    else if ("text" in value) value = String(value.text);
  }
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? "да" : "нет";
  const text = String(value).trim();
  return text === "" ? undefined : text;
}
