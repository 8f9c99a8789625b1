// Reads and checks survey responses: required fields, unit references, zoned timestamps, answers against the form.

import { VIEWS } from "../counters/counter-cell.js";
import { fieldPath, itemPath, type RefusingReader } from "../json/shape-reader.js";
import { formIndex } from "../methodology/form-index.js";
import type { Methodology } from "../methodology/methodology-types.js";
import { parseTimestamp } from "../periods/timestamp.js";
import type { SurveyResponse } from "./dataset-types.js";
import { readAnswers } from "./read-answers.js";
import { readComments, readMeta, readProfile } from "./read-response-extras.js";

function readResponse(r: RefusingReader, value: unknown, path: string, unitIds: ReadonlySet<string>, m: Methodology): SurveyResponse {
  const o = r.object(value, path);
  const id = r.string(r.required(o, "id", path), fieldPath(path, "id"));
  const unit = r.string(r.required(o, "unit", path), fieldPath(path, "unit"));
  if (!unitIds.has(unit)) r.fail({ code: "unknown_unit", path: fieldPath(path, "unit"), id: unit });
  const respondent = r.oneOf(r.required(o, "respondent", path), fieldPath(path, "respondent"), VIEWS);
  const submittedAt = r.string(r.required(o, "submittedAt", path), fieldPath(path, "submittedAt"));
  const t = parseTimestamp(submittedAt);
  if (t === "no_zone") r.fail({ code: "timestamp_without_zone", path: fieldPath(path, "submittedAt"), value: submittedAt });
  if (t === "malformed") r.fail({ code: "bad_timestamp", path: fieldPath(path, "submittedAt"), value: submittedAt });
  const form = formIndex(m, respondent);
  const answers = readAnswers(r, r.required(o, "answers", path), fieldPath(path, "answers"), form, m.scale);
  const response: { -readonly [K in keyof SurveyResponse]: SurveyResponse[K] } = { id, unit, respondent, submittedAt, answers };
  if (o["comments"] != null) response.comments = readComments(r, o["comments"], fieldPath(path, "comments"), form);
  if (o["profile"] != null) response.profile = readProfile(r, o["profile"], fieldPath(path, "profile"), form);
  if (o["meta"] != null) response.meta = readMeta(r, o["meta"], fieldPath(path, "meta"));
  response.excluded = o["excluded"] == null ? false : r.boolean(o["excluded"], fieldPath(path, "excluded"));
  return response;
}

/**
 * A copy of `text` that holds no reference to a larger string: a substring cut from a parser's buffer can keep
 * the whole buffer alive (V8's sliced strings), so a set of ids from a streamed file would keep the file.
 */
function detached(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/** A checker for responses read one at a time: each call reads one item; ids must be unique across calls. */
export function responseChecker(unitIds: ReadonlySet<string>, m: Methodology): (r: RefusingReader, value: unknown, path: string) => SurveyResponse {
  const seen = new Set<string>();
  return (r, value, path) => {
    const response = readResponse(r, value, path, unitIds, m);
    if (seen.has(response.id)) r.fail({ code: "duplicate_id", path: fieldPath(path, "id"), id: response.id });
    seen.add(detached(response.id));
    return response;
  };
}

/** Reads `responses`; refuses at the first problem (excluded responses are validated like any other). */
export function readResponses(r: RefusingReader, value: unknown, path: string, unitIds: ReadonlySet<string>, m: Methodology): SurveyResponse[] {
  const check = responseChecker(unitIds, m);
  return r.array(value, path).map((item, i) => check(r, item, itemPath(path, i)));
}
