// Helpers of the measures API tests: monthly survey counters with a chosen share of satisfied answers on q9 (М6).
import { responseCells, type Methodology, type SurveyResponse } from "../../../src/core/index.js";
import { addCounterCells, type Db } from "../../../src/db/index.js";

const base = {
  q1: 9,
  q2: 9,
  q3: 9,
  q4: "yes",
  q5: 9,
  q6: 9,
  q7: 9,
  q8: 9,
  q10: 9,
  q11: 9,
  q12: "yes",
  q12r: 9,
  q13: "yes",
  q13ch: "сайт",
  q13r: 9,
  q14: "office",
  q15office: 9,
  q15site: 9,
  q15social: 9,
  q15phone: 9,
};

/** Adds `count` seeker responses at `unit` in month `month` ('YYYY-MM'), `positive` of them answering q9 = 10, the rest 2. */
export async function addMonth(db: Db, m: Methodology, unit: string, month: string, count: number, positive: number): Promise<void> {
  const responses: SurveyResponse[] = [];
  for (let i = 0; i < count; i++) {
    responses.push({
      id: `${unit}-${month}-${i}`,
      unit,
      respondent: "seeker",
      submittedAt: `${month}-14T09:00:00Z`,
      answers: { ...base, q9: i < positive ? 10 : 2 },
    });
  }
  await addCounterCells(
    db,
    responses.flatMap((r) => responseCells(r, "Europe/Moscow", m)),
    1,
  );
}
