// The second generator's answer models: honest respondents (a latent satisfaction per person, answer styles, a centre's
// own habits for optional questions and comments) and fabricators (a persona: flattering, varied, but one hand).

import type { AnswerValue } from "../../../core/index.js";
import { NEGATIVE_NOTES, OTHER_ANSWERS, POSITIVE_NOTES, SUGGESTIONS, BOOKING_CHANNELS } from "../comment-texts.js";
import type { Rng } from "../prng.js";

/** Agreement questions of both forms (q4 is a choice). */
export const GRID_SCALE_KEYS = ["q1", "q2", "q3", "q5", "q6", "q7", "q8", "q9", "q10", "q11"] as const;
const CHANNEL_KEYS = ["q15office", "q15site", "q15social", "q15phone"] as const;
const CHANNELS = ["office", "site", "social", "phone", "other"] as const;

/** A centre's honest respondents: how satisfied, how varied, how talkative. */
export interface CentreHabits {
  /** Mean latent satisfaction (0 average, about 2 for an excellent centre). */
  readonly level: number;
  /** Spread of satisfaction between its respondents. */
  readonly heterogeneity: number;
  /** Per scale question, the centre's own shift. */
  readonly itemShift: readonly number[];
  /** Chance of rating each offered channel (q15). */
  readonly optionalRate: number;
  readonly commentRate: number;
  readonly q12Yes: number;
  readonly q13Yes: number;
  /** Noise of single answers around the respondent's level. */
  readonly noise: number;
}

/** Draws a centre's habits; `excellent` centres get a high level. */
export function centreHabits(rng: Rng, regionLevel: number, excellent: boolean): CentreHabits {
  return {
    level: excellent ? 1.7 + rng.next() * 0.8 : regionLevel + 0.55 * rng.normal(),
    heterogeneity: 0.7 + rng.next() * 0.7,
    itemShift: GRID_SCALE_KEYS.map(() => 0.5 * rng.normal()),
    optionalRate: 0.15 + rng.next() * 0.6,
    commentRate: 0.02 + rng.next() * 0.2,
    q12Yes: 0.1 + rng.next() * 0.4,
    q13Yes: 0.1 + rng.next() * 0.35,
    noise: 0.7 + rng.next() * 0.7,
  };
}

/** Honest answering styles. */
export type AnswerStyle = "ordinary" | "flat" | "extreme";

const clip = (x: number): number => Math.min(10, Math.max(1, Math.round(x)));

/** One honest respondent's answers and comments; `flat` answers every scale with one value («all 10» mostly). */
export function honestAnswers(rng: Rng, h: CentreHabits, style: AnswerStyle): { answers: Record<string, AnswerValue>; comments?: Record<string, string> } {
  const s = h.level + h.heterogeneity * rng.normal();
  const flatValue = rng.chance(0.8) ? 10 : clip(7.5 + 1.2 * s);
  const value = (shift: number): number => {
    if (style === "flat") return flatValue;
    if (style === "extreme") return s + shift + 0.8 * rng.normal() > -0.3 ? 10 : 1 + rng.int(3);
    return clip(7 + 1.5 * s + shift + h.noise * rng.normal());
  };
  const answers: Record<string, AnswerValue> = {};
  const comments: Record<string, string> = {};
  let lowest = 10;
  GRID_SCALE_KEYS.forEach((key, k) => {
    if (style !== "flat" && rng.chance(0.015)) return;
    const v = value(h.itemShift[k] ?? 0);
    answers[key] = v;
    lowest = Math.min(lowest, v);
    if (rng.chance(h.commentRate * (v <= 5 ? 1.5 : 0.15))) comments[key] = rng.pick(v <= 6 ? NEGATIVE_NOTES : POSITIVE_NOTES);
  });
  answers["q4"] = s + rng.normal() > -0.8 ? "yes" : rng.chance(0.5) ? "dont_know" : "no";
  answers["q12"] = rng.chance(h.q12Yes) ? "yes" : "no";
  if (answers["q12"] === "yes") answers["q12r"] = value(0);
  answers["q13"] = rng.chance(h.q13Yes) ? "yes" : "no";
  if (answers["q13"] === "yes") {
    if (rng.chance(0.7)) answers["q13ch"] = rng.pick(BOOKING_CHANNELS);
    answers["q13r"] = value(0);
  }
  const channel = CHANNELS[rng.weighted([6, 2, 1, 1.5, 0.3])] ?? "office";
  answers["q14"] = channel;
  if (channel === "other" && rng.chance(0.7)) answers["q14other"] = rng.pick(OTHER_ANSWERS);
  for (const key of CHANNEL_KEYS) if (rng.chance(key === "q15office" ? Math.min(1, h.optionalRate * 1.4) : h.optionalRate * 0.6)) answers[key] = value(0);
  if (rng.chance(h.commentRate * (lowest <= 5 ? 2 : 0.6))) comments["suggestions"] = rng.pick(SUGGESTIONS);
  return Object.keys(comments).length > 0 ? { answers, comments } : { answers };
}

/** How one staff member fabricates: flattering, varied from form to form, but always the same hand. */
export interface Persona {
  /** Chance of a 10 per scale answer (else mostly 9, some 8, rarely 7). */
  readonly top: number;
  readonly optionalRate: number;
  readonly commentRate: number;
  readonly q12Yes: number;
  readonly q13Yes: number;
  /** Median seconds per form and its log-spread. */
  readonly durationMedian: number;
  readonly durationSigma: number;
}

/** A persona that imitates the peers' habits where it can (optional answers, comments), but not their unhappy respondents. */
export function persona(rng: Rng): Persona {
  return {
    top: 0.4 + rng.next() * 0.35,
    optionalRate: 0.2 + rng.next() * 0.45,
    commentRate: rng.next() * 0.07,
    q12Yes: 0.1 + rng.next() * 0.3,
    q13Yes: 0.1 + rng.next() * 0.3,
    durationMedian: 140 + rng.int(110),
    durationSigma: 0.2 + rng.next() * 0.2,
  };
}

/** A fabricated form: each answer drawn afresh (varied), with a mood of the moment. */
export function personaAnswers(rng: Rng, p: Persona): { answers: Record<string, AnswerValue>; comments?: Record<string, string> } {
  const top = Math.min(0.95, Math.max(0.15, p.top + 0.1 * rng.normal()));
  const value = (): number => (rng.chance(top) ? 10 : rng.chance(0.7) ? 9 : rng.chance(0.85) ? 8 : 7);
  const answers: Record<string, AnswerValue> = {};
  for (const key of GRID_SCALE_KEYS) answers[key] = value();
  answers["q4"] = rng.chance(0.93) ? "yes" : "dont_know";
  answers["q12"] = rng.chance(p.q12Yes) ? "yes" : "no";
  if (answers["q12"] === "yes") answers["q12r"] = value();
  answers["q13"] = rng.chance(p.q13Yes) ? "yes" : "no";
  if (answers["q13"] === "yes") {
    if (rng.chance(0.5)) answers["q13ch"] = rng.pick(BOOKING_CHANNELS);
    answers["q13r"] = value();
  }
  answers["q14"] = CHANNELS[rng.weighted([6, 2, 1, 1.5, 0])] ?? "office";
  for (const key of CHANNEL_KEYS) if (rng.chance(key === "q15office" ? Math.min(1, p.optionalRate * 1.4) : p.optionalRate * 0.6)) answers[key] = value();
  if (rng.chance(p.commentRate)) return { answers, comments: { [rng.chance(0.5) ? "suggestions" : "q1"]: rng.pick(POSITIVE_NOTES) } };
  return { answers };
}

/** A persona's duration for one form (seconds). */
export const personaDuration = (rng: Rng, p: Persona): number => Math.max(50, Math.round(p.durationMedian * Math.exp(p.durationSigma * rng.normal())));
