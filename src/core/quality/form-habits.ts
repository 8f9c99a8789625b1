// Habits of one form that do not depend on how satisfied its respondent was: read by the habits test of a unit
// (unit-habits.ts) and by the posterior of its good forms (texture-posterior.ts).

import { isClosedAt } from "./opening-hours.js";
import type { QualityFrame } from "./quality-frame.js";

/** log(time taken / the median time of its questionnaire); NaN when either is unknown. */
export function relativeLogDuration(frame: QualityFrame, i: number): number {
  const d = frame.duration[i] as number,
    typical = frame.medianDuration[frame.form[i] as 0 | 1];
  return d > 0 && typical > 0 ? Math.log(d / typical) : NaN;
}

/** Whether the form was sent while its unit was closed (no grace on either side). */
export function sentWhileClosed(frame: QualityFrame, i: number): boolean {
  return isClosedAt(frame.spans[frame.unit[i] as number] ?? [], frame.weekday[i] as number, frame.minute[i] as number, 0, 0);
}
