// Recall and false-flag rates of a quality report against the simulation's truth, per pattern.

import type { QualityReport } from "../../../core/index.js";

/** Per pattern: how many responses, how many flagged, the share flagged. */
export interface PatternFigure {
  readonly pattern: string;
  readonly fabricated: boolean;
  readonly total: number;
  readonly flagged: number;
  readonly rate: number;
}

/** The simulation's figures. */
export interface Scorecard {
  readonly patterns: readonly PatternFigure[];
  readonly fabricatedRecall: number;
  readonly honestFlagRate: number;
  readonly inflatedFlagged: number;
  readonly inflatedTotal: number;
  /** Flagged units that are not inflated centres. */
  readonly honestUnitsFlagged: readonly string[];
}

/** What a scorecard needs of a world: each response's truth and the inflated centres (both generators provide it). */
export interface ScoredWorld {
  readonly truth: ReadonlyMap<string, { readonly fabricated: boolean; readonly pattern: string }>;
  readonly inflatedUnits: readonly string[];
}

/** Compares a report with the truth of the world it was computed from. */
export function scoreQualityReport(world: ScoredWorld, report: QualityReport): Scorecard {
  const flagged = new Set(report.responses.map((r) => r.id));
  const figures = new Map<string, { fabricated: boolean; total: number; flagged: number }>();
  let fab = 0,
    fabFlagged = 0,
    honest = 0,
    honestFlagged = 0;
  for (const [id, label] of world.truth) {
    const key = label.pattern;
    const f = figures.get(key) ?? { fabricated: label.fabricated, total: 0, flagged: 0 };
    f.total++;
    const hit = flagged.has(id);
    if (hit) f.flagged++;
    figures.set(key, f);
    if (label.fabricated) {
      fab++;
      if (hit) fabFlagged++;
    } else {
      honest++;
      if (hit) honestFlagged++;
    }
  }
  const units = new Set(report.units.map((u) => u.id));
  return {
    patterns: [...figures]
      .map(([pattern, f]) => ({ pattern, ...f, rate: f.total ? f.flagged / f.total : 0 }))
      .sort((a, b) => Number(b.fabricated) - Number(a.fabricated) || a.pattern.localeCompare(b.pattern)),
    fabricatedRecall: fab ? fabFlagged / fab : 1,
    honestFlagRate: honest ? honestFlagged / honest : 0,
    inflatedFlagged: world.inflatedUnits.filter((u) => units.has(u)).length,
    inflatedTotal: world.inflatedUnits.length,
    honestUnitsFlagged: [...units].filter((u) => !world.inflatedUnits.includes(u)),
  };
}
