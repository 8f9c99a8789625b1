// Settings 2026.3: near-duplicate copies joined by their cluster's consensus (also across the two forms), kiosk
// sittings judged against a reference without the kiosk's other runs, and the grid cells 2026.2 missed.

import { describe, expect, it } from "vitest";
import { assessQuality, validateQualitySettings, type QualityResponse } from "../../../src/core/index.js";
import { loadDefaultMethodology } from "../../../src/cli/methodology-files.js";
import { evaluateGrid } from "../../../src/cli/synthetic/quality-grid/grid-evaluation.js";
import { fixtureUnits, honestBackground, kioskForm, moscow, sequence, shippedSettings, variedAnswers } from "./quality-fixtures.js";

const SCALES = ["q1", "q2", "q3", "q5", "q6", "q7", "q8", "q9", "q10", "q11"];

describe("quality settings 2026.3", () => {
  it("validates with the new optional fields, and 2026.2 stays without them", () => {
    const s = shippedSettings("2026.3");
    expect(s.nearDuplicate.consensusShare).toBeGreaterThan(0);
    expect(s.kioskSitting?.referenceWithoutRuns).toBe(true);
    expect(s.recurringDevice.rateWeightCap).toBeGreaterThan(0);
    const old = shippedSettings("2026.2");
    expect(old.nearDuplicate.consensusShare).toBeUndefined();
    expect(old.kioskSitting?.referenceWithoutRuns).toBeUndefined();
    expect(old.recurringDevice.rateWeightCap).toBeUndefined();
  });

  it("refuses a wrong value of a new field with its path", () => {
    const broken = JSON.parse(JSON.stringify(shippedSettings("2026.3"))) as Record<string, Record<string, unknown>>;
    (broken["kioskSitting"] as Record<string, unknown>)["referenceWithoutRuns"] = "да";
    const outcome = validateQualitySettings(broken);
    expect(outcome.ok ? null : outcome.problems[0]).toMatchObject({ path: "kioskSitting.referenceWithoutRuns" });
    const share = JSON.parse(JSON.stringify(shippedSettings("2026.3"))) as Record<string, Record<string, unknown>>;
    (share["nearDuplicate"] as Record<string, unknown>)["consensusShare"] = 0.5;
    const refused = validateQualitySettings(share);
    expect(refused.ok ? null : refused.problems[0]).toMatchObject({ code: "out_of_range", path: "nearDuplicate.consensusShare" });
  });
});

/** A flattering template copied with 0–3 edits (copies then differ pairwise in up to six answers), some on the employer form. */
function copies(): QualityResponse[] {
  const next = sequence(29);
  const template: Record<string, number | string> = { q4: "yes", q12: "yes", q12r: 9, q13: "no", q14: "site", q15site: 9, q15social: 8 };
  SCALES.forEach((k, x) => (template[k] = x % 3 === 0 ? 9 : x % 4 === 0 ? 8 : 10));
  return Array.from({ length: 16 }, (_, c) => {
    const answers = { ...template };
    // Every fourth copy carries three edits on its own questions: far from the other edited copies.
    const edits = c % 4 === 3 ? 3 : c % 4;
    for (let e = 0; e < edits; e++) {
      const key = SCALES[(c * 3 + e) % SCALES.length] as string;
      answers[key] = (answers[key] as number) >= 10 ? 9 : (answers[key] as number) + 1;
    }
    return {
      id: `copy${c}`,
      unit: "T1",
      respondent: c % 5 === 4 ? ("employer" as const) : ("seeker" as const),
      submittedAt: moscow(1 + (c % 20), 10 + (c % 6), Math.floor(next() * 60)),
      durationSec: 200 + Math.floor(next() * 80),
      device: `d:copy${c}`,
      channel: "qr" as const,
      answers,
      commentCount: 0,
    };
  });
}

describe("near-duplicates under 2026.3", () => {
  const responses = [...honestBackground(160), ...copies()];
  const flaggedCopies = (version: string): string[] =>
    assessQuality({ units: fixtureUnits(), responses }, shippedSettings(version))
      .responses.filter((r) => r.id.startsWith("copy") && r.reasons.some((x) => x.code === "near_duplicate"))
      .map((r) => r.id);

  it("flags every copy, the far-edited ones and those on the employer form included, with a Russian reason", () => {
    const report = assessQuality({ units: fixtureUnits(), responses }, shippedSettings("2026.3"));
    const flagged = report.responses.filter((r) => r.id.startsWith("copy"));
    expect(flagged.map((r) => r.id).sort()).toEqual(
      copies()
        .map((r) => r.id)
        .sort(),
    );
    const employer = flagged.find((r) => r.id === "copy4");
    expect(employer?.reasons.find((x) => x.code === "near_duplicate")?.text).toMatch(/образца/);
    expect(report.responses.filter((r) => r.id.startsWith("h"))).toEqual([]);
  });

  it("finds more of them than 2026.2, which keeps its own behaviour", () => {
    expect(flaggedCopies("2026.3").length).toBeGreaterThan(flaggedCopies("2026.2").length);
  });
});

/** One hand: 9s and 10s drawn afresh, the same choices, nothing optional. */
function oneHand(next: () => number): Record<string, number | string> {
  const answers: Record<string, number | string> = { q4: "yes", q12: "no", q13: "no", q14: "office" };
  for (const k of SCALES) answers[k] = next() < 0.6 ? 10 : next() < 0.8 ? 9 : 8;
  return answers;
}

/** A small centre whose kiosk saw four sittings of one hand: its other forms are mostly that hand's. */
function sittings(): QualityResponse[] {
  const next = sequence(5);
  const responses: QualityResponse[] = honestBackground(70).map((r) => ({ ...r, unit: "T1" }));
  [2, 8, 15, 22].forEach((day, s) => {
    let at = moscow(day, 10 + s, 0);
    for (let k = 0; k < 10; k++) {
      const gap = 120 + Math.floor(next() * 240);
      responses.push(kioskForm(`sit${s}-${k}`, (at += gap * 1000), oneHand(next), Math.min(gap - 15, 100 + Math.floor(next() * 120))));
    }
  });
  let at = moscow(24, 11, 0);
  for (let k = 0; k < 10; k++) responses.push(kioskForm(`rush${k}`, (at += (180 + Math.floor(next() * 120)) * 1000), variedAnswers(next)));
  return responses;
}

describe("kiosk sittings under 2026.3", () => {
  it("finds each of several sittings of one hand, and leaves the queue of strangers alone", () => {
    const report = assessQuality({ units: fixtureUnits(), responses: sittings() }, shippedSettings("2026.3"));
    const coded = (prefix: string) => report.responses.filter((r) => r.id.startsWith(prefix) && r.reasons.some((x) => x.code === "kiosk_sitting"));
    for (const s of [0, 1, 2, 3]) expect(coded(`sit${s}-`).length).toBeGreaterThanOrEqual(8);
    expect(coded("rush")).toEqual([]);
  });
});

describe("grid cells 2026.2 missed (40 centres, 15 % of centres fabricating)", { timeout: 300_000 }, () => {
  const cells = evaluateGrid(
    { seed: "grid-test-3", sizes: [40], shares: [0.15], patterns: ["near_duplicates", "kiosk_sitting"], volume: 90 },
    loadDefaultMethodology(),
    shippedSettings("2026.3"),
  );

  it("finds at least 95 % of copies with at most 2 % honest responses flagged and no honest centre", () => {
    for (const c of cells) {
      expect(c.falseFlags).toBeLessThanOrEqual(0.02);
      expect(c.honestUnitsPer40).toBeLessThanOrEqual(1);
    }
    expect(cells.find((c) => c.pattern === "near_duplicates")?.recall).toBeGreaterThanOrEqual(0.95);
  });

  // A known gap, measured rather than hidden: on this seed one sitting in a centre whose honest respondents answer
  // like the fabricator (0.90 measured); the likeness test cannot tell that hand from the centre's visitors.
  it("finds at least 85 % of kiosk sittings", () => {
    expect(cells.find((c) => c.pattern === "kiosk_sitting")?.recall).toBeGreaterThanOrEqual(0.85);
  });
});
