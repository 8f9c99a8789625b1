// Imports a filled objective-data template: every row checked (unit code, scope, values, duplicates, state of stored
// data), all or nothing in one transaction; a refused file answers with the sheet and row of every problem.
import type { Methodology } from "../../core/index.js";
import type { Db, ListedScopeUnit } from "../../db/index.js";
import type { Principal } from "../auth/access.js";
import { AppError, ValidationError } from "../errors/app-errors.js";
import { checkObjectiveInput, type ObjectiveInput } from "./objective-input.js";
import type { ImportRowError, ObjectiveImportReport } from "./objective-types.js";
import {
  answerOfText,
  channelsSheetName,
  checklistSheetName,
  codedHeaderRows,
  eventKindOfText,
  eventsSheetName,
  plainValue,
  templateSheetNames,
  vacanciesSheetName,
} from "./objective-workbook.js";
import { saveEntry } from "./objective-workflow.js";
import type { BookView, SheetRowView, SheetView } from "../uploads/plain-workbook.js";
import { readWorkbookBounded, type WorkbookLimits } from "../uploads/workbook-reader.js";

/** A national template: ~2,700 units on each sheet, and events a row each. */
export const objectiveWorkbookLimits: WorkbookLimits = { maxUncompressedBytes: 64 * 1024 * 1024, maxRows: 200_000, maxEntries: 200 };

/** One entry the file asks for, with where it came from. */
interface PlannedEntry {
  sheet: string;
  row: number;
  unit: ListedScopeUnit;
  input: ObjectiveInput;
  /** Events only: the row of each event. */
  eventRows?: number[];
}

const unknownUnit = (code: string): string => `неизвестный код подразделения «${code}» или подразделение вне вашей зоны доступа`;

/** Reads the sheets of the template into planned entries and row errors. */
function readSheets(book: BookView, m: Methodology, units: ReadonlyMap<string, ListedScopeUnit>, errors: ImportRowError[]): PlannedEntry[] {
  const planned: PlannedEntry[] = [];
  const fail = (sheet: string, row: number, message: string) => errors.push({ sheet, row, message });
  /** The unit of a data row, or undefined (an error is recorded) — also for a unit already listed on the sheet. */
  const unitOfRow = (sheet: string, rowNumber: number, code: string, seen: Set<string> | undefined): ListedScopeUnit | undefined => {
    const unit = units.get(code);
    if (!unit) return void fail(sheet, rowNumber, unknownUnit(code));
    if (seen?.has(code)) return void fail(sheet, rowNumber, `подразделение ${code} указано на листе повторно`);
    seen?.add(code);
    return unit;
  };
  const dataRows = (sheet: SheetView, first: number, each: (row: SheetRowView, n: number) => void) => {
    for (let n = first; n <= sheet.rowCount; n++) each(sheet.getRow(n), n);
  };
  const codesOf = (sheet: SheetView): string[] => {
    const codes: string[] = [];
    sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => (codes[col] = String(plainValue(cell) ?? "")));
    return codes;
  };

  for (const list of m.checklists) {
    const name = checklistSheetName(list);
    const sheet = book.getWorksheet(name);
    if (!sheet) continue;
    const codes = codesOf(sheet);
    const known = new Set(list.items.map((i) => i.code));
    const columns = codes.map((code, col) => ({ code, col })).filter((c) => c.col >= 3 && c.code !== "");
    for (const c of columns) if (!known.has(c.code)) fail(name, 1, `колонка «${c.code}»: в чек-листе нет такого пункта`);
    const seen = new Set<string>();
    dataRows(sheet, codedHeaderRows + 1, (row, n) => {
      const code = String(plainValue(row.getCell(1)) ?? "");
      const cells = columns.filter((c) => known.has(c.code)).map((c) => ({ ...c, value: plainValue(row.getCell(c.col)) }));
      if (cells.every((c) => c.value === undefined)) return;
      if (code === "") return void fail(name, n, "не указан код подразделения");
      const unit = unitOfRow(name, n, code, seen);
      const bad = cells.filter((c) => c.value !== undefined && answerOfText(String(c.value)) === undefined);
      for (const c of bad) fail(name, n, `пункт ${c.code}: «${String(c.value)}» — ожидается «да», «нет» или «н/п»`);
      if (!unit || bad.length > 0) return;
      const answers = cells.filter((c) => c.value !== undefined).map((c) => ({ item: c.code, answer: answerOfText(String(c.value)) ?? "na" }));
      planned.push({ sheet: name, row: n, unit, input: { kind: "checklist", checklist: list.code, answers } });
    });
  }

  const vacancies = book.getWorksheet(vacanciesSheetName);
  if (vacancies) {
    const seen = new Set<string>();
    dataRows(vacancies, 2, (row, n) => {
      const code = String(plainValue(row.getCell(1)) ?? "");
      const now = plainValue(row.getCell(3)),
        ago = plainValue(row.getCell(4));
      if (now === undefined && ago === undefined) return;
      if (code === "") return void fail(vacanciesSheetName, n, "не указан код подразделения");
      const unit = unitOfRow(vacanciesSheetName, n, code, seen);
      const number = (v: string | number | undefined, what: string): number | undefined => {
        const x = typeof v === "number" ? v : v === undefined ? NaN : Number(String(v).replace(/\s/g, "").replace(",", "."));
        if (!Number.isInteger(x) || x < 0) return void fail(vacanciesSheetName, n, `${what}: «${v ?? ""}» — нужно целое неотрицательное число`);
        return x;
      };
      const vacanciesNow = number(now, "вакансий на конец периода"),
        vacanciesYearAgo = number(ago, "вакансий годом ранее");
      if (unit && vacanciesNow !== undefined && vacanciesYearAgo !== undefined)
        planned.push({ sheet: vacanciesSheetName, row: n, unit, input: { kind: "vacancies", vacanciesNow, vacanciesYearAgo } });
    });
  }

  const events = book.getWorksheet(eventsSheetName);
  if (events) {
    const byUnit = new Map<
      string,
      PlannedEntry & { input: { kind: "events"; events: { date: string; title: string; kind: string }[] }; eventRows: number[] }
    >();
    const seen = new Set<string>();
    dataRows(events, 2, (row, n) => {
      const values = [1, 2, 3, 4].map((c) => plainValue(row.getCell(c)));
      if (values.every((v) => v === undefined)) return;
      const [code, date, title, kindText] = values.map((v) => (v === undefined ? "" : String(v)));
      if (code === "") return void fail(eventsSheetName, n, "не указан код подразделения");
      const unit = unitOfRow(eventsSheetName, n, code as string, undefined);
      const kind = eventKindOfText(kindText as string);
      if (kind === undefined) fail(eventsSheetName, n, `вид мероприятия «${kindText}» не из списка`);
      const key = `${code}\u0000${date}\u0000${(title as string).trim().toLowerCase()}`;
      if (seen.has(key)) return void fail(eventsSheetName, n, "мероприятие указано повторно (то же подразделение, дата и название)");
      seen.add(key);
      if (!unit || kind === undefined) return;
      const planned = byUnit.get(unit.id) ?? { sheet: eventsSheetName, row: n, unit, input: { kind: "events" as const, events: [] }, eventRows: [] };
      planned.input.events.push({ date: date as string, title: title as string, kind });
      planned.eventRows.push(n);
      byUnit.set(unit.id, planned);
    });
    planned.push(...byUnit.values());
  }

  const channels = book.getWorksheet(channelsSheetName);
  if (channels) {
    const codes = codesOf(channels);
    const columns = codes.map((code, col) => ({ code, col })).filter((c) => c.col >= 3 && c.code !== "");
    const seen = new Set<string>();
    dataRows(channels, codedHeaderRows + 1, (row, n) => {
      const code = String(plainValue(row.getCell(1)) ?? "");
      const cells = columns.map((c) => ({ ...c, value: plainValue(row.getCell(c.col)) }));
      if (cells.every((c) => c.value === undefined)) return;
      if (code === "") return void fail(channelsSheetName, n, "не указан код подразделения");
      const unit = unitOfRow(channelsSheetName, n, code, seen);
      const bad = cells.filter((c) => c.value !== undefined && !["yes", "no"].includes(answerOfText(String(c.value)) ?? ""));
      for (const c of bad) fail(channelsSheetName, n, `канал ${c.code}: «${String(c.value)}» — ожидается «да» или пусто`);
      if (!unit || bad.length > 0) return;
      planned.push({
        sheet: channelsSheetName,
        row: n,
        unit,
        input: { kind: "channels", channels: cells.filter((c) => c.value !== undefined && answerOfText(String(c.value)) === "yes").map((c) => c.code) },
      });
    });
  }
  return planned;
}

function refuse(m: Methodology, errors: readonly ImportRowError[]): never {
  const order = templateSheetNames(m);
  const sorted = [...errors].sort((a, b) => order.indexOf(a.sheet) - order.indexOf(b.sheet) || a.row - b.row);
  const shown = sorted.slice(0, 5).map((e) => `лист «${e.sheet}», строка ${e.row}: ${e.message}`);
  throw new ValidationError(
    `Файл не загружен, ошибок: ${errors.length}. ${shown.join("; ")}${errors.length > shown.length ? "; …" : ""}`,
    sorted.map((e) => ({ sheet: e.sheet, row: e.row, code: "row_invalid", message: e.message })),
  );
}

/**
 * Imports `bytes` (a filled template) for `period` as `principal`, whose scope is `units`: all or nothing.
 * Imported entries are stored `submitted` (they replace drafts and returned entries; approved or submitted ones
 * refuse the row). Throws ValidationError with `details.problems` listing every bad row (sheet and row).
 */
export async function importObjectiveWorkbook(
  db: Db,
  m: Methodology,
  principal: Principal,
  period: string,
  units: readonly ListedScopeUnit[],
  bytes: Buffer,
): Promise<ObjectiveImportReport> {
  const book = await readWorkbookBounded(bytes, objectiveWorkbookLimits);
  if (!templateSheetNames(m).some((name) => book.getWorksheet(name))) {
    throw new ValidationError(`В файле нет ни одного листа шаблона (${templateSheetNames(m).join(", ")})`);
  }
  const errors: ImportRowError[] = [];
  const planned = readSheets(book, m, new Map(units.map((u) => [u.id, u])), errors);
  for (const p of planned) {
    for (const issue of checkObjectiveInput(m, p.input, period, p.unit.kind, true)) {
      const event = /^events\[(\d+)\]/.exec(issue.field);
      const row = event && p.eventRows ? (p.eventRows[Number(event[1])] ?? p.row) : p.row;
      errors.push({ sheet: p.sheet, row, message: event ? issue.message.replace(/^Мероприятие \d+: /, "") : issue.message });
    }
  }
  if (errors.length > 0) refuse(m, errors);
  if (planned.length === 0) throw new ValidationError("В файле не заполнено ни одной строки");
  const report: ObjectiveImportReport = { created: 0, updated: 0, status: "submitted" };
  await db.transaction().execute(async (trx) => {
    for (const p of planned) {
      try {
        const saved = await saveEntry(trx, m, principal, { unitId: p.unit.id, unitKind: p.unit.kind, period, input: p.input, submit: true });
        if (saved.created) report.created++;
        else report.updated++;
      } catch (error) {
        if (!(error instanceof AppError) || error.statusCode >= 500) throw error;
        errors.push({ sheet: p.sheet, row: p.row, message: error.message });
      }
    }
    if (errors.length > 0) refuse(m, errors);
  });
  return report;
}
