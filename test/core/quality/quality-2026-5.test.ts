// Settings 2026.5: agreed top answers counted jointly in near-duplicates, texture clusters only when improbable, and an
// inflated unit confirmed by its good forms' habits — so honest «all 10» respondents and excellent centres stay clear.

import { describe, expect, it } from "vitest";
import { validateQualitySettings, type QualityResponse } from "../../../src/core/index.js";
import { buildQualityFrame } from "../../../src/core/quality/quality-frame.js";
import { compareHabits } from "../../../src/core/quality/unit-habits.js";
import { loadDefaultMethodology } from "../../../src/cli/methodology-files.js";
import { loadQualitySettings } from "../../../src/cli/quality-settings-files.js";
import { evaluateHoldout } from "../../../src/cli/synthetic/quality-holdout/holdout-evaluation.js";
import { fixtureUnits, moscow, sequence, shippedSettings } from "./quality-fixtures.js";

describe("quality settings 2026.5", () => {
  it("is the default, validates with the new optional fields, and 2026.4 stays without them", () => {
    const s = shippedSettings("2026.5");
    expect(loadQualitySettings(undefined).id).toBe("2026.5");
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

  it("flags no honest centre and far fewer honest forms than 2026.4, and still flags inflated centres", () => {
    const now = run("2026.5"),
      before = run("2026.4");
    expect(now?.honestUnits).toBe(0);
    expect(now?.falseFlags).toBeLessThanOrEqual(0.02);
    expect(now?.falseFlags).toBeLessThan(before?.falseFlags ?? 0);
    expect(now?.inflatedFlagged).toBeGreaterThan(0);
  });
});
