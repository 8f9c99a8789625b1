// Seeker survey submissions ready to store, for the tests of the write path.
import { loadDefaultMethodology } from "../../src/cli/methodology-files.js";
import { responseCells, type SurveyResponse } from "../../src/core/index.js";
import type { ResponseWithCells, TaggedText } from "../../src/db/index.js";

const m = loadDefaultMethodology();

/** What varies between the tests' submissions. */
export interface SubmissionParts {
  readonly id: string;
  readonly unit: string;
  readonly answers: Record<string, number | string>;
  readonly comments?: Record<string, string>;
  readonly profile?: { categories: string[] };
  readonly token: string;
  readonly deviceHash: string | null;
  readonly submittedAt?: string;
  readonly texts?: readonly TaggedText[];
}

/** A seeker's submission of April 2025 (Moscow) under the default methodology, with its counter cells. */
export function seekerSubmission(p: SubmissionParts): ResponseWithCells {
  const submittedAt = p.submittedAt ?? "2025-04-10T09:00:00Z";
  const { id, unit, answers, profile } = p;
  const response: SurveyResponse = { id, unit, respondent: "seeker", submittedAt, answers, comments: p.comments ?? {}, profile, meta: { channel: "link" } };
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
      deviceHash: p.deviceHash,
      answers,
      comments: p.comments ?? null,
      profile: profile ?? null,
      formToken: p.token,
      ...(p.texts ? { texts: p.texts } : {}),
    },
    cells: responseCells(response, "Europe/Moscow", m),
  };
}

/** A seeker's submission at `unit`, answering q1 with `q1`, under idempotency key `token`. */
export function submission(id: string, unit: string, q1: number, token: string, submittedAt = "2025-04-10T09:00:00Z"): ResponseWithCells {
  return seekerSubmission({
    id,
    unit,
    answers: { q1, q4: "yes" },
    profile: { categories: ["pensioners", "disabled"] },
    token,
    deviceHash: "d:test",
    submittedAt,
  });
}
