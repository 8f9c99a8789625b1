// Pain points across many units: a heatmap (units × indicators) and the indicators that hurt in most regions.

import type { Methodology } from "../../methodology/methodology-types.js";
import type { ViewName } from "../../result/result-types.js";
import type { PainPointFinder } from "./find-pain-points.js";
import type { PainPoint } from "./pain-types.js";

/** One cell: the unit's worst pain point on the indicator (most points), if any. */
export interface HeatmapCell {
  readonly indicator: string;
  /** The gap in percentage points (negative), absent when the indicator is not a pain point. */
  readonly gapPoints?: number;
  /** Index points recoverable. */
  readonly points?: number;
  readonly part?: PainPoint["part"];
  readonly sentence?: string;
}

/** One row of the heatmap. */
export interface HeatmapRow {
  readonly unit: string;
  readonly cells: readonly HeatmapCell[];
  /** Pain points of the unit. */
  readonly count: number;
}

/** The worst pain point per indicator. */
function worstByIndicator(list: readonly PainPoint[]): Map<string, PainPoint> {
  const out = new Map<string, PainPoint>();
  for (const p of list) {
    const seen = out.get(p.indicator);
    if (!seen || p.points > seen.points) out.set(p.indicator, p);
  }
  return out;
}

/** Units × every indicator of the methodology, in its order. */
export function painHeatmap(finder: PainPointFinder, m: Methodology, unitIds: readonly string[], view: ViewName): HeatmapRow[] {
  const rows: HeatmapRow[] = [];
  for (const unit of unitIds) {
    const found = finder.of(unit, view);
    if (!found) continue;
    const worst = worstByIndicator(found.painPoints);
    const cells = m.indicators.map((d): HeatmapCell => {
      const p = worst.get(d.code);
      return p ? { indicator: d.code, gapPoints: p.gap * 100, points: p.points, part: p.part, sentence: p.sentence } : { indicator: d.code };
    });
    rows.push({ unit, cells, count: worst.size });
  }
  return rows;
}

/** An indicator's spread over regions. */
export interface WidePain {
  readonly indicator: string;
  readonly name: string;
  readonly group: string;
  /** Regions where the indicator is a pain point. */
  readonly regions: readonly string[];
  /** Regions with results. */
  readonly of: number;
  readonly share: number;
  /** Whether the share reaches the settings' threshold («в большинстве регионов»). */
  readonly most: boolean;
  /** Index points recoverable summed over those regions, and its mean per region. */
  readonly meanPoints: number;
}

/** Every indicator with how many regions have it as a pain point, most regions first. */
export function widePains(finder: PainPointFinder, m: Methodology, regionIds: readonly string[], view: ViewName): WidePain[] {
  const hits = new Map<string, { regions: string[]; points: number }>(m.indicators.map((d) => [d.code, { regions: [], points: 0 }]));
  let of = 0;
  for (const region of regionIds) {
    const found = finder.of(region, view);
    // A region without answers (nothing tested, nothing found) has no results to count among.
    if (!found || (found.tested === 0 && found.painPoints.length === 0)) continue;
    of++;
    for (const [code, p] of worstByIndicator(found.painPoints)) {
      const h = hits.get(code);
      if (!h) continue;
      h.regions.push(region);
      h.points += p.points;
    }
  }
  const threshold = finder.settings.countryPainShare;
  return m.indicators
    .map((d) => {
      const h = hits.get(d.code) as { regions: string[]; points: number };
      const share = of > 0 ? h.regions.length / of : 0;
      return {
        indicator: d.code,
        name: d.name,
        group: d.group,
        regions: h.regions,
        of,
        share,
        most: of > 0 && share >= threshold,
        meanPoints: h.regions.length > 0 ? h.points / h.regions.length : 0,
      };
    })
    .sort((a, b) => b.regions.length - a.regions.length || b.meanPoints - a.meanPoints);
}
