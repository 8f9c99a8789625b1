// Builds the XLSX template of objective data for a period: one sheet per checklist (an item per column), vacancies,
// events and channels, pre-filled with the units of the caller's scope and with what is already stored.
import ExcelJS from "exceljs";
import type { Methodology } from "../../core/index.js";
import { listObjectiveEntriesFor, readEntryDetailsOf, type ChecklistAnswer, type Db, type ListedScopeUnit, type StoredObjectiveEntry } from "../../db/index.js";
import { eventKinds, unitKindAllows } from "./objective-input.js";
import {
  answerText,
  channelsSheetName,
  checklistSheetName,
  eventKindText,
  eventsSheetName,
  instructionsSheetName,
  unitCodeHeader,
  unitNameHeader,
  vacanciesSheetName,
} from "./objective-workbook.js";

const bold = { bold: true } as const;
const answerList = { type: "list" as const, allowBlank: true, formulae: ['"да,нет,н/п"'] };

function instructions(book: ExcelJS.Workbook, m: Methodology, period: string): void {
  const sheet = book.addWorksheet(instructionsSheetName);
  sheet.getColumn(1).width = 110;
  const lines = [
    `Объективные данные за период ${period} (методика ${m.id})`,
    "",
    "Чек-листы: в строке подразделения на пересечении с пунктом укажите «да», «нет» или «н/п» (не применимо). Заполняются все пункты строки; пустая строка пропускается.",
    "Вакансии: число вакансий в базе на последний день периода и на тот же день годом ранее — целые неотрицательные числа.",
    `Мероприятия: одна строка на мероприятие — код подразделения, дата (ГГГГ-ММ-ДД, внутри периода), название, вид (${eventKinds.map((k) => k.name).join(", ")}). Мероприятия подразделения заменяют ранее введённые за период.`,
    "Каналы: «да» в колонке каждого канала, который предлагает подразделение; строка без «да» пропускается.",
    "",
    "Файл загружается целиком: если хотя бы одна строка содержит ошибку, не сохраняется ничего, а в ответе перечислены лист и номер каждой ошибочной строки — исправьте их в этом же файле и загрузите снова.",
    "Загруженные данные получают статус «на утверждении»; утверждённые данные можно изменить только после переоткрытия.",
  ];
  lines.forEach((text, i) => {
    const cell = sheet.getCell(i + 1, 1);
    cell.value = text;
    cell.alignment = { wrapText: true };
    if (i === 0) cell.font = bold;
  });
}

function unitColumns(sheet: ExcelJS.Worksheet): void {
  sheet.getColumn(1).width = 18;
  sheet.getColumn(2).width = 42;
}

/** The template as XLSX bytes. `units` are the caller's scope; stored entries of the period pre-fill the cells. */
export async function buildObjectiveTemplate(db: Db, m: Methodology, period: string, units: readonly ListedScopeUnit[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "Звезда клиентоцентричности ЦЗН";
  instructions(book, m, period);
  const stored = await listObjectiveEntriesFor(
    db,
    units.map((u) => u.id),
    period,
  );
  const details = await readEntryDetailsOf(
    db,
    stored.map((e) => e.id),
  );
  const entryOf = (unitId: string, indicator: string | null): StoredObjectiveEntry | undefined =>
    stored.find((e) => e.unitId === unitId && e.indicator === indicator);

  for (const list of m.checklists) {
    const sheet = book.addWorksheet(checklistSheetName(list), { views: [{ state: "frozen", xSplit: 2, ySplit: 2 }] });
    unitColumns(sheet);
    sheet.getRow(1).values = [unitCodeHeader, unitNameHeader, ...list.items.map((i) => i.code)];
    sheet.getRow(2).values = ["", list.name, ...list.items.map((i) => i.text)];
    sheet.getRow(1).font = bold;
    sheet.getRow(2).alignment = { wrapText: true, vertical: "top" };
    sheet.getRow(2).height = 90;
    list.items.forEach((_, i) => (sheet.getColumn(3 + i).width = 16));
    let row = 3;
    for (const unit of units.filter((u) => unitKindAllows(m, { kind: "checklist", checklist: list.code, answers: [] }, u.kind))) {
      const entry = entryOf(unit.id, list.indicator);
      const answers = new Map<string, ChecklistAnswer>((entry ? (details.get(entry.id)?.answers ?? []) : []).map((a) => [a.item, a.answer]));
      sheet.getRow(row).values = [
        unit.id,
        unit.name,
        ...list.items.map((i) => {
          const a = answers.get(i.code);
          return a ? answerText(a) : null;
        }),
      ];
      list.items.forEach((_, i) => (sheet.getCell(row, 3 + i).dataValidation = answerList));
      row++;
    }
  }

  const vacancy = m.indicators.find((i) => i.objective?.kind === "vacancyGrowth");
  const vacancies = book.addWorksheet(vacanciesSheetName, { views: [{ state: "frozen", xSplit: 2, ySplit: 1 }] });
  unitColumns(vacancies);
  vacancies.getRow(1).values = [unitCodeHeader, unitNameHeader, "Вакансий на конец периода", "Вакансий годом ранее"];
  vacancies.getRow(1).font = bold;
  vacancies.getColumn(3).width = 26;
  vacancies.getColumn(4).width = 24;
  units.forEach((unit, i) => {
    const payload = entryOf(unit.id, vacancy?.code ?? "")?.payload as { vacanciesNow?: number; vacanciesYearAgo?: number } | undefined;
    vacancies.getRow(2 + i).values = [unit.id, unit.name, payload?.vacanciesNow ?? null, payload?.vacanciesYearAgo ?? null];
  });

  const eventsIndicator = m.indicators.find((i) => i.objective?.kind === "events");
  const events = book.addWorksheet(eventsSheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  events.getRow(1).values = [unitCodeHeader, "Дата (ГГГГ-ММ-ДД)", "Название", "Вид"];
  events.getRow(1).font = bold;
  [18, 20, 60, 34].forEach((w, i) => (events.getColumn(i + 1).width = w));
  let eventRow = 2;
  for (const unit of units) {
    const entry = entryOf(unit.id, eventsIndicator?.code ?? "");
    if (!entry) continue;
    for (const e of details.get(entry.id)?.events ?? []) events.getRow(eventRow++).values = [unit.id, e.date, e.title, eventKindText(e.kind)];
  }
  for (let r = 2; r < Math.max(eventRow, 2) + 200; r++)
    events.getCell(r, 4).dataValidation = { type: "list", allowBlank: true, formulae: [`"${eventKinds.map((k) => k.name).join(",")}"`] };

  const channels = book.addWorksheet(channelsSheetName, { views: [{ state: "frozen", xSplit: 2, ySplit: 2 }] });
  unitColumns(channels);
  channels.getRow(1).values = [unitCodeHeader, unitNameHeader, ...m.channels.map((c) => c.code)];
  channels.getRow(2).values = ["", "", ...m.channels.map((c) => c.name)];
  channels.getRow(1).font = bold;
  channels.getRow(2).alignment = { wrapText: true, vertical: "top" };
  m.channels.forEach((_, i) => (channels.getColumn(3 + i).width = 16));
  units.forEach((unit, i) => {
    const offered = new Set((entryOf(unit.id, null)?.payload as { channels?: string[] } | undefined)?.channels ?? []);
    channels.getRow(3 + i).values = [unit.id, unit.name, ...m.channels.map((c) => (offered.has(c.code) ? "да" : null))];
  });

  return Buffer.from(await book.xlsx.writeBuffer());
}
