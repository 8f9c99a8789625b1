// A unit's passport as an XLSX workbook: star values, groups, the indicators, the country for comparison.
import ExcelJS from "exceljs";
import { roundHalfUp, type Methodology } from "../../core/index.js";
import type { Figures, IndicatorRow } from "../dashboard/dashboard-types.js";
import type { UnitPage } from "../../contract/dashboard.js";
import { statusTitles, viewTitles } from "./export-texts.js";

/** Headers of the indicator table. */
export const indicatorHeaders = [
  "Код",
  "Показатель",
  "Группа",
  "Максимум",
  "Значение (0–1)",
  "Баллы",
  "Доля по опросу",
  "Ответов (n)",
  "ДИ 95 %: нижняя граница",
  "ДИ 95 %: верхняя граница",
  "Объективная часть",
  "Значение по стране",
] as const;

/** Headers of the star table. */
export const starHeaders = ["", "Подразделение", "Страна", "Прошлый период"] as const;

function figureRows(page: UnitPage, m: Methodology): (string | number | null)[][] {
  const round = (x: number | undefined) => (x === undefined ? null : roundHalfUp(x, m.rounding.decimals));
  const line = (label: string, pick: (f: Figures) => number | undefined) => [
    label,
    round(pick(page.figures)),
    round(pick(page.country)),
    page.previous ? round(pick(page.previous)) : null,
  ];
  return [
    line(`Индекс (0–${m.total})`, (f) => f.index),
    line("Индекс (0–100)", (f) => f.percent),
    line("Звёзды", (f) => f.stars),
    line("Ответов (n)", (f) => f.n),
    line("ДИ 95 %: нижняя граница", (f) => f.ci?.[0]),
    line("ДИ 95 %: верхняя граница", (f) => f.ci?.[1]),
    line("Охват групп", (f) => f.coverage),
    line("Место в стране", (f) => f.rank),
    ...m.groups.map((g) => line(`${g.code}: ${g.name} (из ${g.max})`, (f) => f.groups[g.code])),
  ];
}

function indicatorSheet(wb: ExcelJS.Workbook, title: string, rows: readonly IndicatorRow[], m: Methodology): void {
  const round = (x: number | undefined) => (x === undefined ? null : roundHalfUp(x, m.rounding.decimals));
  const sheet = wb.addWorksheet(title);
  sheet.addRow([...indicatorHeaders]).font = { bold: true };
  for (const r of rows) {
    sheet.addRow([
      r.code,
      r.name,
      r.group,
      r.max,
      round(r.value),
      round(r.points),
      round(r.survey?.share),
      r.survey?.valid ?? null,
      round(r.survey?.ci[0]),
      round(r.survey?.ci[1]),
      round(r.objective),
      round(r.country),
    ]);
  }
  sheet.columns.forEach((column, i) => {
    column.width = i === 1 ? 52 : 14;
    if (i >= 4 && i !== 7) column.numFmt = "0.00";
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: indicatorHeaders.length } };
}

/** The workbook: sheet «Паспорт» (figures beside the country's and the previous period's), then the indicators (both views for combined). */
export async function passportWorkbook(page: UnitPage, m: Methodology): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Звезда клиентоцентричности ЦЗН";
  const sheet = wb.addWorksheet("Паспорт");
  sheet.addRow([`Паспорт: ${page.unit.name} (${page.unit.id}), период ${page.period}, ${viewTitles[page.view]}, методика ${m.id}`]);
  sheet.addRow([...starHeaders]).font = { bold: true };
  const wholeNumbers = new Set(["Звёзды", "Ответов (n)", "Место в стране"]);
  for (const values of figureRows(page, m)) {
    const row = sheet.addRow(values);
    for (let c = 2; c <= 4; c++) row.getCell(c).numFmt = wholeNumbers.has(String(values[0])) ? "0" : "0.00";
  }
  sheet.addRow(["Статус", statusTitles[page.figures.status], statusTitles[page.country.status], page.previous ? statusTitles[page.previous.status] : null]);
  sheet.columns.forEach((column, i) => (column.width = i === 0 ? 60 : 16));
  if (page.byView) {
    indicatorSheet(wb, "Показатели — соискатели", page.byView.seeker, m);
    indicatorSheet(wb, "Показатели — работодатели", page.byView.employer, m);
  } else indicatorSheet(wb, "Показатели", page.indicators, m);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
