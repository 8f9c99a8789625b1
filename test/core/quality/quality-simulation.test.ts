// The simulation: honest traffic (busy kiosk queues, couples on one phone, evenings at home, «all 10» answers,
// excellent centres) with fabrication planted; recall and false flags per pattern against the targets.

import { describe, expect, it } from "vitest";
import { assessQuality, parsePeriod, qualityInputFromDataset } from "../../../src/core/index.js";
import { loadDefaultMethodology } from "../../../src/cli/methodology-files.js";
import { FABRICATION_PATTERNS } from "../../../src/cli/synthetic/quality-simulation/fabrication-patterns.js";
import { HONEST_PATTERNS } from "../../../src/cli/synthetic/quality-simulation/honest-traffic.js";
import { generateQualityWorld } from "../../../src/cli/synthetic/quality-simulation/quality-world.js";
import { scoreQualityReport } from "../../../src/cli/synthetic/quality-simulation/simulation-scorecard.js";
import { shippedSettings } from "./quality-fixtures.js";

describe("quality simulation", () => {
  const methodology = loadDefaultMethodology();
  const world = generateQualityWorld({ seed: "quality-simulation", methodology, territorialUnits: 160 });
  const report = assessQuality(qualityInputFromDataset(world.dataset, parsePeriod(world.period)!, methodology), shippedSettings());
  const card = scoreQualityReport(world, report);
  const figure = (pattern: string) => card.patterns.find((p) => p.pattern === pattern);

  it("is deterministic and plants every pattern", { timeout: 300_000 }, () => {
    const again = generateQualityWorld({ seed: "quality-simulation", methodology, territorialUnits: 160 });
    expect(again.dataset.responses.length).toBe(world.dataset.responses.length);
    expect(again.dataset.responses[100]).toEqual(world.dataset.responses[100]);
    for (const p of [...FABRICATION_PATTERNS, ...HONEST_PATTERNS]) expect(figure(p)?.total ?? 0).toBeGreaterThan(20);
  });

  for (const pattern of FABRICATION_PATTERNS) {
    it(`flags at least 95 % of ${pattern}`, () => {
      expect(figure(pattern)?.rate).toBeGreaterThanOrEqual(0.95);
    });
  }

  for (const pattern of HONEST_PATTERNS) {
    it(`flags at most 2 % of honest ${pattern}`, () => {
      expect(figure(pattern)?.rate).toBeLessThanOrEqual(0.02);
    });
  }

  it("flags every inflated centre and at most one other centre", () => {
    expect(card.inflatedFlagged).toBe(card.inflatedTotal);
    expect(card.honestUnitsFlagged.length).toBeLessThanOrEqual(1);
    expect(card.honestFlagRate).toBeLessThanOrEqual(0.02);
    expect(card.fabricatedRecall).toBeGreaterThanOrEqual(0.95);
  });
});
