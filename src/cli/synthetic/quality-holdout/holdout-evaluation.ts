// The held-out check: every pattern of the third generator over a few seeds, per-pattern recall and honest false flags.
// Reported only; thresholds are never tuned to it.

import { assessQuality, qualityInputFromDataset, type Methodology, type QualitySettings } from "../../../core/index.js";
import { scoreQualityReport } from "../quality-simulation/simulation-scorecard.js";
import { generateHoldoutWorld, HOLDOUT_PATTERNS, type HoldoutOptions, type HoldoutPattern } from "./holdout-world.js";

/** One pattern's figures in one quarter. */
export interface HoldoutSeedFigures {
  readonly seed: string;
  readonly fabricated: number;
  readonly found: number;
  readonly honest: number;
  readonly honestFlagged: number;
  readonly honestUnits: number;
  readonly inflatedFlagged: number;
  readonly inflatedTotal: number;
}

/** One pattern's figures summed over the seeds, and per seed. */
export interface HoldoutRow {
  readonly pattern: HoldoutPattern;
  readonly fabricated: number;
  readonly found: number;
  readonly recall: number;
  readonly honest: number;
  readonly honestFlagged: number;
  readonly falseFlags: number;
  readonly honestUnits: number;
  readonly centres: number;
  readonly inflatedFlagged: number;
  readonly inflatedTotal: number;
  readonly perSeed: readonly HoldoutSeedFigures[];
}

/** Runs every pattern over `seeds` held-out quarters. */
export function evaluateHoldout(
  o: Omit<HoldoutOptions, "seed"> & { readonly seeds: readonly string[]; readonly patterns?: readonly HoldoutPattern[] },
  m: Methodology,
  settings: QualitySettings,
): HoldoutRow[] {
  return (o.patterns ?? HOLDOUT_PATTERNS).map((pattern) => {
    let fabricated = 0,
      found = 0,
      honest = 0,
      honestFlagged = 0,
      honestUnits = 0,
      centres = 0,
      inflatedFlagged = 0,
      inflatedTotal = 0;
    const perSeed: HoldoutSeedFigures[] = [];
    for (const seed of o.seeds) {
      const world = generateHoldoutWorld({ ...o, seed }, pattern);
      const report = assessQuality(qualityInputFromDataset(world.dataset, world.period, m, settings.defaultHours), settings);
      const card = scoreQualityReport(world, report);
      const figure = card.patterns.find((p) => p.pattern === pattern);
      const honestTotal = [...world.truth.values()].filter((t) => !t.fabricated).length;
      const one: HoldoutSeedFigures = {
        seed,
        fabricated: figure?.total ?? 0,
        found: figure?.flagged ?? 0,
        honest: honestTotal,
        honestFlagged: Math.round(card.honestFlagRate * honestTotal),
        honestUnits: report.units.filter((u) => !world.patternUnits.includes(u.id)).length,
        inflatedFlagged: card.inflatedFlagged,
        inflatedTotal: card.inflatedTotal,
      };
      perSeed.push(one);
      fabricated += one.fabricated;
      found += one.found;
      honest += one.honest;
      honestFlagged += one.honestFlagged;
      honestUnits += one.honestUnits;
      centres += world.dataset.units.filter((u) => u.kind === "territorial").length;
      inflatedFlagged += one.inflatedFlagged;
      inflatedTotal += one.inflatedTotal;
    }
    return {
      pattern,
      fabricated,
      found,
      recall: fabricated ? found / fabricated : 1,
      honest,
      honestFlagged,
      falseFlags: honest ? honestFlagged / honest : 0,
      honestUnits,
      centres,
      inflatedFlagged,
      inflatedTotal,
      perSeed,
    };
  });
}
