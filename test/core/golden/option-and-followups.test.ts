// Golden: an option share (q4 = yes → А1) and follow-up scales asked only after «да» (q12r → Д3, q13r → М8).

import { describe, expect, it } from "vitest";
import { computeFromDataset, type SurveyResponse } from "../../../src/core/index.js";
import { dataset, methodology, office, region, responses } from "../support/fixtures.js";
import { entry } from "../support/result-access.js";

// 30 seeker responses at office T (Q2). Answers, response by response:
//   q4:  12 × yes, 9 × dont_know, 9 × no        → А1 = 12 / 30 = 0.4 (every option is a valid answer)
//   q12: responses 1–10 yes, with q12r = 10 10 9 9 8 8 8 7 6 2 → 7 positive of 10 → Д3 = 0.7
//        responses 11–30 no (no q12r)          → not in Д3's denominator
//   q13: responses 1–6 yes, q13ch text, q13r = 10 10 8 4 5 6 → 3 of 6 → М8 = 0.5; the text is never scored
// Groups with one indicator each: Д = 6 × (2 × 0.7) / 2 = 4.2; А = 8 × (4 × 0.4) / 4 = 3.2; М = 14 × (1.75 × 0.5) / 1.75 = 7.
const q12r = [10, 10, 9, 9, 8, 8, 8, 7, 6, 2];
const q13r = [10, 10, 8, 4, 5, 6];
const rs: SurveyResponse[] = Array.from({ length: 30 }, (_, i) => {
  const answers: Record<string, string | number> = { q4: i < 12 ? "yes" : i < 21 ? "dont_know" : "no" };
  if (i < 10) Object.assign(answers, { q12: "yes", q12r: q12r[i]! });
  else answers["q12"] = "no";
  if (i < 6) Object.assign(answers, { q13: "yes", q13ch: "по телефону", q13r: q13r[i]! });
  else answers["q13"] = "no";
  return responses(1, "T", "seeker", answers)[0]!;
});

describe("golden: option share and follow-ups", () => {
  const t = entry(computeFromDataset(dataset([region("R"), office("T", "R")], rs), methodology, "2025-Q2"), "T", "seeker");

  it("А1 is the share of «да» among all answers to q4", () => {
    expect(t.indicators?.["А1"]?.survey).toMatchObject({ positive: 12, valid: 30 });
    expect(t.indicators?.["А1"]?.value).toBeCloseTo(0.4, 12);
    expect(t.indicators?.["А1"]?.points).toBeCloseTo(1.6, 12);
    expect(t.indicators?.["А1"]?.survey?.ci[0]).toBeCloseTo(0.24590394326083403, 12);
  });

  it("Д3 and М8 count only the follow-up answers", () => {
    expect(t.indicators?.["Д3"]?.survey).toMatchObject({ positive: 7, valid: 10 });
    expect(t.indicators?.["Д3"]?.survey?.ci[1]).toBeCloseTo(0.892210712513788, 12);
    expect(t.indicators?.["М8"]?.survey).toMatchObject({ positive: 3, valid: 6 });
    expect(t.indicators?.["М8"]?.value).toBeCloseTo(0.5, 12);
  });

  it("groups average the present indicators by their maxima", () => {
    expect(t.groups["Д"]).toBeCloseTo(4.2, 12);
    expect(t.groups["А"]).toBeCloseTo(3.2, 12);
    expect(t.groups["М"]).toBeCloseTo(7, 12);
    expect(t.status).toBe("incomplete");
    expect(t.coverage).toBeCloseTo((6 + 14 + 8) / 50, 12);
  });
});
