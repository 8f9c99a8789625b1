// Unit-level divergence: an inflated centre stands out from its region's peers; a genuinely excellent one does not.

import { describe, expect, it } from "vitest";
import { assessQuality, qualityUnits, type QualityResponse } from "../../../src/core/index.js";
import { moscow, sequence, shippedSettings, variedAnswers } from "./quality-fixtures.js";

const settings = shippedSettings();
const centres = Array.from({ length: 14 }, (_, k) => `C${k}`);
const units = qualityUnits(
  [
    { id: "R", kind: "region", name: "Регион", parent: null, network: "decentralized", timezone: "Europe/Moscow" },
    ...centres.map((id) => ({ id, kind: "territorial" as const, name: id, parent: "R" })),
  ],
  "Europe/Moscow",
);

function responses(unit: string, count: number, style: "honest" | "excellent" | "inflated", seed: number): QualityResponse[] {
  const next = sequence(seed);
  return Array.from({ length: count }, (_, i) => {
    const answers = variedAnswers(next);
    if (style !== "honest") for (const k of ["q1", "q2", "q3", "q5", "q6", "q7", "q8", "q9", "q10", "q11"]) answers[k] = next() < 0.7 ? 10 : 9;
    if (style === "inflated") {
      delete answers["q15office"];
      delete answers["q15site"];
    }
    return {
      id: `${unit}-${i}`,
      unit,
      respondent: "seeker" as const,
      submittedAt: moscow(1 + (i % 28), 10 + (i % 7), (i * 7) % 60),
      device: `d:${unit}-${i}`,
      channel: "qr" as const,
      durationSec: style === "inflated" ? 80 + Math.floor(next() * 60) : 150 + Math.floor(next() * 200),
      answers,
      commentCount: style === "inflated" ? 0 : next() < 0.25 ? 1 : 0,
    };
  });
}

describe("unit divergence", () => {
  it("flags the inflated centre with its statistics, not the excellent one, and marks its responses", () => {
    const all = centres.flatMap((id, k) => responses(id, 60, k === 3 ? "inflated" : k === 5 ? "excellent" : "honest", 1000 + k));
    const report = assessQuality({ units, responses: all }, settings);
    expect(report.units.map((u) => u.id)).toEqual(["C3"]);
    const c3 = report.units[0];
    expect(c3?.reasons[0]?.code).toBe("unit_divergence");
    expect(c3?.reasons[0]?.text).toMatch(/Бенджамини — Хохберга/);
    expect(c3?.stats?.["missingOptional"]).toBeGreaterThan(0.9);
    const flaggedInC3 = report.responses.filter((r) => r.unit === "C3").length;
    expect(flaggedInC3).toBeGreaterThanOrEqual(54);
    expect(report.responses.filter((r) => r.unit === "C5")).toHaveLength(0);
  });
});
