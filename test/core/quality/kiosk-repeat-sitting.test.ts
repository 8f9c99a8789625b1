// Settings 2026.7: once a kiosk has one confirmed sitting, another implausibly dense run on it is judged at a looser
// bound on its answers — the staff member who sat there once is its likeliest author. Without a confirmed sitting
// the same run stays clear.

import { describe, expect, it } from "vitest";
import { assessQuality, validateQualitySettings, type QualityResponse } from "../../../src/core/index.js";
import { fixtureUnits, honestBackground, kioskForm, moscow, sequence, shippedSettings, variedAnswers } from "./quality-fixtures.js";

/** The share of a careful hand's answers a point kinder than a visitor's. */
const KINDER = 0.35;
const SCALES = ["q1", "q2", "q3", "q5", "q6", "q7", "q8", "q9", "q10", "q11"];
/** One hand: 9s and 10s drawn afresh, the same choices, nothing optional. */
function oneHand(next: () => number): Record<string, number | string> {
  const answers: Record<string, number | string> = { q4: "yes", q12: "no", q13: "no", q14: "office" };
  for (const k of SCALES) answers[k] = next() < 0.6 ? 10 : next() < 0.8 ? 9 : 8;
  return answers;
}
/** A careful hand: varied answers like a visitor's, a point kinder. */
function carefulHand(next: () => number): Record<string, number | string> {
  const answers = variedAnswers(next);
  for (const k of SCALES) if (next() < KINDER) answers[k] = Math.min(10, (answers[k] as number) + 1);
  return answers;
}

function world(withFirstSitting: boolean, seed: number): QualityResponse[] {
  const next = sequence(seed);
  const responses: QualityResponse[] = honestBackground(160);
  const days = [1, 2, 3, 4, 7, 8, 9, 10, 11, 14, 15, 16, 17, 18, 21, 22, 23, 24, 25, 28, 29, 30];
  days.forEach((day, k) => {
    responses.push(kioskForm(`k${k}a`, moscow(day, 10 + (k % 6), 7 * (k % 8)), variedAnswers(next)));
    if (k % 2) responses.push(kioskForm(`k${k}b`, moscow(day, 15, 20 + (k % 30)), variedAnswers(next)));
  });
  const sitting = (prefix: string, day: number, hour: number, hand: (next: () => number) => Record<string, number | string>) => {
    let at = moscow(day, hour, 0);
    for (let k = 0; k < 10; k++) {
      const gap = 120 + Math.floor(next() * 240);
      responses.push(kioskForm(`${prefix}${k}`, (at += gap * 1000), hand(next), Math.min(gap - 15, 100 + Math.floor(next() * 120))));
    }
  };
  if (withFirstSitting) sitting("sit", 16, 14, oneHand);
  sitting("again", 24, 11, carefulHand);
  return responses;
}

const SEED = 8;
const marked = (withFirstSitting: boolean, id: string) =>
  assessQuality({ units: fixtureUnits(), responses: world(withFirstSitting, SEED) }, shippedSettings(id)).responses.filter(
    (r) => r.id.startsWith("again") && r.reasons.some((x) => x.code === "kiosk_sitting"),
  );

describe("a second, careful sitting on a kiosk with a confirmed one", () => {
  it("is flagged by 2026.7 with a Russian reason that says why the bound is looser", () => {
    const found = marked(true, "2026.7");
    expect(found.length).toBeGreaterThanOrEqual(6);
    expect(found[0]?.reasons.find((x) => x.code === "kiosk_sitting")?.text).toMatch(/На этом же планшете уже найдено другое заполнение подряд одним человеком/);
  });

  it("was missed by 2026.6, and stays clear under 2026.7 when no sitting on the kiosk is confirmed", () => {
    expect(marked(true, "2026.6")).toHaveLength(0);
    expect(marked(false, "2026.7")).toHaveLength(0);
  });

  it("refuses a repeat bound tighter than the first sitting's or loose", () => {
    const copy = JSON.parse(JSON.stringify(shippedSettings("2026.7"))) as { kioskSitting: Record<string, unknown> };
    copy.kioskSitting["repeatPValue"] = 0.001;
    const tight = validateQualitySettings(copy);
    expect(tight.ok ? null : tight.problems[0]).toMatchObject({ path: "kioskSitting.repeatPValue" });
    copy.kioskSitting["repeatPValue"] = 0.5;
    const loose = validateQualitySettings(copy);
    expect(loose.ok ? null : loose.problems[0]).toMatchObject({ path: "kioskSitting.repeatPValue" });
    expect(shippedSettings("2026.7").kioskSitting?.repeatPValue).toBe(0.05);
    expect(shippedSettings("2026.6").kioskSitting?.repeatPValue).toBeUndefined();
  });
});
