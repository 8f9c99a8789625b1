// Raw responses as CSV for Russian Excel: UTF-8 with BOM, `;`-separated, one column per answer and comment key.
import type { Methodology } from "../../core/index.js";
import { formIndex } from "../../core/index.js";
import type { StoredResponse } from "../../db/index.js";
import { localTimestamp } from "./local-timestamp.js";

/** The columns: fixed ones, then every answer key of both forms (form order), then every comment key. */
export interface CsvLayout {
  readonly headers: readonly string[];
  readonly answerKeys: readonly string[];
  readonly commentKeys: readonly string[];
}

export const fixedColumns = ["id", "unit", "respondent", "submittedAt", "channel", "durationSec", "excluded"] as const;

/** The layout for a methodology (answer keys of the seeker form, then the employer form's others). */
export function csvLayout(m: Methodology): CsvLayout {
  const answerKeys: string[] = [];
  const commentKeys: string[] = [];
  for (const view of ["seeker", "employer"] as const) {
    const form = formIndex(m, view);
    for (const f of form.fields) if (!answerKeys.includes(f.key)) answerKeys.push(f.key);
    for (const k of form.commentKeys) if (!commentKeys.includes(k)) commentKeys.push(k);
  }
  return { headers: [...fixedColumns, ...answerKeys, ...commentKeys.map((k) => `comment_${k}`)], answerKeys, commentKeys };
}

/** One CSV field: quoted when it holds `;`, quotes or line breaks; text that Excel would run as a formula gets a leading apostrophe. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  let text = typeof value === "string" ? value : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A line (ending with CRLF). */
export function csvLine(fields: readonly unknown[]): string {
  return fields.map(csvField).join(";") + "\r\n";
}

/** The cells of one response in layout order; `zone` is the unit's time zone (submittedAt is written in it, with its offset). */
export function responseCells(r: StoredResponse, layout: CsvLayout, zone: string): unknown[] {
  const comments = r.comments ?? {};
  return [
    r.id,
    r.unitId,
    r.respondent,
    localTimestamp(r.submittedAt, zone),
    r.channel,
    r.durationSec,
    r.excluded,
    ...layout.answerKeys.map((k) => r.answers[k]),
    ...layout.commentKeys.map((k) => comments[k]),
  ];
}

/** The line of one response. */
export function responseLine(r: StoredResponse, layout: CsvLayout, zone: string): string {
  return csvLine(responseCells(r, layout, zone));
}

/** The byte-order mark that makes Excel read the file as UTF-8. */
export const utf8Bom = "\uFEFF";
