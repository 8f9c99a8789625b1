// Settings 2026.5: agreed top answers counted jointly in near-duplicates, texture clusters only when improbable, and an
// inflated unit confirmed by its good forms' habits — so honest «all 10» respondents and excellent centres stay clear.

import { describe, expect, it } from "vitest";
import { assessQuality, validateQualitySettings, type QualityResponse } from "../../../src/core/index.js";
import { buildQualityFrame } from "../../../src/core/quality/quality-frame.js";
import { compareHabits } from "../../../src/core/quality/unit-habits.js";
import { loadDefaultMethodology } from "../../../src/cli/methodology-files.js";
import { evaluateHoldout } from "../../../src/cli/synthetic/quality-holdout/holdout-evaluation.js";
import { fixtureUnits, honestBackground, kioskForm, moscow, sequence, shippedSettings, variedAnswers } from "./quality-fixtures.js";

const SCALES = ["q1", "q2", "q3", "q5", "q6", "q7", "q8", "q9", "q10", "q11"];

/** An honest satisfied respondent: «10» on every question, the follow-ups and choices as people vary them. */
function allTens(id: string, unit: string, next: () => number, day: number): QualityResponse {
  const answers: Record<string, number | string> = Object.fromEntries(SCALES.map((k) => [k, 10]));
  answers["q4"] = next() < 0.8 ? "yes" : "no";
  answers["q12"] = next() < 0.5 ? "yes" : "no";
  if (answers["q12"] === "yes") answers["q12r"] = 7 + Math.floor(next() * 3);
  answers["q13"] = "no";
  answers["q14"] = next() < 0.7 ? "office" : "site";
  // Like every respondent of the fixture's background, they rate the office.
  answers["q15office"] = 10;
  return {
    id,
    unit,
    respondent: "seeker",
    submittedAt: moscow(day, 10 + Math.floor(next() * 7), Math.floor(next() * 60)),
    durationSec: 120 + Math.floor(next() * 150),
    device: `d:${id}`,
    channel: "qr",
    answers,
    commentCount: 0,
  };
}

/** A careful hand: answers as varied as a visitor's, each a point kinder. */
function flattering(next: () => number): Record<string, number | string> {
  const answers = variedAnswers(next);
  for (const k of SCALES) answers[k] = Math.min(10, (answers[k] as number) + 1);
  return answers;
}

describe("quality settings 2026.5", () => {
  it("validates with the new optional fields, and 2026.4 stays without them", () => {
    const s = shippedSettings("2026.5");
    expect(s.nearDuplicate.topJoint).toBe(true);
    expect(s.texture.maxClusterPValue).toBeGreaterThan(0);
    expect(s.unitTexture?.habitsPValue).toBeGreaterThan(0);
    const old = shippedSettings("2026.4");
    expect(old.nearDuplicate.topJoint).toBeUndefined();
    expect(old.texture.maxClusterPValue).toBeUndefined();
    expect(old.unitTexture?.habitsPValue).toBeUndefined();
  });

  it("refuses a wrong value of a new field with its path", () => {
    const broken = JSON.parse(JSON.stringify(shippedSettings("2026.5"))) as Record<string, Record<string, unknown>>;
    (broken["unitTexture"] as Record<string, unknown>)["habitsPValue"] = 2;
    const outcome = validateQualitySettings(broken);
    expect(outcome.ok ? null : outcome.problems[0]).toMatchObject({ path: "unitTexture.habitsPValue" });
  });
});

describe("honest «all 10» respondents under 2026.5", () => {
  const next = sequence(11);
  const days = [1, 2, 3, 4, 7, 8, 9, 10, 11, 14, 15, 16, 17, 18];
  const tens = Array.from({ length: 60 }, (_, k) => allTens(`t${k}`, k % 2 ? "T1" : "T2", next, days[k % days.length] as number));
  const input = { units: fixtureUnits(), responses: [...honestBackground(240), ...tens] };
  const flaggedTens = (id: string): number => assessQuality(input, shippedSettings(id)).responses.filter((r) => r.id.startsWith("t")).length;

  it("are not near-duplicates: «10» everywhere is common as a whole, not by the product of each «10»'s chance", () => {
    expect(flaggedTens("2026.5")).toBe(0);
  });

  it("were flagged by 2026.4, which multiplied those chances as if the answers were independent", () => {
    expect(flaggedTens("2026.4")).toBeGreaterThan(10);
  });
});

describe("texture clusters under 2026.5: only when that many copies are improbable", () => {
  const days = [1, 2, 3, 4, 7, 8, 9, 10, 11, 14, 15, 16, 17, 18];
  /** A bare straight-line: one value everywhere, nothing optional, no comment. */
  const bare = (id: string, unit: string, value: number, k: number): QualityResponse => ({
    id,
    unit,
    respondent: "seeker",
    submittedAt: moscow(days[k % days.length] as number, 10 + (k % 7), (k * 7) % 60),
    durationSec: 150,
    device: `d:${id}`,
    channel: "qr",
    answers: { ...Object.fromEntries(SCALES.map((q) => [q, value])), q4: "yes", q12: "no", q13: "no", q14: "office" },
    commentCount: 0,
  });
  const responses: QualityResponse[] = [
    ...honestBackground(240),
    // Honest «all 10» respondents in both centres (the other centre, busier, has more of them).
    ...Array.from({ length: 72 }, (_, k) => bare(`ten${k}`, k % 6 ? "T2" : "T1", 10, k)),
    // Five identical «all 5» forms in one centre only.
    ...Array.from({ length: 5 }, (_, k) => bare(`five${k}`, "T1", 5, k)),
  ];

  const clustered = (id: string, prefix: string): number =>
    assessQuality({ units: fixtureUnits(), responses }, shippedSettings(id)).responses.filter(
      (r) => r.id.startsWith(prefix) && r.reasons.some((x) => x.code === "texture" && x.group !== undefined),
    ).length;

  it("leaves honest «all 10» forms common across the region unclustered (2026.4 clustered them)", () => {
    expect(clustered("2026.5", "ten")).toBe(0);
    expect(clustered("2026.4", "ten")).toBeGreaterThan(0);
  });

  it("still clusters identical forms that occur in one unit only, once the others give a reference", () => {
    expect(clustered("2026.5", "five")).toBe(5);
  });
});

describe("kiosk sittings under 2026.5: likeness and level together", () => {
  const next = sequence(23);
  const responses: QualityResponse[] = honestBackground(200);
  const days = [1, 2, 3, 4, 7, 8, 9, 10, 11, 14, 15, 16, 17, 18, 21, 22, 23, 24, 25, 28, 29, 30];
  days.forEach((day, k) => responses.push(kioskForm(`k${k}`, moscow(day, 10 + (k % 6), 7 * (k % 8)), variedAnswers(next))));
  // Two honest rushes of strangers, denser than the sitting.
  for (const [day, hour] of [
    [22, 11],
    [9, 14],
  ] as const) {
    let at = moscow(day, hour, 0);
    for (let k = 0; k < 12; k++) responses.push(kioskForm(`rush${day}-${k}`, (at += (100 + Math.floor(next() * 80)) * 1000), variedAnswers(next)));
  }
  // A careful sitting: twelve forms at irregular 2–6 minute gaps, answers varied but flattering.
  let at = moscow(16, 14, 0);
  for (let k = 0; k < 12; k++) {
    const gap = 120 + Math.floor(next() * 240);
    responses.push(kioskForm(`sit${k}`, (at += gap * 1000), flattering(next), Math.min(gap - 15, 100 + Math.floor(next() * 120))));
  }
  const sittingFlags = (id: string, prefix: string): number =>
    assessQuality({ units: fixtureUnits(), responses }, shippedSettings(id)).responses.filter(
      (r) => r.id.startsWith(prefix) && r.reasons.some((x) => x.code === "kiosk_sitting"),
    ).length;

  it("finds a sitting whose answers are as varied as a visitor's but kinder, and says so with both p-values", () => {
    expect(sittingFlags("2026.5", "sit")).toBeGreaterThanOrEqual(8);
    const report = assessQuality({ units: fixtureUnits(), responses }, shippedSettings("2026.5"));
    const reason = report.responses.find((r) => r.id.startsWith("sit"))?.reasons.find((x) => x.code === "kiosk_sitting");
    expect(reason?.text).toMatch(/столь же высокие оценки — (около|менее)/);
  });

  it("leaves the denser rushes of strangers alone", () => {
    expect(sittingFlags("2026.5", "rush")).toBe(0);
  });
});

describe("habits of a unit's good forms (unit-habits.ts)", () => {
  const next = sequence(5);
  const form = (id: string, fresh: boolean, fast: boolean, k: number): QualityResponse => ({
    id,
    unit: "T1",
    respondent: "seeker",
    submittedAt: moscow(1 + (k % 20), 9 + Math.floor(next() * 8), Math.floor(next() * 60)),
    durationSec: Math.round((fast ? 120 : 200) * Math.exp(0.4 * (next() - 0.5))),
    // The unit's visitors come back: a third of them on a phone already seen.
    device: fresh || next() > 0.35 ? `d:${id}` : `d:shared${k % 25}`,
    channel: next() < 0.2 ? "link" : "qr",
    answers: { q1: 9 },
    commentCount: 0,
  });
  const compare = (responses: QualityResponse[]): number => {
    const frame = buildQualityFrame({ units: fixtureUnits(), responses }, []);
    const members = Array.from({ length: responses.length }, (_, i) => i);
    return compareHabits(
      frame,
      members,
      members.filter((i) => responses[i]?.id.startsWith("g")),
      members.filter((i) => responses[i]?.id.startsWith("r")),
      199,
    ).pValue;
  };

  it("finds no difference when the good forms come from the same visitors", () => {
    const same = [
      ...Array.from({ length: 120 }, (_, k) => form(`g${k}`, false, false, k)),
      ...Array.from({ length: 120 }, (_, k) => form(`r${k}`, false, false, k)),
    ];
    expect(compare(same)).toBeGreaterThan(0.05);
  });

  it("finds good forms that are quicker and never from a phone seen twice", () => {
    const other = [
      ...Array.from({ length: 120 }, (_, k) => form(`g${k}`, true, true, k)),
      ...Array.from({ length: 120 }, (_, k) => form(`r${k}`, false, false, k)),
    ];
    expect(compare(other)).toBeLessThanOrEqual(0.01);
  });
});

describe("the held-out generator's excellent centres (one quarter, 40 centres)", { timeout: 120_000 }, () => {
  const m = loadDefaultMethodology();
  const run = (id: string) => evaluateHoldout({ seeds: ["t5"], centres: 40, patterns: ["inflated_centre"] }, m, shippedSettings(id))[0];

  it("flags no honest centre, at most 2 % of honest forms, and still flags inflated centres", () => {
    const now = run("2026.5");
    expect(now?.honestUnits).toBe(0);
    expect(now?.falseFlags).toBeLessThanOrEqual(0.02);
    expect(now?.inflatedFlagged).toBeGreaterThan(0);
  });
});
