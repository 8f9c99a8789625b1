// Answer vectors a fabricator produces: flattering, valid against the form (follow-ups only when their condition holds).

import type { AnswerValue } from "../../../core/index.js";
import type { Rng } from "../prng.js";

/** The agreement questions of both forms (q4 is a choice). */
export const SCALE_KEYS = ["q1", "q2", "q3", "q5", "q6", "q7", "q8", "q9", "q10", "q11"] as const;
const CHANNELS = ["office", "site", "social", "phone"] as const;

/** How a fabricator fills the form. */
export interface FabricationStyle {
  /** Probability of each scale answer being 10 (else 9, sometimes 8). */
  readonly top: number;
  /** Probability of answering each optional q15 channel other than the office. */
  readonly optional: number;
}

/** A flattering answer vector. */
export function fabricatedAnswers(rng: Rng, style: FabricationStyle): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  for (const key of SCALE_KEYS) answers[key] = rng.chance(style.top) ? 10 : rng.chance(0.8) ? 9 : 8;
  answers["q4"] = "yes";
  answers["q12"] = rng.chance(0.8) ? "no" : "yes";
  if (answers["q12"] === "yes") answers["q12r"] = 10;
  answers["q13"] = rng.chance(0.7) ? "no" : "yes";
  if (answers["q13"] === "yes") answers["q13r"] = rng.chance(style.top) ? 10 : 9;
  answers["q14"] = rng.chance(0.85) ? "office" : rng.pick(CHANNELS);
  if (rng.chance(style.optional * 1.5)) answers["q15office"] = rng.chance(style.top) ? 10 : 9;
  for (const ch of ["site", "social", "phone"]) if (rng.chance(style.optional)) answers[`q15${ch}`] = rng.chance(style.top) ? 10 : 9;
  return answers;
}

/** A template copy with `edits` scale answers changed by one point (near-copies). */
export function editedCopy(rng: Rng, template: Readonly<Record<string, AnswerValue>>, edits: number): Record<string, AnswerValue> {
  const copy = { ...template };
  for (let e = 0; e < edits; e++) {
    const key = rng.pick(SCALE_KEYS);
    const v = copy[key];
    if (typeof v === "number") copy[key] = v >= 10 ? 9 : v + (rng.chance(0.5) ? 1 : -1);
  }
  return copy;
}

/** A varied-looking template for near-copies: mostly 7–10, different per question. */
export function copyTemplate(rng: Rng): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  for (const key of SCALE_KEYS) answers[key] = 6 + rng.int(5);
  answers["q4"] = rng.pick(["yes", "yes", "dont_know"]);
  answers["q12"] = "no";
  answers["q13"] = "yes";
  answers["q13ch"] = "по телефону";
  answers["q13r"] = 8 + rng.int(3);
  answers["q14"] = rng.pick(CHANNELS);
  answers["q15office"] = 7 + rng.int(4);
  answers["q15site"] = 6 + rng.int(5);
  return answers;
}
