// The measure workflow and field checks: allowed moves by level, refused jumps, overdue, dates and indicators against the methodology.
import { describe, expect, it } from "vitest";
import {
  checkTransition,
  isMeasureOverdue,
  summarisePractices,
  validateMeasureEffectSettings,
  validateMeasureFields,
  formatProblems,
} from "../../../src/core/index.js";
import { loadDefaultMethodology } from "../../../src/cli/methodology-files.js";

const m = loadDefaultMethodology();

describe("measure workflow", () => {
  it("lets the region approve and the proposer only withdraw a draft", () => {
    expect(checkTransition("draft", "planned", "region")).toMatchObject({ to: "planned" });
    expect(checkTransition("draft", "planned", "proposer")).toMatchObject({ kind: "actor" });
    expect(checkTransition("draft", "cancelled", "proposer")).toMatchObject({ needsReason: true });
    expect(checkTransition("planned", "cancelled", "proposer")).toMatchObject({ kind: "actor" });
  });
  it("refuses a jump with a Russian message", () => {
    expect(checkTransition("draft", "done", "region")).toEqual({ kind: "jump", message: "Из статуса «черновик» нельзя перейти в «выполнена»" });
    expect(checkTransition("done", "cancelled", "region")).toMatchObject({ kind: "jump" });
    expect(checkTransition("cancelled", "planned", "region")).toMatchObject({ kind: "jump" });
  });
  it("marks open measures past their planned end as overdue", () => {
    expect(isMeasureOverdue("in_progress", "2026-01-31", "2026-02-01")).toBe(true);
    expect(isMeasureOverdue("in_progress", "2026-02-01", "2026-02-01")).toBe(false);
    expect(isMeasureOverdue("done", "2026-01-31", "2026-02-01")).toBe(false);
    expect(isMeasureOverdue("cancelled", "2026-01-31", "2026-02-01")).toBe(false);
  });
});

describe("measure fields", () => {
  it("accepts a measure on survey indicators with ordered dates", () => {
    expect(validateMeasureFields({ plannedStart: "2026-01-10", plannedEnd: "2026-03-31", indicators: ["М6", "К1"] }, m)).toEqual([]);
  });
  it("names every problem with its field", () => {
    const problems = validateMeasureFields(
      { plannedStart: "2026-03-10", plannedEnd: "2026-02-30", actualEnd: "2026-04-01", indicators: ["Х9", "П2", "М6", "М6"] },
      m,
    );
    expect(problems.map((p) => `${p.code}@${p.path}`)).toEqual([
      "wrong_format@plannedEnd",
      "missing_field@actualStart",
      "unknown_indicator@indicators[0]",
      "indicator_without_survey@indicators[1]",
      "duplicate_value@indicators[3]",
    ]);
    const reversed = validateMeasureFields({ plannedStart: "2026-03-10", plannedEnd: "2026-03-01", indicators: ["М6"] }, m);
    expect(formatProblems(reversed)).toContain("дата окончания 2026-03-01 раньше даты начала 2026-03-10");
  });
});

describe("measure-effect settings", () => {
  it("refuses a bad threshold with its path", () => {
    const read = validateMeasureEffectSettings({
      format: "zvezda-measure-effect-settings/1",
      id: "x",
      title: "t",
      windowMonths: 0,
      minBase: 30,
      minComparisonBase: 60,
      confidence: 0.95,
      minEffect: 0,
    });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]).toMatchObject({ code: "out_of_range", path: "windowMonths" });
  });
});

describe("practice summary", () => {
  const practice = (regionId: string, estimate: number, verdict: "confirmed" | "not_confirmed") => ({
    measure: {},
    regionId,
    indicator: {
      indicator: "М6",
      verdict,
      effect: { estimate, ci: [estimate - 0.05, estimate + 0.05] as const },
      unit: { before: { positive: 0, valid: 0 }, after: { positive: 0, valid: 0 } },
      comparison: { before: { positive: 0, valid: 0 }, after: { positive: 0, valid: 0 } },
      change: null,
      comparisonChange: null,
      text: "",
    },
  });
  it("counts regions and the range of confirmed effects", () => {
    const s = summarisePractices("М6", [
      practice("32", 0.09, "confirmed"),
      practice("25", 0.15, "confirmed"),
      practice("25", 0.12, "confirmed"),
      practice("77", 0.3, "not_confirmed"),
    ]);
    expect(s.text).toBe("в 2 регионах похожие меры дали +9…+15 п. п.");
    expect(summarisePractices("М6", [practice("32", 0.1, "confirmed")]).text).toBe("в 1 регионе похожая мера дала +10 п. п.");
  });
});
