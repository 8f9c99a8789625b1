// Properties of the measured effect: shared drift is never credited, a planted effect with enough answers is
// confirmed, too few answers say «данных пока мало»; and the interval statistics behave.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { measureEffect, shareDifference, validateMeasureEffectSettings, type MeasureEffectSettings, type ShareCount } from "../../../src/core/index.js";
import { monthDocuments } from "./effect-documents.js";
import settingsFile from "../../../methodology/measure-effect/2026.1.json" with { type: "json" };

const read = validateMeasureEffectSettings(settingsFile);
if (!read.ok) throw new Error("settings refused");
const settings: MeasureEffectSettings = read.value;
const indicator = "М6";
// A measure from June to August 2025: windows March–May and September–November.
const start = 2025 * 12 + 5,
  end = 2025 * 12 + 7,
  first = start - 3;

const count = (share: number, valid: number): ShareCount => ({ positive: Math.round(share * valid), valid });

/** Binomial draw by inversion with a seeded generator (mulberry32). */
function sampler(seed: number): (p: number, n: number) => ShareCount {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return (p, n) => {
    let positive = 0;
    for (let i = 0; i < n; i++) if (next() < p) positive++;
    return { positive, valid: n };
  };
}

function run(countsOf: (month: number) => Record<string, ShareCount>, peers: string[]) {
  return measureEffect(
    {
      unitId: "u",
      view: "seeker",
      indicators: [indicator],
      startMonth: start,
      endMonth: end,
      lastMonthWithData: end + 6,
      comparison: { label: "другие ЦЗН региона", unitIds: peers },
      documents: monthDocuments(first, 12, indicator, countsOf),
    },
    settings,
  );
}

describe("measure effect", () => {
  it("does not credit a measure in a region where every centre improved equally", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.2, max: 0.7, noNaN: true }),
        fc.double({ min: 0.05, max: 0.25, noNaN: true }),
        fc.integer({ min: 2, max: 8 }),
        fc.integer({ min: 40, max: 400 }),
        (base, drift, peerCount, perMonth) => {
          const peers = Array.from({ length: peerCount }, (_, i) => `p${i}`);
          const result = run((month) => {
            const share = month > end ? base + drift : base;
            return Object.fromEntries(["u", ...peers].map((id) => [id, count(share, perMonth)]));
          }, peers);
          const e = result.indicators[0]!;
          expect(e.change!.estimate).toBeGreaterThan(drift - 1 / perMonth); // the unit did improve (shares are rounded to whole answers) …
          expect(e.verdict).not.toBe("confirmed"); // … but so did everyone
          expect(Math.abs(e.effect!.estimate)).toBeLessThan(0.01);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("credits shared drift under sampling noise no more often than the interval allows", () => {
    let credited = 0;
    const runs = 300;
    for (let seed = 1; seed <= runs; seed++) {
      const draw = sampler(seed);
      const peers = ["p0", "p1", "p2", "p3"];
      const result = run((month) => Object.fromEntries(["u", ...peers].map((id) => [id, draw(month > end ? 0.7 : 0.55, 60)])), peers);
      if (result.verdict === "confirmed") credited++;
    }
    expect(credited / runs).toBeLessThanOrEqual(0.05);
  });

  it("confirms a planted real effect (+20 p. p., 450 answers per window) with enough answers", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.3, max: 0.6, noNaN: true }),
        fc.double({ min: -0.05, max: 0.05, noNaN: true }),
        fc.integer({ min: 1, max: 1000 }),
        (base, drift, seed) => {
          const draw = sampler(seed);
          const peers = ["p0", "p1", "p2", "p3", "p4"];
          const result = run(
            (month) => ({
              u: draw(month > end ? base + drift + 0.2 : base, 150),
              ...Object.fromEntries(peers.map((id) => [id, draw(month > end ? base + drift : base, 150)])),
            }),
            peers,
          );
          expect(result.verdict).toBe("confirmed");
          expect(result.indicators[0]!.effect!.ci[0]).toBeGreaterThan(0);
        },
      ),
      { numRuns: 60, seed: 20261 },
    ); // fixed: a random draw may (rarely, < 0.1 %) miss a real effect
  });

  it("says «данных пока мало» with n when the unit has too few answers", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), (perMonth) => {
        const result = run((month) => ({ u: count(month > end ? 0.9 : 0.3, perMonth), p0: count(0.5, 200) }), ["p0"]);
        expect(result.verdict).toBe("insufficient");
        expect(result.n).toBe(perMonth * 3);
        expect(result.verdictText).toBe(`данных пока мало (n = ${perMonth * 3})`);
      }),
    );
  });

  it("waits for the after-window to end", () => {
    const result = measureEffect(
      {
        unitId: "u",
        view: "seeker",
        indicators: [indicator],
        startMonth: start,
        endMonth: end,
        lastMonthWithData: end + 2,
        comparison: { label: "страна", countryExcept: "u" },
        documents: monthDocuments(first, 12, indicator, () => ({ u: count(0.5, 500), p: count(0.5, 500) })),
      },
      settings,
    );
    expect(result.verdict).toBe("insufficient");
    expect(result.reason).toContain("ещё не закончилось");
  });

  it("compares a region with the rest of the country (country minus the unit)", () => {
    const result = measureEffect(
      {
        unitId: "u",
        view: "seeker",
        indicators: [indicator],
        startMonth: start,
        endMonth: end,
        lastMonthWithData: end + 6,
        comparison: { label: "остальная страна", countryExcept: "u" },
        documents: monthDocuments(first, 12, indicator, (month) => ({ u: count(month > end ? 0.8 : 0.5, 300), p: count(0.5, 900) })),
      },
      settings,
    );
    const e = result.indicators[0]!;
    expect(e.comparison.before).toEqual({ positive: 1350, valid: 2700 });
    expect(e.effect!.estimate).toBeCloseTo(0.3, 6);
    expect(result.verdict).toBe("confirmed");
  });

  it("Newcombe's interval matches the published example (Newcombe 1998, 56/70 − 48/80)", () => {
    const d = shareDifference({ positive: 48, valid: 80 }, { positive: 56, valid: 70 }, 1.959964);
    expect(d.estimate).toBeCloseTo(0.2, 6);
    expect(d.ci[0]).toBeCloseTo(0.0524, 3);
    expect(d.ci[1]).toBeCloseTo(0.3339, 3);
  });
});
