// Periods: parsing, months, containment and overlap, the previous period.

import { describe, expect, it } from "vitest";
import { monthCount, parsePeriod, periodContains, periodMonths, periodsOverlap, previousPeriod } from "../../../src/core/index.js";

const p = (text: string) => {
  const period = parsePeriod(text);
  if (!period) throw new Error(`does not parse: ${text}`);
  return period;
};

describe("periods", () => {
  it("parses the four kinds and nothing else", () => {
    expect(["2025", "2025-H1", "2025-H2", "2025-Q1", "2025-Q4", "2025-01", "2025-12"].map((t) => parsePeriod(t)?.kind)).toEqual([
      "year",
      "half",
      "half",
      "quarter",
      "quarter",
      "month",
      "month",
    ]);
    for (const bad of ["2025-Q5", "2025-Q0", "2025-H3", "2025-13", "2025-00", "2025-4", "25", "2025-q2", " 2025", "2025-Q2 ", "2025-W14", ""])
      expect(parsePeriod(bad), bad).toBeNull();
  });

  it("lists the months of a period", () => {
    expect(periodMonths(p("2025-Q2"))).toEqual(["2025-04", "2025-05", "2025-06"]);
    expect(periodMonths(p("2025-H2"))).toEqual(["2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12"]);
    expect(periodMonths(p("2025"))).toHaveLength(12);
    expect(periodMonths(p("2025-11"))).toEqual(["2025-11"]);
    expect([p("2025"), p("2025-H1"), p("2025-Q3"), p("2025-02")].map(monthCount)).toEqual([12, 6, 3, 1]);
  });

  it("tells containment and overlap", () => {
    expect(periodContains(p("2025"), p("2025-Q2"))).toBe(true);
    expect(periodContains(p("2025-H1"), p("2025-Q2"))).toBe(true);
    expect(periodContains(p("2025-H1"), p("2025-Q3"))).toBe(false);
    expect(periodContains(p("2025-Q2"), p("2025-Q2"))).toBe(true);
    expect(periodContains(p("2025-05"), p("2025-Q2"))).toBe(false);
    expect(periodsOverlap(p("2025-Q2"), p("2025-H1"))).toBe(true);
    expect(periodsOverlap(p("2025-Q2"), p("2025-07"))).toBe(false);
    expect(periodsOverlap(p("2024"), p("2025-01"))).toBe(false);
    expect(periodsOverlap(p("2025-06"), p("2025-Q2"))).toBe(true);
  });

  it("steps back one period of the same kind, across years", () => {
    expect(["2025-Q1", "2025-Q3", "2025-H1", "2025-01", "2025-10", "2025"].map((t) => previousPeriod(p(t)).label)).toEqual([
      "2024-Q4",
      "2025-Q2",
      "2024-H2",
      "2024-12",
      "2025-09",
      "2024",
    ]);
    expect(previousPeriod(p("2025-Q1"))).toEqual(p("2024-Q4"));
  });
});
