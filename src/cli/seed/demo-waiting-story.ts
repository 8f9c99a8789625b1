// The demo's improvement story in the answers: two big centres where clients waited too long (М6 «быстрое
// реагирование», question q9) in 2025-Q4, fixed by a measure in 2026-Q1, and clearly better from 2026-Q2 on.
// Deterministic: which answers change depends only on each response's position.
import { responseMonth, type SurveyResponse } from "../../core/index.js";

/** The centres whose waiting improves, and the months (local 'YYYY-MM') of the pain and of the effect. */
export const waitingStory = { units: ["32-01", "25-01"], question: "q9", painFrom: "2025-10", painTo: "2025-12", betterFrom: "2026-04" } as const;

/** Lowers q9 of most seeker answers in the pain quarter and raises it after the measure, in place. */
export function plantWaitingStory(responses: SurveyResponse[], zoneOf: (unit: string) => string): void {
  const units = new Set<string>(waitingStory.units);
  let k = 0;
  for (const r of responses) {
    if (!units.has(r.unit) || r.respondent !== "seeker" || typeof r.answers[waitingStory.question] !== "number") continue;
    const month = responseMonth(r, zoneOf(r.unit));
    const step = k++ % 10;
    let value: number | undefined;
    if (month >= waitingStory.painFrom && month <= waitingStory.painTo) value = step < 7 ? 3 + (step % 3) : undefined;
    else if (month >= waitingStory.betterFrom) value = step < 9 ? 9 + (step % 2) : undefined;
    if (value !== undefined) (r.answers as Record<string, unknown>)[waitingStory.question] = value;
  }
}
