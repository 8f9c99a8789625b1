// The significance of an index change: beyond the combined margin of the two intervals, or not.
import { describe, expect, it } from "vitest";
import { isChangeSignificant } from "../../../src/server/dashboard/change-significance.js";

describe("isChangeSignificant", () => {
  it("compares the change with the margin of the difference, √(h₁² + h₂²)", () => {
    // Half-widths 1 and 1: margin √2 ≈ 1.414.
    expect(isChangeSignificant(0.57, [39, 41], [38.43 - 1, 38.43 + 1])).toBe(false);
    expect(isChangeSignificant(1.4, [39, 41], [37.6, 39.6])).toBe(false);
    expect(isChangeSignificant(1.5, [39, 41], [37.5, 39.5])).toBe(true);
    expect(isChangeSignificant(-1.5, [39, 41], [40.5, 42.5])).toBe(true);
  });
  it("says nothing without both intervals", () => {
    expect(isChangeSignificant(3, undefined, [1, 2])).toBeUndefined();
    expect(isChangeSignificant(3, [1, 2], undefined)).toBeUndefined();
  });
});
