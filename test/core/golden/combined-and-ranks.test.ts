// Golden: the combined view (means and interval of two views) and shared ranks on the index rounded to 2 decimals.

import { describe, expect, it } from "vitest";
import { computeFromDataset, type ObjectiveEntry } from "../../../src/core/index.js";
import { allAnswers, dataset, methodology, office, region, responses } from "../support/fixtures.js";
import { entry } from "../support/result-access.js";

describe("golden: combined view", () => {
  // Office T, no objective data (П2, П3, М5 missing; every group still present through its survey indicators).
  // Seeker: 40 × all 10 → every share 1 → index 50, SE 0.
  // Employer: 20 × all 10 (q4 = yes) + 20 × all 3 (q4 = no) → every share 0.5 over 40 → every group at half its
  //   maximum → index 25.
  //   SE(p) = √(0.25/40); SE(G)² = (M/Σm)²·Σ m²·SE(p)² summed over groups = 1.075 (computed independently)
  //   → interval 25 ± 1.96·√1.075 = [22.967828747373883, 27.032171252626117].
  // Combined: index (50 + 25) / 2 = 37.5, percent 75 → 3 stars; SE² = (0 + 1.075) / 4 → [36.48391437368694, 38.51608562631306];
  //   groups are the means (Д 4.5 …); n = 80; coverage 1.
  const rs = [
    ...responses(40, "T", "seeker", allAnswers(10)),
    ...responses(20, "T", "employer", allAnswers(10)),
    ...responses(20, "T", "employer", { ...allAnswers(3), q4: "no" }),
  ];
  const doc = computeFromDataset(dataset([region("R"), office("T", "R")], rs), methodology, "2025-Q2");

  it("employer view at half the maximum", () => {
    const e = entry(doc, "T", "employer");
    expect(e.index).toBeCloseTo(25, 12);
    expect(e.ci?.[0]).toBeCloseTo(22.967828747373883, 10);
    expect(e.ci?.[1]).toBeCloseTo(27.032171252626117, 10);
    expect(e.stars).toBe(1);
  });

  it("combined is the mean of the two views, with SE² = (SE_С² + SE_Р²) / 4", () => {
    const c = entry(doc, "T", "combined");
    expect(c.n).toBe(80);
    expect(c.index).toBeCloseTo(37.5, 12);
    expect(c.percent).toBeCloseTo(75, 12);
    expect(c.stars).toBe(3);
    expect(c.ci?.[0]).toBeCloseTo(36.48391437368694, 10);
    expect(c.ci?.[1]).toBeCloseTo(38.51608562631306, 10);
    expect(c.groups["Д"]).toBeCloseTo(4.5, 12);
    expect(c.groups["К"]).toBeCloseTo(12, 12);
    expect(c.indicators).toBeUndefined();
    expect(c.status).toBe("ok");
  });

  it("without an employer index there is no combined index and no groups", () => {
    const only = computeFromDataset(dataset([region("R"), office("T", "R")], responses(40, "T", "seeker", allAnswers(10))), methodology, "2025-Q2");
    const c = entry(only, "T", "combined");
    expect(c).toMatchObject({ n: 40, status: "empty", groups: {} });
    expect(c.coverage).toBeCloseTo((1 + 0) / 2, 12);
    expect(c.index).toBeUndefined();
  });
});

describe("golden: shared ranks", () => {
  // Four offices, 40 seeker responses each, every answer 10, no objective data except К1 checklists:
  //   К1 s = 0.5 + 0.5 c; every other present indicator is 1 → index = 46 + 4 s = 48 + 2 c.
  //   T1 c = 1 → 50.000;  T2 c = 0.996 → 49.992 → 49.99;  T3 c = 0.997 → 49.994 → 49.99;  T4 c = 0.99 → 49.98.
  //   Ranks on the rounded index: 1, 2, 2, 4 (rankOf 4). T5 has 10 responses (insufficient): not ranked.
  const units = [region("R"), ...["T1", "T2", "T3", "T4", "T5"].map((id) => office(id, "R"))];
  const met = { T1: 1000, T2: 996, T3: 997, T4: 990, T5: 1000 };
  const objective: ObjectiveEntry[] = Object.entries(met).map(([unit, m]) => ({ unit, period: "2025-Q2", indicator: "К1", met: m, applicable: 1000 }));
  const rs = ["T1", "T2", "T3", "T4"].flatMap((id) => responses(40, id, "seeker", allAnswers(10)));
  const doc = computeFromDataset(dataset(units, [...rs, ...responses(10, "T5", "seeker", allAnswers(10))], objective), methodology, "2025-Q2");

  it("equal rounded indices share a rank", () => {
    const ranks = ["T1", "T2", "T3", "T4"].map((id) => entry(doc, id, "seeker").rank);
    expect(ranks).toEqual([1, 2, 2, 4]);
    expect(entry(doc, "T3", "seeker").index).toBeCloseTo(49.994, 10);
    for (const id of ["T1", "T2", "T3", "T4"]) expect(entry(doc, id, "seeker").rankOf).toBe(4);
    expect(entry(doc, "T5", "seeker").rank).toBeUndefined();
  });

  it("each kind is ranked on its own; the country never", () => {
    expect(entry(doc, "R", "seeker")).toMatchObject({ rank: 1, rankOf: 1 });
    expect(entry(doc, undefined, "seeker").rank).toBeUndefined();
    expect(entry(doc, "T1", "employer").rank).toBeUndefined();
  });
});
