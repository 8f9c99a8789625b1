// The country's widest pain points count only regions with results: regions without answers do not dilute the share.
import { describe, expect, it } from "vitest";
import { widePains, type PainPointFinder, type UnitPainPoints } from "../../../src/core/index.js";
import { methodology } from "../support/fixtures.js";
import { shippedPainSettings } from "./pain-world.js";

const settings = shippedPainSettings();
const waiting = {
  indicator: "М6",
  name: "Быстрое реагирование",
  group: "М",
  view: "seeker",
  part: "survey",
  points: 0.9,
} as unknown as UnitPainPoints["painPoints"][number];
const found = (unit: string, tested: number, painPoints: UnitPainPoints["painPoints"]): UnitPainPoints => ({
  unit,
  view: "seeker",
  period: "2025-Q4",
  settings: settings.id,
  tested,
  painPoints,
});

function finderOf(table: Record<string, UnitPainPoints>): PainPointFinder {
  return { period: "2025-Q4", settings, of: (unit) => table[unit] };
}

describe("the indicators that hurt in most regions", () => {
  it("share out of the regions with results, not of every region of the country", () => {
    const finder = finderOf({
      r1: found("r1", 40, [waiting]),
      r2: found("r2", 40, [waiting]),
      r3: found("r3", 40, []),
      empty1: found("empty1", 0, []),
      empty2: found("empty2", 0, []),
    });
    const wide = widePains(finder, methodology, ["r1", "r2", "r3", "empty1", "empty2", "unknown"], "seeker");
    const m6 = wide.find((w) => w.indicator === "М6")!;
    expect(m6).toMatchObject({ regions: ["r1", "r2"], of: 3, most: settings.countryPainShare <= 2 / 3 });
    expect(m6.share).toBeCloseTo(2 / 3, 12);
    expect(wide[0]!.indicator).toBe("М6");
    expect(wide.find((w) => w.indicator === "К1")).toMatchObject({ regions: [], share: 0, most: false });
  });
});
