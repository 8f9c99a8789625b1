// The counter cells one response contributes: `_n`, every categorical answer, every profile choice (never free text).

import type { SurveyResponse } from "../dataset/dataset-types.js";
import { formIndex } from "../methodology/form-index.js";
import type { Methodology } from "../methodology/methodology-types.js";
import { localMonthOf } from "../periods/local-month.js";
import { parseTimestamp } from "../periods/timestamp.js";
import { PROFILE_KEY_PREFIX, RESPONSE_COUNT_KEY, type CounterCell } from "./counter-cell.js";

/** The local month (`YYYY-MM`) a response belongs to, in its region's zone. Throws on an unzoned time: validate first. */
export function responseMonth(response: SurveyResponse, timezone: string): string {
  const t = parseTimestamp(response.submittedAt);
  if (typeof t !== "number") throw new Error(`response ${response.id}: submittedAt ${response.submittedAt} is not a zoned timestamp`);
  return localMonthOf(t, timezone);
}

/**
 * Calls `visit` with each (key, value) a response is counted under, in form order; excluded responses get none.
 * Scale answers come as numbers (the cell's value is their decimal text), everything else as strings.
 */
export function forEachResponseCounter(response: SurveyResponse, methodology: Methodology, visit: (key: string, value: string | number) => void): void {
  if (response.excluded) return;
  const form = formIndex(methodology, response.respondent);
  visit(RESPONSE_COUNT_KEY, "");
  const answers = response.answers;
  for (const field of form.categorical) {
    const v = answers[field.key];
    if (v !== undefined && v !== null) visit(field.key, v);
  }
  const profile = response.profile;
  if (!profile) return;
  for (const field of form.profile) {
    const v = profile[field.key];
    if (typeof v === "string") visit(PROFILE_KEY_PREFIX + field.key, v);
    else if (Array.isArray(v)) for (const item of v) visit(PROFILE_KEY_PREFIX + field.key, item);
  }
}

/**
 * The cells (each with count 1) a validated response adds to the counters; none when it is excluded.
 * `timezone` is the IANA zone of the response's region (the methodology's default when the region has none).
 */
export function responseCells(response: SurveyResponse, timezone: string, methodology: Methodology): CounterCell[] {
  if (response.excluded) return [];
  const month = responseMonth(response, timezone);
  const cells: CounterCell[] = [];
  forEachResponseCounter(response, methodology, (key, value) => {
    cells.push({ unit: response.unit, month, view: response.respondent, key, value: String(value), count: 1 });
  });
  return cells;
}
