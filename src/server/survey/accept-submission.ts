// Turns a checked questionnaire into a stored response: counters updated in the same transaction,
// a repeated idempotency key stored only once.
import { randomUUID } from "node:crypto";
import { responseCells, responseMonth, type Methodology, type SurveyResponse, type View } from "../../core/index.js";
import { taggedResponseTexts, type JsonObject, type ResponseChannel, type SurveyUnit } from "../../db/index.js";
import { voiceTaggerFor } from "../voice/theme-taxonomy-file.js";
import type { Submission } from "./read-submission.js";
import type { ResponseBatcher, StoreOutcome } from "./response-batcher.js";

export interface SubmissionContext {
  writer: ResponseBatcher;
  methodology: Methodology;
  unit: SurveyUnit;
  view: View;
  channel: ResponseChannel;
  device: string;
  /** The form token or the kiosk's key: stored once. */
  idempotencyKey: string;
  durationSec: number | null;
  submittedAt: Date;
}

/** Stores the submission; `duplicate` when its key was already used (nothing changes then). */
export async function acceptSubmission(s: Submission, c: SubmissionContext): Promise<StoreOutcome> {
  const response: SurveyResponse = {
    id: randomUUID(),
    unit: c.unit.id,
    respondent: c.view,
    submittedAt: c.submittedAt.toISOString(),
    answers: s.answers,
    comments: s.comments,
    profile: s.profile,
    meta: { channel: c.channel, device: c.device, ...(c.durationSec === null ? {} : { durationSec: c.durationSec }) },
  };
  const zone = c.unit.timezone ?? c.methodology.defaultTimezone;
  return c.writer.store({
    response: {
      id: response.id,
      unitId: c.unit.id,
      respondent: c.view,
      methodologyId: c.methodology.id,
      submittedAt: c.submittedAt,
      localMonth: responseMonth(response, zone),
      durationSec: c.durationSec,
      channel: c.channel,
      deviceHash: c.device,
      answers: s.answers,
      comments: Object.keys(s.comments).length ? s.comments : null,
      profile: Object.keys(s.profile).length ? (s.profile as JsonObject) : null,
      formToken: c.idempotencyKey,
      texts: taggedResponseTexts(c.methodology, voiceTaggerFor(c.methodology), c.view, s.answers, s.comments),
    },
    cells: responseCells(response, zone, c.methodology),
  });
}
