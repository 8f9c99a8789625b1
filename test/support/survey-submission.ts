// A seeker's survey submission ready to store, for the tests of the write path.
import { loadDefaultMethodology } from "../../src/cli/methodology-files.js";
import { responseCells, type SurveyResponse } from "../../src/core/index.js";
import type { ResponseWithCells } from "../../src/db/index.js";

const m = loadDefaultMethodology();
const zone = "Europe/Moscow";

/** A seeker's submission at `unit`, answering q1 with `q1`, under idempotency key `token`. */
export function submission(id: string, unit: string, q1: number, token: string, submittedAt = "2025-04-10T09:00:00Z"): ResponseWithCells {
  const answers = { q1, q4: "yes" };
  const profile = { categories: ["pensioners", "disabled"] };
  const response: SurveyResponse = { id, unit, respondent: "seeker", submittedAt, answers, comments: {}, profile, meta: { channel: "link" } };
  return {
    response: {
      id,
      unitId: unit,
      respondent: "seeker",
      methodologyId: m.id,
      submittedAt: new Date(submittedAt),
      localMonth: "2025-04",
      durationSec: 60,
      channel: "link",
      deviceHash: "d:test",
      answers,
      comments: null,
      profile,
      formToken: token,
    },
    cells: responseCells(response, zone, m),
  };
}
