// Pain points of a hand-made period: the interval, the sentence, the benchmarks without the unit's own answers,
// the recoverable points, objective parts, the combined view and the settings file.

import { describe, expect, it } from "vitest";
import { compareShares, painPointFinder, surveySentence, objectiveSentence, validatePainSettings, type PainUnit } from "../../../src/core/index.js";
import { methodology } from "../support/fixtures.js";
import { shippedPainSettings, surveyCodes, worldDocument, worldUnits, type UnitCounts } from "./pain-world.js";

const flat = (n: number, share: number): UnitCounts => Object.fromEntries(surveyCodes.map((c) => [c, { positive: Math.round(n * share), valid: n }]));

describe("the difference of two shares", () => {
  it("is Newcombe's hybrid score interval (his 1998 example 56/70 − 48/80: 0.0524…0.3339)", () => {
    const d = compareShares({ positive: 56, valid: 70 }, { positive: 48, valid: 80 }, 1.96);
    expect(d.difference).toBeCloseTo(0.2, 10);
    expect(d.interval[0]).toBeCloseTo(0.0524, 3);
    expect(d.interval[1]).toBeCloseTo(0.3339, 3);
  });

  it("gives a small one-sided p-value only when the first share is lower", () => {
    expect(compareShares({ positive: 58, valid: 100 }, { positive: 740, valid: 1000 }, 1.96).pLower).toBeLessThan(0.001);
    expect(compareShares({ positive: 80, valid: 100 }, { positive: 740, valid: 1000 }, 1.96).pLower).toBeGreaterThan(0.5);
  });
});

describe("the sentence", () => {
  it("reads like the issue's example", () => {
    expect(surveySentence("удобство ожидания", 0.58, "region", 0.74, [-0.24, -0.08], 0.9)).toBe(
      "Удобство ожидания: 58 % довольных против 74 % по региону (−16 п. п., 95 % ДИ −24…−8); при выходе на уровень региона индекс +0,9 балла",
    );
  });
  it("names other benchmarks and small or whole points", () => {
    expect(surveySentence("быстрое реагирование", 0.6, "previous", 0.7, [-0.2, -0.01], 0.04)).toContain(
      "в прошлом периоде (−10 п. п., 95 % ДИ −20…−1); при возврате к уровню прошлого периода индекс +0,04 балла",
    );
    expect(objectiveSentence("информация в офисе", 0.6, 1, 0.35)).toBe(
      "Информация в офисе: объективная часть выполнена на 60 % (норматив 100 %); при полном выполнении индекс +0,4 балла",
    );
  });
});

describe("the pain points of a unit", () => {
  // Three regions of five centres, 200 answers each at 0.80; r0c0 answers 0.60 on М6 (q9), r0c1 has an objective part of 0.5 on М1.
  const spec = {
    regions: 3,
    centres: 5,
    period: "2025-Q2",
    counts: (r: number, c: number) => {
      const counts = flat(200, 0.8);
      if (r === 0 && c === 0) counts["М6"] = { positive: 120, valid: 200 };
      return counts;
    },
    objective: (r: number, c: number): Record<string, number> => (r === 0 && c === 1 ? { М1: 0.5 } : {}),
  };
  const finder = painPointFinder({
    methodology,
    settings: shippedPainSettings(),
    units: worldUnits(spec),
    current: worldDocument(spec),
    previous: worldDocument({ ...spec, counts: () => flat(200, 0.8) }),
  });

  it("finds the gap against every benchmark, the unit's own answers left out of them", () => {
    const found = finder.of("r0c0", "seeker");
    expect(found?.painPoints.map((p) => p.indicator)).toEqual(["М6"]);
    const p = found!.painPoints[0]!;
    const region = p.comparisons.find((c) => c.benchmark === "region")!;
    expect(region.benchmarkValid).toBe(800);
    expect(region.benchmarkShare).toBeCloseTo(0.8, 10);
    expect(p.comparisons.find((c) => c.benchmark === "country")!.benchmarkValid).toBe(2800);
    expect(p.comparisons.find((c) => c.benchmark === "peers")!.benchmarkValid).toBe(2800);
    expect(p.comparisons.every((c) => c.significant)).toBe(true);
    expect(p.gap).toBeCloseTo(-0.2, 10);
    expect(p.trend).toBe("down");
    expect(p.questions.map((q) => q.key)).toEqual(["q9"]);
    expect(p.questions[0]?.noteKey).toBe("q9");
  });

  it("prices the gap in index points: m · survey weight · gap", () => {
    const p = finder.of("r0c0", "seeker")!.painPoints[0]!;
    // М6 has no objective part here, so the survey share is the whole value: 1.75 × 0.20.
    expect(p.points).toBeCloseTo(1.75 * 0.2, 10);
    expect(p.priority).toBe("now");
    expect(p.sentence).toMatch(/^Быстрое реагирование: 60 % довольных против 80 % /);
  });

  it("counts an objective part that is not met, at its weight in the value", () => {
    const p = finder.of("r0c1", "seeker")!.painPoints;
    expect(p.map((x) => [x.indicator, x.part])).toEqual([["М1", "objective"]]);
    expect(p[0]!.points).toBeCloseTo(0.5 * 0.5 * 1.75, 10);
  });

  it("halves the points in the combined view", () => {
    const combined = finder.of("r0c1", "combined")!.painPoints;
    // The employer view has no survey answers: its М1 is the objective part alone (weight 1) and the only indicator of
    // group М there, so the group's 14 points rest on it (§5: M_g · Σ m_i s_i / Σ m_i); the seeker's М1 is half objective.
    expect(combined[0]!.points).toBeCloseTo(0.5 * (0.5 * 0.5 * 1.75) + 0.5 * (0.5 * 14), 10);
  });

  it("halves a survey pain point's comparisons and sentence in the combined view, and serialises them", () => {
    const seeker = finder.of("r0c0", "seeker")!.painPoints.find((p) => p.part === "survey")!;
    const combined = finder.of("r0c0", "combined")!.painPoints.find((p) => p.part === "survey" && p.indicator === seeker.indicator && p.view === "seeker")!;
    expect(combined.points).toBeCloseTo(seeker.points / 2, 12);
    expect(combined.comparisons.map((c) => c.points)).toEqual(seeker.comparisons.map((c) => c.points / 2));
    expect(combined.comparisons.map((c) => c.gap)).toEqual(seeker.comparisons.map((c) => c.gap));
    const sentence = surveySentence(seeker.name, seeker.share, seeker.benchmark as "region", seeker.benchmarkShare, seeker.interval, seeker.points / 2);
    expect(combined.sentence).toBe(sentence);
    const json = JSON.parse(JSON.stringify(combined)) as { sentence: string; comparisons: unknown[] };
    expect(json.sentence).toBe(sentence);
    expect(json.comparisons).toHaveLength(seeker.comparisons.length);
  });

  it("finds nothing where nothing differs, and nothing for an unknown unit", () => {
    expect(finder.of("r1c2", "seeker")?.painPoints).toEqual([]);
    expect(finder.of("r1c2", "seeker")?.tested).toBe(surveyCodes.length * 4);
    expect(finder.of("nowhere", "seeker")).toBeUndefined();
  });

  it("compares a managing centre with managing centres of centralised networks only", () => {
    const units: PainUnit[] = [...worldUnits(spec), { id: "m", kind: "managing", parent: "r0" }];
    const f = painPointFinder({ methodology, settings: shippedPainSettings(), units, current: worldDocument(spec) });
    expect(f.of("r0c0", "seeker")!.painPoints[0]!.comparisons.map((c) => c.benchmark)).toEqual(["region", "peers", "country"]);
  });
});

describe("the settings", () => {
  it("validate the shipped version and refuse a wrong value with its path", () => {
    expect(shippedPainSettings().id).toBe("2026.1");
    const broken = { ...shippedPainSettings(), objective: { target: 2, minGapPoints: 10 } };
    const outcome = validatePainSettings(broken);
    expect(outcome.ok ? null : outcome.problems[0]).toMatchObject({ code: "out_of_range", path: "objective.target" });
    const unknown = validatePainSettings({ ...shippedPainSettings(), benchmarks: ["region", "city"] });
    expect(unknown.ok ? null : outcome.ok ? null : unknown.problems[0]).toMatchObject({ code: "not_in_list", path: "benchmarks[1]" });
  });
});
