// «Новые темы периода»: a real rise is found, noise and small counts are not; response texts are read from the form.
import { describe, expect, it } from "vitest";
import { emergingThemes, normalUpperTail, responseTexts, isNegativeText } from "../../../src/core/index.js";
import { loadDefaultMethodology } from "../../../src/cli/methodology-files.js";

describe("emergingThemes", () => {
  it("approximates the normal tail", () => {
    expect(normalUpperTail(0)).toBeCloseTo(0.5, 6);
    expect(normalUpperTail(1.959964)).toBeCloseTo(0.025, 4);
    expect(normalUpperTail(-1.644854)).toBeCloseTo(0.95, 4);
  });

  it("finds a theme whose share tripled and one that appeared, not a stable or a slightly grown one", () => {
    const counts = [
      { theme: "phone", current: 60, previous: 20 },
      { theme: "accessibility", current: 9, previous: 0 },
      { theme: "queue", current: 100, previous: 100 },
      { theme: "website", current: 34, previous: 30 },
      { theme: "premises", current: 3, previous: 0 },
    ];
    const found = emergingThemes(counts, 1000, 1000);
    expect(found.map((t) => t.theme)).toEqual(["phone", "accessibility"]);
    expect(found[0]!.shareCurrent).toBeCloseTo(0.06, 6);
    expect(found[0]!.pValue).toBeLessThan(0.001);
  });

  it("accounts for the size of each period: the same counts in a larger period are no growth", () => {
    expect(emergingThemes([{ theme: "phone", current: 60, previous: 20 }], 3000, 1000)).toEqual([]);
    expect(emergingThemes([{ theme: "phone", current: 6, previous: 2 }], 100, 100)).toEqual([]);
    expect(emergingThemes([{ theme: "phone", current: 6, previous: 2 }], 0, 100)).toEqual([]);
  });
});

describe("responseTexts", () => {
  const m = loadDefaultMethodology();

  it("reads notes with their answer, the suggestions and «другое» answers, skipping blanks and choice answers", () => {
    const texts = responseTexts(
      m,
      "seeker",
      { q9: 3, q12: "yes", q12r: 2, q13: "yes", q13ch: "через сайт", q14: "other", q14other: "мессенджер" },
      { q9: "долго", q12: " не приняли ", suggestions: "Продлите часы", q2: "  " },
    );
    expect(texts).toEqual([
      { key: "q9", kind: "note", text: "долго", score: 3 },
      { key: "q12", kind: "note", text: "не приняли", score: 2 },
      { key: "suggestions", kind: "suggestion", text: "Продлите часы", score: null },
      { key: "q14other", kind: "other", text: "мессенджер", score: null },
    ]);
  });

  it("calls a text negative by its tone, else by a low answer or rating", () => {
    expect(isNegativeText(-1, 9)).toBe(true);
    expect(isNegativeText(1, 2)).toBe(false);
    expect(isNegativeText(0, 4)).toBe(true);
    expect(isNegativeText(0, 5)).toBe(false);
    expect(isNegativeText(0, null, 2)).toBe(true);
  });
});
