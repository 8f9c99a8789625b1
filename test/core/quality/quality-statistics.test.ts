// The statistics behind unit divergence and near-duplicates.

import { describe, expect, it } from "vitest";
import { betaBinomialUpperTail } from "../../../src/core/quality/beta-binomial.js";
import { benjaminiHochberg, normalUpperTail, poissonUpperTail, robustCentre, theilSen } from "../../../src/core/quality/quality-statistics.js";

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

describe("beta-binomial tail and Theil–Sen line", () => {
  it("is the binomial tail without between-unit spread, and heavier with it", () => {
    expect(betaBinomialUpperTail(8, 10, 0.5, 1e-9)).toBeCloseTo(56 / 1024, 6);
    expect(betaBinomialUpperTail(0, 10, 0.3, 0.1)).toBe(1);
    expect(betaBinomialUpperTail(11, 10, 0.3, 0.1)).toBe(0);
    const narrow = betaBinomialUpperTail(60, 100, 0.4, 1e-6),
      wide = betaBinomialUpperTail(60, 100, 0.4, 0.05);
    expect(narrow).toBeLessThan(1e-3);
    expect(wide).toBeGreaterThan(narrow * 10);
  });

  it("fits a line through outliers", () => {
    const x = [1, 2, 3, 4, 5, 6, 7, 8],
      y = x.map((v) => 2 * v + 1);
    y[7] = 100;
    const line = theilSen(x, y);
    expect(line.slope).toBeCloseTo(2, 6);
    expect(line.intercept).toBeCloseTo(1, 6);
  });
});
