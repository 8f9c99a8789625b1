// The rating as an XLSX workbook: one row per unit, numbers as numbers rounded per methodology §5.
import ExcelJS from "exceljs";
import { roundHalfUp, type Methodology } from "../../core/index.js";
import type { RatingResponse, RatingRow } from "../dashboard/dashboard-types.js";
import { statusTitles, viewTitles } from "./export-texts.js";

/** The column headers, in order (groups by their codes after «Изменение»). */
export function ratingHeaders(m: Methodology): string[] {
  return [
    "Место",
    "Место в стране",
    "Подразделение",
    "Код",
    `Индекс (0–${m.total})`,
    "Индекс (0–100)",
    "Звёзды",
    "Ответов (n)",
    "ДИ 95 %: нижняя граница",
    "ДИ 95 %: верхняя граница",
    "Изменение к прошлому периоду",
    ...m.groups.map((g) => `${g.code}: ${g.name}`),
    "Статус / причина",
  ];
}

/** Zero-based columns holding figures shown with two decimals: the index, 0–100, the interval, the change and the groups. */
function twoDecimalColumns(m: Methodology): Set<number> {
  return new Set([4, 5, 8, 9, 10, ...m.groups.map((_, i) => 11 + i)]);
}

function rowValues(row: RatingRow, m: Methodology): (string | number | null)[] {
  const round = (x: number | undefined) => (x === undefined ? null : roundHalfUp(x, m.rounding.decimals));
  const f = row.figures;
  return [
    row.rankInList ?? null,
    f.rank ?? null,
    row.name,
    row.id,
    round(f.index),
    round(f.percent),
    f.stars ?? null,
    f.n,
    round(f.ci?.[0]),
    round(f.ci?.[1]),
    round(row.change),
    ...m.groups.map((g) => round(f.groups[g.code])),
    row.reason ?? statusTitles[f.status],
  ];
}

/** The workbook of a rating: a title line, the headers, the ranked rows, then the rows apart. */
export async function ratingWorkbook(rating: RatingResponse, m: Methodology): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Звезда клиентоцентричности ЦЗН";
  const sheet = wb.addWorksheet("Рейтинг");
  sheet.addRow([`Рейтинг: ${rating.unit.name}, период ${rating.period} (сравнение с ${rating.previousPeriod}), ${viewTitles[rating.view]}, методика ${m.id}`]);
  const header = sheet.addRow(ratingHeaders(m));
  header.font = { bold: true };
  for (const row of [...rating.rows, ...rating.apart]) sheet.addRow(rowValues(row, m));
  const headers = ratingHeaders(m);
  sheet.columns.forEach((column, i) => {
    column.width = i === 2 ? 48 : i === headers.length - 1 ? 36 : 14;
    // Figures with the methodology's two decimals, as on screen; ranks, stars and n as whole numbers.
    if (twoDecimalColumns(m).has(i)) column.numFmt = "0.00";
    else if (i <= 1 || i === 6 || i === 7) column.numFmt = "0";
  });
  sheet.views = [{ state: "frozen", ySplit: 2 }];
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: headers.length } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
