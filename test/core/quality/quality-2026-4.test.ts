// Settings 2026.4: inflated units judged against the country's line moved by a shrunk regional intercept, their forms
// marked by the posterior of being fabricated, and a staff phone's groups of three forms or more counted on their own.

import { describe, expect, it } from "vitest";
import { validateQualitySettings } from "../../../src/core/index.js";
import { loadDefaultMethodology } from "../../../src/cli/methodology-files.js";
import { loadQualitySettings } from "../../../src/cli/quality-settings-files.js";
import { evaluateGrid } from "../../../src/cli/synthetic/quality-grid/grid-evaluation.js";
import { shippedSettings } from "./quality-fixtures.js";

describe("quality settings 2026.4", () => {
  it("loads by its id, validates with the new optional fields, and 2026.3 stays without them", () => {
    const s = shippedSettings("2026.4");
    expect(loadQualitySettings("2026.4").id).toBe("2026.4");
    expect(s.unitTexture?.regionIntercept).toBe(true);
    expect(s.unitTexture?.minPosterior).toBeGreaterThan(0);
    expect(s.recurringDevice.largeGroup).toBe(3);
    const old = shippedSettings("2026.3");
    expect(old.unitTexture?.regionIntercept).toBeUndefined();
    expect(old.unitTexture?.minPosterior).toBeUndefined();
    expect(old.recurringDevice.largeGroup).toBeUndefined();
  });

  it("refuses a wrong value of a new field with its path", () => {
    const broken = JSON.parse(JSON.stringify(shippedSettings("2026.4"))) as Record<string, Record<string, unknown>>;
    (broken["unitTexture"] as Record<string, unknown>)["regionIntercept"] = 1;
    const outcome = validateQualitySettings(broken);
    expect(outcome.ok ? null : outcome.problems[0]).toMatchObject({ path: "unitTexture.regionIntercept" });
    const small = JSON.parse(JSON.stringify(shippedSettings("2026.4"))) as Record<string, Record<string, unknown>>;
    (small["recurringDevice"] as Record<string, unknown>)["largeGroup"] = 2;
    const refused = validateQualitySettings(small);
    expect(refused.ok ? null : refused.problems[0]).toMatchObject({ code: "out_of_range", path: "recurringDevice.largeGroup" });
  });
});

describe("grid cells 2026.3 fell short on (40 centres, 15 % of centres fabricating)", { timeout: 300_000 }, () => {
  const m = loadDefaultMethodology();
  const run = (id: string) =>
    evaluateGrid({ seed: "grid-test-4", sizes: [40], shares: [0.15], patterns: ["staff_phone", "inflated_centre"], volume: 90 }, m, shippedSettings(id));
  const now = run("2026.4"),
    before = run("2026.3");
  const cell = (cells: typeof now, pattern: string) => cells.find((c) => c.pattern === pattern);

  it("finds a staff phone at least as well as 2026.3 (96 % measured)", () => {
    expect(cell(now, "staff_phone")?.recall).toBeGreaterThanOrEqual(cell(before, "staff_phone")?.recall ?? 1);
    expect(cell(now, "staff_phone")?.recall).toBeGreaterThanOrEqual(0.9);
  });

  it("flags every inflated centre, no honest one, and fewer honest forms than 2026.3", () => {
    const inflated = cell(now, "inflated_centre");
    expect(inflated?.inflatedFlagged).toBe(inflated?.inflatedTotal);
    for (const c of now) expect(c.honestUnitsPer40).toBeLessThanOrEqual(1);
    expect(inflated?.falseFlags).toBeLessThanOrEqual(cell(before, "inflated_centre")?.falseFlags ?? 0);
    expect(inflated?.falseFlags).toBeLessThanOrEqual(0.02);
  });
});
