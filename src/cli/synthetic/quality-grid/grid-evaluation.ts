// The evaluation grid: peer-group size × fabrication share × pattern, each cell a world of the second generator
// assessed by the engine, with recall, false flags and flagged centres; the worst cell is what the targets hold on.

import { assessQuality, qualityInputFromDataset, type Methodology, type QualitySettings } from "../../../core/index.js";
import { scoreQualityReport } from "../quality-simulation/simulation-scorecard.js";
import { GRID_PATTERNS, type GridPattern } from "./grid-fabrication.js";
import { generateGridBase, plantGridPattern } from "./grid-world.js";

export const GRID_SIZES = [10, 40, 300, 2500] as const;
export const GRID_SHARES = [0.05, 0.15] as const;

/** One cell's figures. */
export interface GridCell {
  readonly centres: number;
  readonly share: number;
  readonly pattern: GridPattern;
  readonly responses: number;
  /** Share of the pattern's responses flagged. */
  readonly recall: number;
  readonly fabricated: number;
  /** Share of honest responses flagged. */
  readonly falseFlags: number;
  /** Inflated centres flagged of planted (the inflated pattern only). */
  readonly inflatedFlagged: number;
  readonly inflatedTotal: number;
  /** Flagged centres that carry no planted pattern, and per 40 centres. */
  readonly honestUnits: number;
  readonly honestUnitsPer40: number;
}

export interface GridOptions {
  readonly seed: string;
  readonly sizes?: readonly number[];
  readonly shares?: readonly number[];
  readonly patterns?: readonly GridPattern[];
  /** Median honest responses per centre; the largest peer group uses `largeVolume` to stay affordable. */
  readonly volume?: number;
  readonly largeVolume?: number;
}

/** Runs every cell of the grid. */
export function evaluateGrid(o: GridOptions, m: Methodology, settings: QualitySettings, onCell?: (cell: GridCell) => void): GridCell[] {
  const cells: GridCell[] = [];
  for (const centres of o.sizes ?? GRID_SIZES) {
    const base = generateGridBase({ seed: o.seed, centres, volume: centres >= 1000 ? (o.largeVolume ?? 35) : (o.volume ?? 110) });
    for (const share of o.shares ?? GRID_SHARES) {
      for (const pattern of o.patterns ?? GRID_PATTERNS) {
        const world = plantGridPattern(base, pattern, share);
        const report = assessQuality(qualityInputFromDataset(world.dataset, base.period, m, settings.defaultHours), settings);
        const card = scoreQualityReport(world, report);
        const figure = card.patterns.find((p) => p.pattern === pattern);
        // Centres carrying the planted pattern are not honest, whatever the pattern.
        const honestUnits = report.units.filter((u) => !world.patternUnits.includes(u.id)).length;
        const cell: GridCell = {
          centres,
          share,
          pattern,
          responses: world.dataset.responses.length,
          recall: figure?.rate ?? 0,
          fabricated: figure?.total ?? 0,
          falseFlags: card.honestFlagRate,
          inflatedFlagged: card.inflatedFlagged,
          inflatedTotal: card.inflatedTotal,
          honestUnits,
          honestUnitsPer40: (honestUnits * 40) / centres,
        };
        cells.push(cell);
        onCell?.(cell);
      }
    }
  }
  return cells;
}

/** The cells where the targets are hardest: lowest recall, most false flags, most honest centres flagged, inflated centres missed. */
export function worstCells(cells: readonly GridCell[]): { recall?: GridCell; falseFlags?: GridCell; honestUnits?: GridCell; inflatedMissed?: GridCell } {
  const by = (f: (c: GridCell) => number): GridCell | undefined =>
    cells.reduce<GridCell | undefined>((w, c) => (w === undefined || f(c) > f(w) ? c : w), undefined);
  const inflated = cells.filter((c) => c.pattern === "inflated_centre");
  return {
    recall: by((c) => -c.recall),
    falseFlags: by((c) => c.falseFlags),
    honestUnits: by((c) => c.honestUnitsPer40),
    inflatedMissed: inflated.length
      ? inflated.reduce((w, c) => (c.inflatedTotal - c.inflatedFlagged > w.inflatedTotal - w.inflatedFlagged ? c : w))
      : undefined,
  };
}
