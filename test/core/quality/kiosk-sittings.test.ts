// Kiosk sittings: a dense, alike run on the office kiosk is flagged; an equally dense queue of strangers is not.

import { describe, expect, it } from "vitest";
import { assessQuality, type QualityResponse } from "../../../src/core/index.js";
import { fixtureUnits, honestBackground, kioskForm, moscow, sequence, shippedSettings, variedAnswers } from "./quality-fixtures.js";

const SCALES = ["q1", "q2", "q3", "q5", "q6", "q7", "q8", "q9", "q10", "q11"];
/** One hand: 9s and 10s drawn afresh, the same choices, nothing optional. */
function oneHand(next: () => number): Record<string, number | string> {
  const answers: Record<string, number | string> = {};
  for (const k of SCALES) answers[k] = next() < 0.6 ? 10 : next() < 0.8 ? 9 : 8;
  answers["q4"] = "yes";
  answers["q12"] = "no";
  answers["q13"] = "no";
  answers["q14"] = "office";
  return answers;
}

function world(): QualityResponse[] {
  const next = sequence(11);
  const responses: QualityResponse[] = honestBackground(160);
  // The kiosk's everyday traffic: one or two visitors on most working days.
  const days = [1, 2, 3, 4, 7, 8, 9, 10, 11, 14, 15, 16, 17, 18, 21, 22, 23, 24, 25, 28, 29, 30];
  days.forEach((day, k) => {
    responses.push(kioskForm(`k${k}a`, moscow(day, 10 + (k % 6), 7 * (k % 8)), variedAnswers(next)));
    if (k % 2) responses.push(kioskForm(`k${k}b`, moscow(day, 15, 20 + (k % 30)), variedAnswers(next)));
  });
  // An honest rush: ten strangers, one after another, every 3–5 minutes.
  let at = moscow(22, 11, 0);
  for (let k = 0; k < 10; k++) responses.push(kioskForm(`rush${k}`, (at += (180 + Math.floor(next() * 120)) * 1000), variedAnswers(next)));
  // A sitting: ten forms of one hand at irregular 2–6 minute gaps, plausible durations.
  at = moscow(16, 14, 0);
  for (let k = 0; k < 10; k++) {
    const gap = 120 + Math.floor(next() * 240);
    responses.push(kioskForm(`sit${k}`, (at += gap * 1000), oneHand(next), Math.min(gap - 15, 100 + Math.floor(next() * 120))));
  }
  return responses;
}

describe("kiosk sittings", () => {
  const report = assessQuality({ units: fixtureUnits(), responses: world() }, shippedSettings("2026.2"));
  const reasons = (id: string) => report.responses.find((r) => r.id === id)?.reasons.map((r) => r.code) ?? [];

  it("flags the alike run with a Russian reason and one group", () => {
    const sitting = report.responses.filter((r) => r.id.startsWith("sit"));
    expect(sitting.length).toBeGreaterThanOrEqual(9);
    for (const r of sitting) expect(r.reasons.map((x) => x.code)).toContain("kiosk_sitting");
    const reason = sitting[0]?.reasons.find((x) => x.code === "kiosk_sitting");
    expect(reason?.text).toMatch(/планшете/);
    expect(new Set(sitting.map((r) => r.reasons.find((x) => x.code === "kiosk_sitting")?.group)).size).toBe(1);
  });

  it("leaves the dense queue of strangers and the everyday kiosk traffic alone", () => {
    for (let k = 0; k < 10; k++) expect(reasons(`rush${k}`)).not.toContain("kiosk_sitting");
    expect(report.responses.filter((r) => r.id.startsWith("k"))).toEqual([]);
  });

  it("does not run under 2026.1 (no such section)", () => {
    const old = assessQuality({ units: fixtureUnits(), responses: world() }, shippedSettings("2026.1"));
    expect(old.responses.flatMap((r) => r.reasons).some((x) => x.code === "kiosk_sitting")).toBe(false);
  });
});
