// Golden: checklists, П2 vacancy growth (clamped), П3 events (per month of the period), and how they travel the tree.

import { describe, expect, it } from "vitest";
import { computeFromDataset, type ObjectiveEntry } from "../../../src/core/index.js";
import { dataset, methodology, office, region, responses } from "../support/fixtures.js";
import { entry } from "../support/result-access.js";

// Tree: R1 → T1, T2; R2 → T3; R3 → T4. 40 seeker responses at T1 answer only q2 = 10 (К1 survey part = 1).
// К1 «комфортность» (checklist, not inherited):
//   T1: Q2 entry 9 / 12 = 0.75 → s = 0.5·1 + 0.5·0.75 = 0.875, points 3.5
//   T2: April 1 / 4 and May 3 / 4 lie inside Q2 and add up: 4 / 8 = 0.5 (April alone: 0.25); no answers → s = c = 0.5
//   R1: no own entry → mean of its children's values (0.75 + 0.5) / 2 = 0.625; survey pooled 40 / 40 → s = 0.8125
//   T3: none, and К1 does not inherit → missing
// П2 «динамика базы вакансий» (inherited): c = clamp((V_now / V_ago − 1 + 0.10) / 0.20, 0, 1)
//   R1 1150 / 1000 → +15 % → 1;  R2 920 / 1000 → −8 % → 0.1;  R3 Q1 850 / 1000 (−15 % → 0), Q2 1000 / 1000 (0 % → 0.5)
//   offices inherit their region's own value; for H1, R3 takes the entry that ends last (Q2) → 0.5
//   country: mean over the regions (1 + 0.1 + 0.5) / 3
// П3 «мероприятия» (not inherited, only entries inside the period; target 1 per month):
//   T1: Q2 entry, 2 events → Q2 2/3; in April the quarterly entry does not apply → missing
//   T2: April 1, May 3 → Q2 min(1, 4/3) = 1; April 1/1 = 1; year 2025: 4/12
//   R1: mean of children (2/3 + 1) / 2
const units = [region("R1"), office("T1", "R1"), office("T2", "R1"), region("R2"), office("T3", "R2"), region("R3"), office("T4", "R3")];
const objective: ObjectiveEntry[] = [
  { unit: "T1", period: "2025-Q2", indicator: "К1", met: 9, applicable: 12 },
  { unit: "T2", period: "2025-04", indicator: "К1", met: 1, applicable: 4 },
  { unit: "T2", period: "2025-05", indicator: "К1", met: 3, applicable: 4 },
  { unit: "R1", period: "2025-Q2", indicator: "П2", vacanciesNow: 1150, vacanciesYearAgo: 1000 },
  { unit: "R2", period: "2025-Q2", indicator: "П2", vacanciesNow: 920, vacanciesYearAgo: 1000 },
  { unit: "R3", period: "2025-Q1", indicator: "П2", vacanciesNow: 850, vacanciesYearAgo: 1000 },
  { unit: "R3", period: "2025-Q2", indicator: "П2", vacanciesNow: 1000, vacanciesYearAgo: 1000 },
  { unit: "T1", period: "2025-Q2", indicator: "П3", events: 2 },
  { unit: "T2", period: "2025-04", indicator: "П3", events: 1 },
  { unit: "T2", period: "2025-05", indicator: "П3", events: 3 },
];
const data = dataset(units, responses(40, "T1", "seeker", { q2: 10 }), objective);
const at = (period: string, id: string | undefined, code: string) => entry(computeFromDataset(data, methodology, period), id, "seeker").indicators?.[code];

describe("golden: objective parts", () => {
  it("checklists: met / applicable, entries inside the period added, children averaged", () => {
    expect(at("2025-Q2", "T1", "К1")).toMatchObject({ objective: 0.75 });
    expect(at("2025-Q2", "T1", "К1")?.value).toBeCloseTo(0.875, 12);
    expect(at("2025-Q2", "T1", "К1")?.points).toBeCloseTo(3.5, 12);
    expect(at("2025-Q2", "T2", "К1")?.objective).toBeCloseTo(0.5, 12);
    expect(at("2025-Q2", "T2", "К1")?.survey).toBeUndefined();
    expect(at("2025-04", "T2", "К1")?.objective).toBeCloseTo(0.25, 12);
    expect(at("2025-Q2", "R1", "К1")?.objective).toBeCloseTo(0.625, 12);
    expect(at("2025-Q2", "R1", "К1")?.value).toBeCloseTo(0.8125, 12);
    expect(at("2025-Q2", "T3", "К1")).toBeUndefined();
  });

  it("П2: growth clamped to [−10 %, +10 %], inherited by offices, the last-ending entry wins", () => {
    expect(at("2025-Q2", "R1", "П2")?.objective).toBe(1);
    expect(at("2025-Q2", "R2", "П2")?.objective).toBeCloseTo(0.1, 12);
    expect(at("2025-Q1", "R3", "П2")?.objective).toBe(0);
    expect(at("2025-Q2", "R3", "П2")?.objective).toBeCloseTo(0.5, 12);
    expect(at("2025-H1", "R3", "П2")?.objective).toBeCloseTo(0.5, 12);
    expect(at("2025-Q2", "T1", "П2")?.objective).toBe(1);
    expect(at("2025-Q2", "T3", "П2")?.objective).toBeCloseTo(0.1, 12);
    expect(at("2025-Q2", undefined, "П2")?.objective).toBeCloseTo((1 + 0.1 + 0.5) / 3, 12);
    expect(at("2025-Q2", "R1", "П2")?.points).toBe(2);
  });

  it("П3: events inside the period against one per month, never a containing entry", () => {
    expect(at("2025-Q2", "T1", "П3")?.objective).toBeCloseTo(2 / 3, 12);
    expect(at("2025-04", "T1", "П3")).toBeUndefined();
    expect(at("2025-Q2", "T2", "П3")?.objective).toBe(1);
    expect(at("2025-04", "T2", "П3")?.objective).toBe(1);
    expect(at("2025", "T2", "П3")?.objective).toBeCloseTo(4 / 12, 12);
    expect(at("2025-Q2", "R1", "П3")?.objective).toBeCloseTo((2 / 3 + 1) / 2, 12);
    expect(at("2025-Q2", "R3", "П3")).toBeUndefined();
  });
});
