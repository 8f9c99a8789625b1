// A found text as the API shows it: unit name, the question it belongs to, highlighted fragments.
import type { Fragment, VoiceTextView } from "../../contract/voice-texts.js";
import type { Methodology, View } from "../../core/index.js";
import { HIGHLIGHT_END, HIGHLIGHT_START, type VoiceHit } from "../../db/index.js";
import { commentQuestions } from "../dashboard/comment-questions.js";
import type { UnitDirectory } from "../dashboard/unit-directory.js";

export type { Fragment, VoiceTextView };

/** Splits a headline at its highlight marks. */
export function fragmentsOf(headline: string): Fragment[] {
  const out: Fragment[] = [];
  let match = false;
  let current = "";
  for (const ch of headline) {
    if (ch === HIGHLIGHT_START || ch === HIGHLIGHT_END) {
      if (current) out.push({ text: current, match });
      current = "";
      match = ch === HIGHLIGHT_START;
    } else current += ch;
  }
  if (current) out.push({ text: current, match });
  return out;
}

/** The question a survey text belongs to: the note's question, the closing question, or the «другое» field's question. */
export function questionTextOf(m: Methodology, view: View, key: string): string {
  const known = commentQuestions(m, view).get(key);
  if (known) return known.text;
  for (const q of m.forms[view].questions) {
    const part = q.parts.find((p) => p.key === key);
    if (part) return `${q.number}. ${q.statement ?? q.text} — ${part.prompt ?? "другое"}`;
  }
  return key;
}

export function voiceTextView(hit: VoiceHit, m: Methodology, directory: UnitDirectory): VoiceTextView {
  const survey = hit.responseId !== null;
  return {
    id: hit.id,
    kind: hit.kind,
    channel: survey ? "survey" : hit.sourceKey,
    unit: { id: hit.unitId, name: directory.byId.get(hit.unitId)?.name ?? hit.unitId },
    respondent: hit.respondent,
    at: hit.at.toISOString(),
    question: survey ? hit.sourceKey : null,
    questionText: survey && hit.respondent ? questionTextOf(m, hit.respondent, hit.sourceKey) : null,
    score: hit.score,
    rating: hit.rating,
    text: hit.text,
    fragments: hit.headline === null ? null : fragmentsOf(hit.headline),
    themes: hit.themes,
    sentiment: hit.sentiment,
    negative: hit.negative,
    corrected: hit.corrected,
    responseId: hit.responseId,
    feedbackId: hit.feedbackId,
    link: hit.link,
    excluded: hit.excluded,
    flag: hit.flag,
  };
}
