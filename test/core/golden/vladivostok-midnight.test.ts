// Golden: a response belongs to the month of its local time — 00:30 on 1 April in Vladivostok is April, hence Q2.

import { describe, expect, it } from "vitest";
import { computeFromDataset, responseCells, type SurveyResponse } from "../../../src/core/index.js";
import { dataset, methodology, office, region } from "../support/fixtures.js";
import { entry } from "../support/result-access.js";

// Vladivostok is UTC+10. 2025-03-31T14:30:00Z is 00:30 on 1 April there (April, Q2);
// 2025-03-31T13:59:59Z is 23:59:59 on 31 March (March, Q1); "2025-04-01T00:30:00+10:00" is the same instant as the first.
// The same UTC instant 14:30Z is 17:30 on 31 March in Moscow (UTC+3): March, Q1.
const make = (id: string, unit: string, submittedAt: string): SurveyResponse => ({ id, unit, respondent: "seeker", submittedAt, answers: { q1: 9 } });
const vvo = [make("a", "V1", "2025-03-31T14:30:00Z"), make("b", "V1", "2025-03-31T13:59:59Z"), make("c", "V1", "2025-04-01T00:30:00+10:00")];
const msk = [make("d", "M1", "2025-03-31T14:30:00Z")];
const units = [region("V", { timezone: "Asia/Vladivostok" }), office("V1", "V"), region("M"), office("M1", "M")];

describe("golden: Vladivostok midnight", () => {
  it("puts each response in its local month", () => {
    const months = [
      ...vvo.map((r) => responseCells(r, "Asia/Vladivostok", methodology)[0]?.month),
      responseCells(msk[0]!, "Europe/Moscow", methodology)[0]?.month,
    ];
    expect(months).toEqual(["2025-04", "2025-03", "2025-04", "2025-03"]);
  });

  it("counts 00:30 local on 1 April in Q2 and in April, not in Q1", () => {
    const data = dataset(units, [...vvo, ...msk]);
    const n = (period: string, id: string) => entry(computeFromDataset(data, methodology, period), id, "seeker").n;
    expect(n("2025-Q2", "V1")).toBe(2);
    expect(n("2025-04", "V1")).toBe(2);
    expect(n("2025-Q1", "V1")).toBe(1);
    expect(n("2025-03", "V1")).toBe(1);
    expect(n("2025-Q2", "M1")).toBe(0);
    expect(n("2025-Q1", "M1")).toBe(1);
    expect(n("2025", "V1")).toBe(3);
  });
});
