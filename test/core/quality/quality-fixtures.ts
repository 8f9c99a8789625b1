// Small hand-made inputs for the data-quality checks: a region with two centres and honest-looking responses.

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { qualityUnits, validateQualitySettings, type QualityResponse, type QualitySettings, type QualityUnit } from "../../../src/core/index.js";

/** The shipped settings (methodology/quality/<version>.json, 2026.1 unless told). */
export function shippedSettings(version = "2026.1"): QualitySettings {
  const path = fileURLToPath(new URL(`../../../methodology/quality/${version}.json`, import.meta.url));
  const outcome = validateQualitySettings(JSON.parse(readFileSync(path, "utf8")));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.value;
}

/** Region R (Moscow time) with centres T1 and T2, default hours. */
export function fixtureUnits(): QualityUnit[] {
  return qualityUnits(
    [
      { id: "R", kind: "region", name: "Регион", parent: null, network: "decentralized", timezone: "Europe/Moscow" },
      { id: "T1", kind: "territorial", name: "ЦЗН 1", parent: "R" },
      { id: "T2", kind: "territorial", name: "ЦЗН 2", parent: "R" },
    ],
    "Europe/Moscow",
  );
}

/** A deterministic pseudo-random sequence in [0, 1). */
export function sequence(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** The ten 1–10 scales of the seeker questionnaire. */
export const SCALES = ["q1", "q2", "q3", "q5", "q6", "q7", "q8", "q9", "q10", "q11"];

/** Varied honest-looking answers. */
export function variedAnswers(next: () => number): Record<string, number | string> {
  const answers: Record<string, number | string> = {};
  const mood = 7 + Math.floor(next() * 3);
  for (const k of SCALES) answers[k] = Math.max(1, Math.min(10, mood + Math.floor(next() * 5) - 2));
  answers["q4"] = next() < 0.6 ? "yes" : "no";
  answers["q12"] = next() < 0.3 ? "yes" : "no";
  if (answers["q12"] === "yes") answers["q12r"] = 6 + Math.floor(next() * 5);
  answers["q13"] = "no";
  answers["q14"] = next() < 0.5 ? "office" : "site";
  answers["q15office"] = 6 + Math.floor(next() * 5);
  if (next() < 0.5) answers["q15site"] = 5 + Math.floor(next() * 6);
  return answers;
}

/** Moscow local time `2025-04-DD HH:MM` as epoch ms. */
export const moscow = (day: number, hour: number, minute = 0, second = 0): number => Date.UTC(2025, 3, day, hour - 3, minute, second);

/** `count` honest responses at T1 and T2 on weekdays of April 2025: own phones, 150–330 s, varied answers. */
export function honestBackground(count: number, seed = 7): QualityResponse[] {
  const next = sequence(seed);
  const weekdays = [1, 2, 3, 4, 7, 8, 9, 10, 11, 14, 15, 16, 17, 18];
  return Array.from({ length: count }, (_, i) => ({
    id: `h${i}`,
    unit: i % 2 ? "T1" : "T2",
    respondent: "seeker" as const,
    submittedAt: moscow(weekdays[i % weekdays.length] as number, 9 + Math.floor(next() * 8), Math.floor(next() * 60)),
    durationSec: 150 + Math.floor(next() * 180),
    device: `d:h${i}`,
    channel: "qr" as const,
    answers: variedAnswers(next),
    commentCount: next() < 0.25 ? 1 : 0,
  }));
}

/** A form on T1's office kiosk at `at`. */
export const kioskForm = (id: string, at: number, answers: QualityResponse["answers"], durationSec = 170): QualityResponse => ({
  id,
  unit: "T1",
  respondent: "seeker",
  submittedAt: at,
  durationSec,
  device: "kiosk:T1",
  channel: "kiosk",
  answers,
  commentCount: 0,
});
/** The working days of April 2025. */
export const DAYS = [1, 2, 3, 4, 7, 8, 9, 10, 11, 14, 15, 16, 17, 18, 21, 22, 23, 24, 25, 28, 29, 30];
/** Twelve centres T1…T12 of region R. */
export const CENTRES = Array.from({ length: 12 }, (_, k) => `T${k + 1}`);

/** Region R (Moscow time) with twelve centres T1…T12. */
export const twelveCentres = (): QualityUnit[] =>
  qualityUnits(
    [
      { id: "R", kind: "region", name: "Регион", parent: null, network: "decentralized", timezone: "Europe/Moscow" },
      ...CENTRES.map((id, k) => ({ id, kind: "territorial" as const, name: `ЦЗН ${k + 1}`, parent: "R" })),
    ],
    "Europe/Moscow",
  );

/**
 * A visitor of `unit` in region R: lukewarm to satisfied (`lift` points more), a third on one of `sharedPhones` phones
 * that bring other forms too, a fifth by link.
 */
export function regionVisitor(unit: string, k: number, next: () => number, { lift = 0, sharedPhones = 40 } = {}): QualityResponse {
  const answers: Record<string, number | string> = { q4: next() < 0.6 ? "yes" : "no", q12: "no", q13: "no", q14: "office", q15office: 8 };
  const mood = 6 + lift + Math.floor(next() * 3) + (next() < 0.3 ? 1 : 0);
  for (const q of SCALES) answers[q] = Math.max(1, Math.min(10, mood + Math.floor(next() * 5) - 2));
  if (next() < 0.4) answers["q15site"] = 7;
  return {
    id: `${unit}-${k}`,
    unit,
    respondent: "seeker",
    submittedAt: moscow(DAYS[k % DAYS.length] as number, 9 + Math.floor(next() * 8), Math.floor(next() * 60)),
    durationSec: 150 + Math.floor(next() * 180),
    device: next() < 0.35 ? `d:${unit}:shared${k % sharedPhones}` : `d:${unit}:${k}`,
    channel: next() < 0.2 ? "link" : "qr",
    answers,
    commentCount: next() < 0.2 ? 1 : 0,
  };
}
