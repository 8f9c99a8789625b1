// The trend's axis fits the data inside its scale; periods without a value are gaps.
import { describe, expect, it } from "vitest";
import { fittedAxis, gapIndexes } from "../../src/web/format/trend-axis.js";

describe("trend axis", () => {
  it("fits the index between 34 and 43 instead of 0–50", () => {
    const axis = fittedAxis([38.2, undefined, 39.9, 37.1], 50);
    expect(axis.min).toBeGreaterThan(30);
    expect(axis.min).toBeLessThanOrEqual(37.1);
    expect(axis.max).toBeGreaterThanOrEqual(39.9);
    expect(axis.max).toBeLessThanOrEqual(43);
  });
  it("stays inside the scale and shows at least a twentieth of it around a flat line", () => {
    expect(fittedAxis([99, 100], 100)).toEqual({ min: 90, max: 100 });
    expect(fittedAxis([0.5], 50)).toEqual({ min: 0, max: 3 });
    expect(fittedAxis([undefined], 50)).toEqual({ min: 0, max: 50 });
  });
  it("lists the periods without a value", () => {
    expect(gapIndexes([1, undefined, 2, undefined])).toEqual([1, 3]);
  });
});
