// The third, held-out generator (src/cli/synthetic/quality-holdout): deterministic by seed, valid exchange-format
// datasets, and the bench's per-pattern table. No recall targets here: it is a held-out check, never tuned to.

import { describe, expect, it } from "vitest";
import { validateDataset } from "../../../src/core/index.js";
import { holdoutFigures } from "../../../src/cli/bench/quality-bench.js";
import { loadDefaultMethodology } from "../../../src/cli/methodology-files.js";
import { loadQualitySettings } from "../../../src/cli/quality-settings-files.js";
import { generateHoldoutWorld, HOLDOUT_PATTERNS } from "../../../src/cli/synthetic/quality-holdout/holdout-world.js";

const methodology = loadDefaultMethodology();

describe("holdout generator", () => {
  it("is deterministic by seed and differs across seeds", () => {
    const a = generateHoldoutWorld({ seed: "h", centres: 8, regions: 2 }, "inflated_centre");
    const b = generateHoldoutWorld({ seed: "h", centres: 8, regions: 2 }, "inflated_centre");
    const c = generateHoldoutWorld({ seed: "other", centres: 8, regions: 2 }, "inflated_centre");
    expect(b.dataset).toEqual(a.dataset);
    expect([...b.truth]).toEqual([...a.truth]);
    expect(c.dataset.responses.length).not.toBe(a.dataset.responses.length);
    expect(a.inflatedUnits.length).toBe(1);
  });

  it("writes valid exchange-format datasets with every pattern planted", () => {
    for (const pattern of HOLDOUT_PATTERNS) {
      const world = generateHoldoutWorld({ seed: "v", centres: 8, regions: 2 }, pattern);
      const outcome = validateDataset(JSON.parse(JSON.stringify(world.dataset)), methodology);
      expect(outcome.ok ? "ok" : outcome.problems[0]).toBe("ok");
      expect([...world.truth.values()].filter((t) => t.fabricated && t.pattern === pattern).length).toBeGreaterThanOrEqual(4);
    }
  });

  it("prints a per-pattern table of recall and false flags", { timeout: 120_000 }, () => {
    const rows = holdoutFigures({ seed: "t", holdoutSeeds: 1, holdoutCentres: 8 }, methodology, loadQualitySettings(undefined));
    expect(rows[0]?.[0]).toBe("holdout (third generator)");
    for (const pattern of HOLDOUT_PATTERNS) {
      const row = rows.find(([name]) => name.trim() === pattern);
      expect(row?.[1]).toMatch(/^recall \d+\.\d\d % \(\d+ of \d+\), false flags \d+\.\d\d % /);
    }
    expect(rows.at(-2)?.[0].trim()).toBe("worst recall");
  });

  it("prints each quarter of a chosen seed list under its pattern", { timeout: 120_000 }, () => {
    const rows = holdoutFigures(
      { seed: "ignored", holdoutSeeds: 5, holdoutCentres: 8, holdoutSeedList: ["a", "b"], holdoutPerSeed: true },
      methodology,
      loadQualitySettings(undefined),
    );
    expect(rows[0]?.[1]).toMatch(/× 2 quarters \(a, b\)/);
    const at = rows.findIndex(([name]) => name.trim() === "kiosk_sitting");
    expect(rows.slice(at + 1, at + 3).map(([name]) => name.trim())).toEqual(["a", "b"]);
    expect(rows[at + 1]?.[1]).toMatch(/^recall \d+\.\d\d % \(\d+ of \d+\), false flags \d+\.\d\d % /);
  });
});
