// Golden: М5 «многоканальность» — q14 matched against the unit's channel set, and channel coverage over the tree.

import { describe, expect, it } from "vitest";
import { computeFromDataset, type ObjectiveEntry } from "../../../src/core/index.js";
import { dataset, methodology, office, region, responses } from "../support/fixtures.js";
import { entry } from "../support/result-access.js";

// Region R offers {office, site} in Q2; its office T2 has its own set {phone}; office T1 has none (→ R's, the nearest
// ancestor's own set). Region R2 and its office U have no channel data at all.
// Seeker responses (Q2), by q14:
//   T1: 10 office, 5 site, 5 phone, 4 other → valid 20 (other is not a form channel), matched 15 (office, site) → 0.75
//   T2: 10 phone, 10 office                → matched against {phone}: 10 / 20 → 0.5
//   U:  7 office                            → no known set: not counted anywhere
// Objective c = min(1, |set| / 4): R 2/4 = 0.5 (own); T1 none, no children → inherits R's own 0.5; T2 own 1/4 = 0.25.
// s = 0.5 p + 0.5 c:  T1 0.5·0.75 + 0.5·0.5 = 0.625;  T2 0.5·0.5 + 0.5·0.25 = 0.375;
//   R pools 25 / 40 = 0.625 → 0.5·0.625 + 0.5·0.5 = 0.5625; country: survey 25 / 40, objective = mean over regions
//   that have one (R: 0.5) → 0.5625. U and R2: М5 missing.
const units = [region("R"), office("T1", "R"), office("T2", "R"), region("R2"), office("U", "R2")];
const other = { q14: "other", q14other: "МФЦ" };
const rs = [
  ...responses(10, "T1", "seeker", { q14: "office" }),
  ...responses(5, "T1", "seeker", { q14: "site" }),
  ...responses(5, "T1", "seeker", { q14: "phone" }),
  ...responses(4, "T1", "seeker", other),
  ...responses(10, "T2", "seeker", { q14: "phone" }),
  ...responses(10, "T2", "seeker", { q14: "office" }),
  ...responses(7, "U", "seeker", { q14: "office" }),
];
const objective: ObjectiveEntry[] = [
  { unit: "R", period: "2025-Q2", channels: ["office", "site"] },
  { unit: "T2", period: "2025-Q2", channels: ["phone"] },
];

describe("golden: М5 channel match", () => {
  const doc = computeFromDataset(dataset(units, rs, objective), methodology, "2025-Q2");
  const m5 = (id: string | undefined) => entry(doc, id, "seeker").indicators?.["М5"];

  it("matches each response against its own unit's set, else the nearest ancestor's", () => {
    expect(m5("T1")?.survey).toMatchObject({ positive: 15, valid: 20 });
    expect(m5("T2")?.survey).toMatchObject({ positive: 10, valid: 20 });
    expect(m5("R")?.survey).toMatchObject({ positive: 25, valid: 40 });
    expect(m5("T1")?.survey?.ci[0]).toBeCloseTo(0.5312949900419365, 12);
  });

  it("scores channel coverage as |set| / 4, inherited by offices without their own", () => {
    expect(m5("R")?.objective).toBeCloseTo(0.5, 12);
    expect(m5("T1")?.objective).toBeCloseTo(0.5, 12);
    expect(m5("T2")?.objective).toBeCloseTo(0.25, 12);
    expect(m5("T1")?.value).toBeCloseTo(0.625, 12);
    expect(m5("T2")?.value).toBeCloseTo(0.375, 12);
    expect(m5("R")?.value).toBeCloseTo(0.5625, 12);
    expect(m5("R")?.points).toBeCloseTo(1.75 * 0.5625, 12);
    expect(m5(undefined)?.value).toBeCloseTo(0.5625, 12);
  });

  it("leaves М5 missing where no channel set is known", () => {
    expect(m5("U")).toBeUndefined();
    expect(m5("R2")).toBeUndefined();
    expect(entry(doc, "U", "seeker").n).toBe(7);
  });
});
