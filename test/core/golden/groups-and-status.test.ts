// Golden: missing indicators inside a group, missing groups (incomplete), small samples (insufficient), no answers (empty).

import { describe, expect, it } from "vitest";
import { computeFromDataset, type AnswerValue, type ObjectiveEntry } from "../../../src/core/index.js";
import { allAnswers, dataset, methodology, office, region, responses } from "../support/fixtures.js";
import { entry } from "../support/result-access.js";

// Region R (no objective data except below), offices:
//   A: 29 seeker responses, every answer 10 → every group present through its survey indicators, index 50 (each present
//      indicator is 1; П2, П3, М5 missing), but n = 29 < 30 → `insufficient`: index, interval and stars shown, no rank.
//   B: no responses; П3 entry 3 events in Q2 → П3 = 1 → group П = 6 × (2 × 1) / 2 = 6; status `empty`, coverage 6/50.
//   C: 35 seeker responses, every answer 8 except: q12 = no (→ Д3 missing inside group Д), q1 skipped (→ П1 missing,
//      and with no П2 / П3 data group П is missing), q4 and q5 skipped (→ А1, А2 missing → group А missing).
//      Д = 6 × (2·1 + 2·1) / 4 = 6; present groups Д, М, К → coverage (6 + 14 + 16) / 50 = 0.72; status `incomplete`;
//      no index, percent, interval or stars.
const base = allAnswers(10);
const c: Record<string, AnswerValue> = { ...allAnswers(8), q12: "no" };
for (const key of ["q1", "q12r", "q4", "q5"]) delete c[key];
const units = [region("R"), office("A", "R"), office("B", "R"), office("C", "R")];
const objective: ObjectiveEntry[] = [{ unit: "B", period: "2025-Q2", indicator: "П3", events: 3 }];
const doc = computeFromDataset(dataset(units, [...responses(29, "A", "seeker", base), ...responses(35, "C", "seeker", c)], objective), methodology, "2025-Q2");

describe("golden: groups and statuses", () => {
  it("insufficient: a full index below the minimum sample, never ranked", () => {
    const a = entry(doc, "A", "seeker");
    expect(a.n).toBe(29);
    expect(a.status).toBe("insufficient");
    expect(a.index).toBe(50);
    expect(a.stars).toBe(5);
    expect(a.rank).toBeUndefined();
    expect(a.rankOf).toBeUndefined();
  });

  it("empty: no responses, objective groups still shown", () => {
    const b = entry(doc, "B", "seeker");
    expect(b).toMatchObject({ n: 0, status: "empty", groups: { П: 6 } });
    expect(b.coverage).toBeCloseTo(0.12, 12);
    expect(Object.keys(b.indicators ?? {})).toEqual(["П3"]);
    expect(b.index).toBeUndefined();
    expect(entry(doc, "B", "combined")).toMatchObject({ n: 0, status: "empty", groups: {} });
  });

  it("incomplete: a missing group hides index, percent, interval and stars; missing indicators are skipped", () => {
    const e = entry(doc, "C", "seeker");
    expect(e.status).toBe("incomplete");
    expect(e.coverage).toBeCloseTo(36 / 50, 12);
    expect(Object.keys(e.groups)).toEqual(["Д", "М", "К"]);
    expect(e.groups["Д"]).toBe(6);
    expect(e.indicators?.["Д3"]).toBeUndefined();
    expect(e.indicators?.["П1"]).toBeUndefined();
    expect(e.indicators?.["А1"]).toBeUndefined();
    for (const key of ["index", "percent", "ci", "stars", "rank"]) expect(e).not.toHaveProperty(key);
  });

  it("the region pools A and C: 64 responses, every group present", () => {
    const r = entry(doc, "R", "seeker");
    expect(r.n).toBe(64);
    expect(r.status).toBe("ok");
    expect(r.indicators?.["А1"]?.survey).toMatchObject({ positive: 29, valid: 29 });
  });
});
