// Golden: a scale share, its denominator rules (undecided, skipped answers) and thresholds read from the methodology.

import { describe, expect, it } from "vitest";
import { computeFromDataset } from "../../../src/core/index.js";
import { dataset, methodology, office, region, responses, variant } from "../support/fixtures.js";
import { entry } from "../support/result-access.js";

// Office T of region R; 44 seeker responses in Q2 that answer only q10 (→ Д1 «профессиональные компетенции»):
//   15 × 9, 10 × 8  → 25 positive (≥ 8)
//    5 × 5          → «затрудняюсь»: valid, not positive (undecidedCounts = true)
//   10 × 3          → valid, not positive
//    4 × skipped    → not counted at all
// share(q10) = 25 / 40 = 0.625; Wilson 95 % (z = 1.96, computed independently): [0.470321600545, 0.757772264642].
// Д1 = 0.625, points = 2 × 0.625 = 1.25. Д2, Д3 have no answers → missing; group Д = 6 × 1.25 / 2 = 3.75.
// Every other group is missing → no index; status `incomplete`; coverage = 6 / 50 = 0.12.
const units = [region("R"), office("T", "R")];
const rs = [
  ...responses(15, "T", "seeker", { q10: 9 }),
  ...responses(10, "T", "seeker", { q10: 8 }),
  ...responses(5, "T", "seeker", { q10: 5 }),
  ...responses(10, "T", "seeker", { q10: 3 }),
  ...responses(4, "T", "seeker", {}),
];

describe("golden: scale share", () => {
  it("counts positive answers over valid ones, undecided included, skipped left out", () => {
    const doc = computeFromDataset(dataset(units, rs), methodology, "2025-Q2");
    const t = entry(doc, "T", "seeker");
    expect(t.n).toBe(44);
    const d1 = t.indicators?.["Д1"];
    expect(d1?.survey?.positive).toBe(25);
    expect(d1?.survey?.valid).toBe(40);
    expect(d1?.value).toBeCloseTo(0.625, 12);
    expect(d1?.points).toBeCloseTo(1.25, 12);
    expect(d1?.survey?.ci[0]).toBeCloseTo(0.47032160054531913, 12);
    expect(d1?.survey?.ci[1]).toBeCloseTo(0.7577722646420829, 12);
    expect(Object.keys(t.indicators ?? {})).toEqual(["Д1"]);
    expect(t.groups).toEqual({ Д: 3.75 });
    expect(t.coverage).toBeCloseTo(0.12, 12);
    expect(t.status).toBe("incomplete");
    expect(t.index).toBeUndefined();
    expect(t.stars).toBeUndefined();
  });

  it("leaves «затрудняюсь» out of the denominator when the methodology says so (25 / 35)", () => {
    const m = variant((json) => (json["scale"].undecidedCounts = false));
    const d1 = entry(computeFromDataset(dataset(units, rs, [], m), m, "2025-Q2"), "T", "seeker").indicators?.["Д1"];
    expect(d1?.survey?.valid).toBe(35);
    expect(d1?.value).toBeCloseTo(25 / 35, 12);
    expect(d1?.survey?.ci[0]).toBeCloseTo(0.5494475193017891, 12);
  });

  it("reads the positive threshold from the methodology (≥ 9: 15 / 40)", () => {
    const m = variant((json) => (json["scale"].positiveFrom = 9));
    const d1 = entry(computeFromDataset(dataset(units, rs, [], m), m, "2025-Q2"), "T", "seeker").indicators?.["Д1"];
    expect(d1?.survey?.positive).toBe(15);
    expect(d1?.value).toBeCloseTo(0.375, 12);
    expect(d1?.survey?.ci[1]).toBeCloseTo(0.529678399454681, 12);
  });

  it("pools the subtree: the region shows the same counts, the employer view is empty", () => {
    const doc = computeFromDataset(dataset(units, rs), methodology, "2025-Q2");
    expect(entry(doc, "R", "seeker").indicators?.["Д1"]?.survey).toMatchObject({ positive: 25, valid: 40 });
    const employer = entry(doc, "R", "employer");
    expect(employer.n).toBe(0);
    expect(employer.status).toBe("empty");
    expect(employer.groups).toEqual({});
    expect(employer.indicators).toEqual({});
  });
});
