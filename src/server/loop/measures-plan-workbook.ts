// «План корректирующих мер» of a region as XLSX: one row per measure with dates as dates, the effect as numbers, an autofilter.
import ExcelJS from "exceljs";
import { effectVerdictNames, type MeasureEffect } from "../../core/index.js";
import type { MeasureView } from "../../contract/measures.js";

const headers = [
  "№",
  "Подразделение",
  "Код",
  "Мера",
  "Вид",
  "Показатели",
  "Респонденты",
  "Как участвовали клиенты",
  "Ответственный",
  "Начало (план)",
  "Окончание (план)",
  "Начало (факт)",
  "Окончание (факт)",
  "Статус",
  "Просрочена",
  "Причина отмены",
  "Оценка эффекта",
  "Эффект, п. п.",
  "ДИ: от, п. п.",
  "ДИ: до, п. п.",
] as const;
const dateColumns = [10, 11, 12, 13];
const pointColumns = [18, 19, 20];

const asDate = (iso: string | null): Date | null => (iso === null ? null : new Date(`${iso}T00:00:00Z`));
const points = (share: number | undefined): number | null => (share === undefined ? null : Math.round(share * 1000) / 10);

/** The effect shown in a row: the first confirmed indicator's, else the first measured one's. */
function mainEffect(effect: MeasureEffect | undefined) {
  if (!effect) return undefined;
  return effect.indicators.find((i) => i.verdict === "confirmed") ?? effect.indicators.find((i) => i.effect !== null);
}

/** The workbook: a title line, the headers, a row per measure. */
export async function measuresPlanWorkbook(
  unitName: string,
  measures: readonly MeasureView[],
  effects: ReadonlyMap<string, MeasureEffect>,
  today: string,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Звезда клиентоцентричности ЦЗН";
  const sheet = wb.addWorksheet("План мер");
  sheet.addRow([`План корректирующих мер: ${unitName}, на ${today.split("-").reverse().join(".")}`]).font = { bold: true, size: 13 };
  const header = sheet.addRow([...headers]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: "top" };
  measures.forEach((m, i) => {
    const effect = effects.get(m.id);
    const main = mainEffect(effect);
    const row = sheet.addRow([
      i + 1,
      m.unit.name,
      m.unit.id,
      m.title,
      m.kindName,
      m.indicators.map((x) => `${x.code} ${x.name}`).join("; "),
      m.view === "seeker" ? "соискатели" : "работодатели",
      m.clientParticipation,
      m.owner,
      asDate(m.plannedStart),
      asDate(m.plannedEnd),
      asDate(m.actualStart),
      asDate(m.actualEnd),
      m.statusName,
      m.overdue ? "да" : "нет",
      m.cancelReason ?? "",
      effect ? (effect.verdict === "insufficient" ? effect.verdictText : effectVerdictNames[effect.verdict]) : "",
      points(main?.effect?.estimate),
      points(main?.effect?.ci[0]),
      points(main?.effect?.ci[1]),
    ]);
    if (m.overdue) row.getCell(15).font = { bold: true, color: { argb: "FFB00020" } };
  });
  for (const c of dateColumns) sheet.getColumn(c).numFmt = "dd.mm.yyyy";
  for (const c of pointColumns) sheet.getColumn(c).numFmt = "+0.0;-0.0;0.0";
  const widths = [5, 36, 10, 48, 24, 36, 14, 36, 24, 13, 13, 13, 13, 16, 11, 28, 22, 12, 12, 12];
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2 + measures.length, column: headers.length } };
  sheet.views = [{ state: "frozen", ySplit: 2 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
