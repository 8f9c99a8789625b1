// Checks of a measure's fields against the calendar and the methodology, reported as problems with their paths.

import type { Methodology } from "../../methodology/methodology-types.js";
import type { Problem } from "../../problems/problem.js";

/** The dated and linked fields of a measure (dates 'YYYY-MM-DD'). */
export interface MeasureFields {
  readonly plannedStart: string;
  readonly plannedEnd: string;
  readonly actualStart?: string | null;
  readonly actualEnd?: string | null;
  readonly indicators: readonly string[];
}

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a real calendar date 'YYYY-MM-DD'. */
export function isCalendarDate(text: string): boolean {
  const m = datePattern.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function checkDates(problems: Problem[], start: string | null | undefined, end: string | null | undefined, startKey: string, endKey: string): void {
  for (const [key, value] of [
    [startKey, start],
    [endKey, end],
  ] as const) {
    if (value != null && !isCalendarDate(value)) problems.push({ code: "wrong_format", path: key, expected: "ГГГГ-ММ-ДД", found: JSON.stringify(value) });
  }
  if (start != null && end != null && isCalendarDate(start) && isCalendarDate(end) && end < start)
    problems.push({ code: "end_before_start", path: endKey, start, end });
}

/** Every problem of the fields: bad or reversed dates, an actual end without a start, unknown or survey-less indicators, none at all. */
export function validateMeasureFields(fields: MeasureFields, methodology: Methodology): Problem[] {
  const problems: Problem[] = [];
  checkDates(problems, fields.plannedStart, fields.plannedEnd, "plannedStart", "plannedEnd");
  checkDates(problems, fields.actualStart, fields.actualEnd, "actualStart", "actualEnd");
  if (fields.actualEnd != null && fields.actualStart == null) problems.push({ code: "missing_field", path: "actualStart" });
  if (fields.indicators.length === 0) problems.push({ code: "missing_field", path: "indicators" });
  const seen = new Set<string>();
  fields.indicators.forEach((code, i) => {
    const path = `indicators[${i}]`;
    const def = methodology.indicators.find((d) => d.code === code);
    if (!def) problems.push({ code: "unknown_indicator", path, value: code });
    else if (!def.survey) problems.push({ code: "indicator_without_survey", path, indicator: code });
    else if (seen.has(code)) problems.push({ code: "duplicate_value", path, value: code });
    seen.add(code);
  });
  return problems;
}
