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
