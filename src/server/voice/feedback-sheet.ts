// The XLSX sheet of external feedback: the template staff fill and the reader of an uploaded file, row by row.
import ExcelJS from "exceljs";
import type { FeedbackChannel, NewFeedback } from "../../db/index.js";
import { BadRequestError } from "../errors/app-errors.js";
import { cellText } from "../units/region-sheet-layout.js";
import { readWorkbookBounded, type WorkbookLimits } from "../uploads/workbook-reader.js";
import { channelTitles } from "./voice-context.js";
import { maxFeedbackText } from "./voice-schemas.js";

export const feedbackSheetName = "Отзывы";
export const feedbackHeaders = ["Код подразделения", "Канал", "Дата", "Текст", "Оценка 1–5", "Ссылка"] as const;
/** At most this many rows in one file. */
export const maxFeedbackRows = 5_000;
/** The limits of the uploaded file itself, checked in the upload worker before it is parsed. */
export const feedbackWorkbookLimits: WorkbookLimits = { maxUncompressedBytes: 32 * 1024 * 1024, maxRows: maxFeedbackRows + 100, maxEntries: 100 };

const channelByName = new Map<string, FeedbackChannel>();
for (const [code, title] of Object.entries(channelTitles)) {
  if (code === "survey") continue;
  channelByName.set(code, code as FeedbackChannel);
  channelByName.set(title.toLowerCase(), code as FeedbackChannel);
}
channelByName.set("сми", "media");
channelByName.set("открытые источники", "media");
channelByName.set("обращения", "appeal");
channelByName.set("соцсеть", "social");
channelByName.set("социальные сети", "social");

/** The template: the sheet with its headers (and the units of the caller's scope as a hint), and a sheet of channels. */
export async function feedbackTemplate(units: readonly { id: string; name: string }[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(feedbackSheetName);
  sheet.addRow([...feedbackHeaders]).font = { bold: true };
  sheet.columns.forEach((c, i) => (c.width = [18, 18, 12, 80, 12, 40][i]));
  const help = book.addWorksheet("Справка");
  help.addRow(["Канал (код или название)", "Название"]).font = { bold: true };
  for (const [code, title] of Object.entries(channelTitles)) if (code !== "survey") help.addRow([code, title]);
  help.addRow([]);
  help.addRow(["Дата — ГГГГ-ММ-ДД или ДД.ММ.ГГГГ; оценка и ссылка необязательны."]);
  help.addRow([]);
  help.addRow(["Код подразделения", "Наименование"]).font = { bold: true };
  for (const u of units) help.addRow([u.id, u.name]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A row of the sheet as read: the feedback, or what is wrong with it. */
export type FeedbackRow = { row: number; feedback: NewFeedback } | { row: number; error: string };

function readDate(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const ru = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : ru ? [ru[3], ru[2], ru[1]] : [];
  if (!y || !m || !d) return undefined;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return undefined;
  return date.toISOString().slice(0, 10);
}

/** Checks one feedback's own fields (not its unit); the Russian problem or undefined. */
export function feedbackProblem(f: { receivedOn: string; text: string; rating: number | null; link: string | null }, today: string): string | undefined {
  if (f.receivedOn > today) return `дата ${f.receivedOn} ещё не наступила`;
  if (f.receivedOn < "2015-01-01") return `дата ${f.receivedOn} слишком давняя`;
  if (f.text.trim() === "") return "текст отзыва пуст";
  if (f.text.length > maxFeedbackText) return `текст длиннее ${maxFeedbackText} символов`;
  if (f.link !== null && (!/^https?:\/\/\S+$/.test(f.link) || f.link.length > 2000)) return "ссылка должна начинаться с http:// или https://";
  return undefined;
}

/** Reads the uploaded workbook's rows, parsed off the event loop within bounds; 400 for a file that is not such a workbook. */
export async function readFeedbackSheet(bytes: Buffer, today: string): Promise<FeedbackRow[]> {
  const book = await readWorkbookBounded(bytes, feedbackWorkbookLimits);
  const sheet = book.getWorksheet(feedbackSheetName) ?? book.worksheets[0];
  if (!sheet) throw new BadRequestError("В книге нет листов");
  const header = feedbackHeaders.map((_, i) => cellText(sheet.getRow(1).getCell(i + 1)).toLowerCase());
  if (header.some((h, i) => h !== feedbackHeaders[i]!.toLowerCase())) {
    throw new BadRequestError(`Первая строка листа «${sheet.name}» должна содержать заголовки: ${feedbackHeaders.join(", ")} (скачайте шаблон)`);
  }
  const rows: FeedbackRow[] = [];
  for (let number = 2; number <= sheet.rowCount; number++) {
    const cells = feedbackHeaders.map((_, i) => cellText(sheet.getRow(number).getCell(i + 1)));
    if (cells.every((c) => c === "")) continue;
    if (rows.length >= maxFeedbackRows) throw new BadRequestError(`В файле больше ${maxFeedbackRows} отзывов`);
    const [unit, channelText, dateText, text, ratingText, linkText] = cells as [string, string, string, string, string, string];
    const fail = (error: string) => rows.push({ row: number, error });
    if (unit === "") {
      fail("не указан код подразделения");
      continue;
    }
    const channel = channelByName.get(channelText.toLowerCase());
    if (!channel) {
      fail(`неизвестный канал «${channelText}»: допустимы ${[...new Set(channelByName.values())].map((c) => channelTitles[c]).join(", ")}`);
      continue;
    }
    const receivedOn = readDate(dateText);
    if (!receivedOn) {
      fail(`дата «${dateText}» не распознана (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ)`);
      continue;
    }
    const rating = ratingText === "" ? null : Number(ratingText);
    if (rating !== null && !(Number.isInteger(rating) && rating >= 1 && rating <= 5)) {
      fail(`оценка «${ratingText}»: нужно целое от 1 до 5`);
      continue;
    }
    const feedback: NewFeedback = { unitId: unit, channel, receivedOn, text, rating, link: linkText === "" ? null : linkText };
    const problem = feedbackProblem(feedback, today);
    if (problem) fail(problem);
    else rows.push({ row: number, feedback });
  }
  return rows;
}
