// The settings model: the shipped version validates; a broken file is refused with the path of the problem.

import { describe, expect, it } from "vitest";
import { validateQualitySettings } from "../../../src/core/index.js";
import { shippedSettings } from "./quality-fixtures.js";

describe("quality settings", () => {
  it("validates the shipped version", () => {
    const s = shippedSettings();
    expect(s.id).toBe("2026.1");
    expect(s.defaultHours.mon).toBe("09:00-18:00");
    expect(s.defaultHours.sat).toBeNull();
  });

  it("refuses a wrong value with its path", () => {
    const broken = JSON.parse(JSON.stringify(shippedSettings())) as Record<string, Record<string, unknown>>;
    (broken["burst"] as Record<string, unknown>)["minCount"] = 1;
    const outcome = validateQualitySettings(broken);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems[0]).toMatchObject({ code: "out_of_range", path: "burst.minCount" });
  });

  it("refuses another format and unreadable hours", () => {
    expect(validateQualitySettings({ ...shippedSettings(), format: "x" }).ok).toBe(false);
    const outcome = validateQualitySettings({ ...shippedSettings(), defaultHours: { mon: "9-18" } });
    expect(outcome.ok ? null : outcome.problems[0]).toMatchObject({ code: "bad_hours", path: "defaultHours.mon" });
  });
});

describe("quality settings 2026.2", () => {
  it("validates with the kiosk-sitting and unit-texture sections, and 2026.1 stays valid without them", () => {
    const s = shippedSettings("2026.2");
    expect(s.id).toBe("2026.2");
    expect(s.kioskSitting?.minRun).toBeGreaterThanOrEqual(3);
    expect(s.unitTexture?.falseDiscoveryRate).toBeGreaterThan(0);
    expect(s.recurringDevice.pairLikeness).toBeGreaterThan(0);
    const old = shippedSettings("2026.1");
    expect(old.kioskSitting).toBeUndefined();
    expect(old.unitTexture).toBeUndefined();
    expect(old.recurringDevice.pairLikeness).toBeUndefined();
  });

  it("refuses a wrong value in a new section with its path", () => {
    const broken = JSON.parse(JSON.stringify(shippedSettings("2026.2"))) as Record<string, Record<string, unknown>>;
    (broken["kioskSitting"] as Record<string, unknown>)["maxLikenessPValue"] = 2;
    const outcome = validateQualitySettings(broken);
    expect(outcome.ok ? null : outcome.problems[0]).toMatchObject({ code: "out_of_range", path: "kioskSitting.maxLikenessPValue" });
    const missing = JSON.parse(JSON.stringify(shippedSettings("2026.2"))) as Record<string, Record<string, unknown>>;
    delete (missing["unitTexture"] as Record<string, unknown>)["minUniformity"];
    const refused = validateQualitySettings(missing);
    expect(refused.ok ? null : refused.problems[0]).toMatchObject({ path: "unitTexture.minUniformity" });
  });
});
