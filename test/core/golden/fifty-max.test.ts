// Golden: the maximum — every answer 10, every checklist met, vacancies +10 %, events at target, four channels → 50 / 100 %.

import { describe, expect, it } from "vitest";
import { computeFromDataset, type ObjectiveEntry } from "../../../src/core/index.js";
import { allAnswers, dataset, managing, methodology, office, region, responses } from "../support/fixtures.js";
import { entry } from "../support/result-access.js";

// Centralised region R (Vladivostok) → managing M → office T. 30 seeker and 30 employer responses at T, every answer 10
// (q14 = office). Every survey share is 30 / 30 = 1. Objective parts, all 1:
//   T: К1 12/12, К3 10/10, М1 10/10, П3 3 events in Q2 (target 3)
//   R: М2 10/10, М3 9/9, М4 11/11 and П2 1100 / 1000 (+10 % → 1), channels {office, site, social, phone} (4 / 4 → 1);
//      these inherit down to M and T.
// Every indicator s = 1 → points = m_i → groups 6, 6, 14, 8, 16 → index exactly 50, percent 100, interval [50, 50]
// (every p = 1, so every SE is 0), 5 stars; the combined view is the mean of two 50s.
const units = [region("R", { network: "centralized", timezone: "Asia/Vladivostok" }), managing("M", "R"), office("T", "M")];
const objective: ObjectiveEntry[] = [
  { unit: "T", period: "2025-Q2", indicator: "К1", met: 12, applicable: 12 },
  { unit: "T", period: "2025-Q2", indicator: "К3", met: 10, applicable: 10 },
  { unit: "T", period: "2025-Q2", indicator: "М1", met: 10, applicable: 10 },
  { unit: "T", period: "2025-Q2", indicator: "П3", events: 3 },
  { unit: "R", period: "2025-Q2", indicator: "М2", met: 10, applicable: 10 },
  { unit: "R", period: "2025-Q2", indicator: "М3", met: 9, applicable: 9 },
  { unit: "R", period: "2025-Q2", indicator: "М4", met: 11, applicable: 11 },
  { unit: "R", period: "2025-Q2", indicator: "П2", vacanciesNow: 1100, vacanciesYearAgo: 1000 },
  { unit: "R", period: "2025-Q2", channels: ["office", "site", "social", "phone"] },
];
const rs = [...responses(30, "T", "seeker", allAnswers(10)), ...responses(30, "T", "employer", allAnswers(10))];
const doc = computeFromDataset(dataset(units, rs, objective), methodology, "2025-Q2");

describe("golden: the 50-point maximum", () => {
  for (const id of ["T", "M", "R", undefined]) {
    for (const view of ["seeker", "employer", "combined"] as const) {
      it(`${id ?? "country"} / ${view}: 50 points, 100 %, 5 stars`, () => {
        const e = entry(doc, id, view);
        expect(e.index).toBe(50);
        expect(e.percent).toBe(100);
        expect(e.ci).toEqual([50, 50]);
        expect(e.stars).toBe(5);
        expect(e.groups).toEqual({ Д: 6, П: 6, М: 14, А: 8, К: 16 });
        expect(e.coverage).toBe(1);
        expect(e.status).toBe("ok");
      });
    }
  }

  it("every indicator is present at value 1 with its full points", () => {
    const indicators = entry(doc, "T", "seeker").indicators ?? {};
    expect(Object.keys(indicators)).toHaveLength(20);
    for (const [code, ind] of Object.entries(indicators)) {
      const max = methodology.indicators.find((i) => i.code === code)?.max;
      expect(ind.value, code).toBe(1);
      expect(ind.points, code).toBe(max);
    }
  });
});
