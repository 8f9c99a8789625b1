// The statistics behind unit divergence and near-duplicates.

import { describe, expect, it } from "vitest";
import { benjaminiHochberg, normalUpperTail, poissonUpperTail, robustCentre } from "../../../src/core/quality/quality-statistics.js";

describe("quality statistics", () => {
  it("normal and Poisson tails", () => {
    expect(normalUpperTail(0)).toBeCloseTo(0.5, 6);
    expect(normalUpperTail(1.959964)).toBeCloseTo(0.025, 5);
    expect(normalUpperTail(-1.959964)).toBeCloseTo(0.975, 5);
    expect(poissonUpperTail(0, 3)).toBe(1);
    expect(poissonUpperTail(1, 0.5)).toBeCloseTo(1 - Math.exp(-0.5), 10);
    expect(poissonUpperTail(3, 1)).toBeCloseTo(1 - Math.exp(-1) * 2.5, 10);
  });

  it("Benjamini–Hochberg keeps the step-up discoveries", () => {
    expect(benjaminiHochberg([0.01, 0.03, 0.02, 0.5], 0.05)).toEqual([true, true, true, false]);
    // Step-up: 0.026 misses its own bound (0.025) but stays, because the third-ranked 0.037 passes (≤ 0.0375).
    expect(benjaminiHochberg([0.026, 0.5, 0.01, 0.037], 0.05)).toEqual([true, false, true, true]);
    expect(benjaminiHochberg([0.02, 0.5, 0.6, 0.7], 0.05)).toEqual([false, false, false, false]);
  });

  it("robust centre: median and scaled MAD", () => {
    expect(robustCentre([1, 2, 3, 4, 100])).toEqual({ median: 3, scale: 1.4826 });
  });
});
