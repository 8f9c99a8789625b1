// The frame's layout of answers: keys found up front, a key first seen late, and the top answers.
import { describe, expect, it } from "vitest";
import { buildQualityFrame } from "../../../src/core/quality/quality-frame.js";
import { fixtureUnits, honestBackground, shippedSettings } from "./quality-fixtures.js";

describe("buildQualityFrame", () => {
  const settings = shippedSettings();

  it("lays out a key first seen after the sampled responses like any other", () => {
    const responses = honestBackground(6_000);
    const lateAt = 5_500;
    const late = { ...responses[lateAt]!, answers: { ...responses[lateAt]!.answers, extra: "да" } };
    responses[lateAt] = late;
    const frame = buildQualityFrame({ units: fixtureUnits(), responses }, settings.optionalKeys);
    const k = frame.keys.indexOf("extra");
    expect(k).toBeGreaterThanOrEqual(0);
    const width = frame.keys.length;
    const answeredExtra = Array.from({ length: frame.n }, (_, i) => frame.codes[i * width + k]).filter((code) => code !== 0);
    expect(answeredExtra).toHaveLength(1);
    expect(frame.codes[lateAt * width + k]).not.toBe(0);
    expect(frame.answered[lateAt]).toBe(Object.values(late.answers).filter((v) => v != null).length);
  });

  it("counts top answers against the highest number answered anywhere", () => {
    const base = honestBackground(3);
    const responses = [
      { ...base[0]!, answers: { q1: 9, q2: 9, q3: 4 } },
      { ...base[1]!, answers: { q1: 10, q2: 3, q3: 10 } },
      { ...base[2]!, answers: { q1: 8, q2: 8, q3: 8 } },
    ];
    const frame = buildQualityFrame({ units: fixtureUnits(), responses }, settings.optionalKeys);
    expect(Array.from(frame.scaleTop)).toEqual([0, 2, 0]);
    expect(Array.from(frame.scaleCount)).toEqual([3, 3, 3]);
  });
});
