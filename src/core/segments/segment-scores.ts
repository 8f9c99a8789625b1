// The index and the indicators of groups of respondents, scored exactly as the published index (same counters,
// same core, same intervals), with every cell under ten respondents suppressed so nobody can be singled out.

import type { View } from "../counters/counter-cell.js";
import { CounterStore } from "../counters/counter-store.js";
import { forEachResponseCounter } from "../counters/response-cells.js";
import type { AnswerValue, DatasetUnit, ObjectiveEntry } from "../dataset/dataset-types.js";
import type { Methodology } from "../methodology/methodology-types.js";
import type { Period } from "../periods/period.js";
import type { ViewResult } from "../result/result-types.js";
import { computeIndex } from "../scoring/compute-index.js";
import { segmentDimensions, valuesOn, type SegmentDimension } from "./segment-dimensions.js";

/** Cells with fewer respondents show no figures. */
export const MIN_SEGMENT_RESPONDENTS = 10;

/** One counted (non-excluded) response as segments read it: its unit, local month, answers and profile. */
export interface SegmentRespondent {
  readonly unit: string;
  readonly month: string;
  readonly answers: Readonly<Record<string, AnswerValue>>;
  readonly profile?: Readonly<Record<string, string | readonly string[]>>;
}

/** What every group is scored against: the subtree's units (a region's whole tree), its objective entries, the period and view. */
export interface SegmentBasis {
  readonly methodology: Methodology;
  readonly units: readonly DatasetUnit[];
  readonly objective: readonly ObjectiveEntry[];
  readonly period: Period;
  readonly view: View;
}

/** One indicator of a cell: points and the survey share with its 95 % Wilson interval (hidden below ten answers). */
export interface SegmentIndicator {
  readonly code: string;
  readonly name: string;
  readonly points: number;
  readonly max: number;
  readonly survey?: { readonly share: number; readonly ci: readonly [number, number]; readonly valid: number };
}

/** A group's figures; `suppressed` cells carry none (not even their size). */
export interface SegmentFigures {
  readonly suppressed: boolean;
  readonly n?: number;
  readonly index?: number;
  readonly percent?: number;
  readonly ci?: readonly [number, number];
  readonly stars?: number;
  readonly status?: ViewResult["status"];
  readonly indicators?: readonly SegmentIndicator[];
}

/** The view results of every unit of the basis for these respondents, by unit id. */
export function scoreRespondents(basis: SegmentBasis, respondents: readonly SegmentRespondent[]): Map<string, ViewResult> {
  const { methodology: m, view } = basis;
  const store = new CounterStore();
  for (const r of respondents) {
    const response = { id: "", unit: r.unit, respondent: view, submittedAt: "", answers: r.answers, ...(r.profile ? { profile: r.profile } : {}) };
    forEachResponseCounter(response, m, (key, value) => store.addIn(r.month, { unit: r.unit, view, key, value: String(value), count: 1 }));
  }
  const doc = computeIndex({ methodology: m, units: basis.units, objective: basis.objective, counters: store, period: basis.period });
  const out = new Map<string, ViewResult>();
  for (const u of doc.units) if (u.view === view && u.id !== undefined) out.set(u.id, u);
  return out;
}

/** The figures of one result, suppressed under {@link MIN_SEGMENT_RESPONDENTS}. */
export function figuresOf(result: ViewResult | undefined, m: Methodology): SegmentFigures {
  if (!result || result.n < MIN_SEGMENT_RESPONDENTS) return { suppressed: true };
  const indicators: SegmentIndicator[] = [];
  for (const def of m.indicators) {
    const ind = result.indicators?.[def.code];
    if (!ind) continue;
    const survey =
      ind.survey && ind.survey.valid >= MIN_SEGMENT_RESPONDENTS
        ? { share: ind.survey.positive / ind.survey.valid, ci: ind.survey.ci, valid: ind.survey.valid }
        : undefined;
    indicators.push({ code: def.code, name: def.name, points: ind.points, max: def.max, ...(survey ? { survey } : {}) });
  }
  return {
    suppressed: false,
    n: result.n,
    status: result.status,
    indicators,
    ...(result.index !== undefined ? { index: result.index, percent: result.percent, ci: result.ci, stars: result.stars } : {}),
  };
}

/** The respondents of each value of a dimension (a multi-choice respondent falls in each of its values). */
export function splitBy(dim: SegmentDimension, respondents: readonly SegmentRespondent[]): Map<string, SegmentRespondent[]> {
  const groups = new Map<string, SegmentRespondent[]>(dim.options.map((o) => [o.value, []]));
  for (const r of respondents) for (const v of valuesOn(dim, r.answers, r.profile)) groups.get(v)?.push(r);
  return groups;
}

/** One value of a dimension at the target unit. */
export interface SegmentCell extends SegmentFigures {
  readonly value: string;
  readonly label: string;
  /** The cell's interval lies wholly below the unit's index: a real gap, not noise. */
  readonly belowOverall?: boolean;
}

/** One dimension at the target unit: the unit's own figures and every value's. */
export interface SegmentTable {
  readonly dimension: { readonly key: string; readonly title: string; readonly multi: boolean };
  readonly overall: SegmentFigures;
  readonly cells: readonly SegmentCell[];
}

const below = (cell: SegmentFigures, overall: SegmentFigures): boolean | undefined =>
  cell.ci && overall.index !== undefined ? cell.ci[1] < overall.index : undefined;

/** Every dimension of the view (or only `only`) at `target`, each value scored separately. */
export function segmentTables(basis: SegmentBasis, target: string, respondents: readonly SegmentRespondent[], only?: string): SegmentTable[] {
  const m = basis.methodology;
  const overall = figuresOf(scoreRespondents(basis, respondents).get(target), m);
  return segmentDimensions(m, basis.view)
    .filter((d) => only === undefined || d.key === only)
    .map((dim) => {
      const groups = splitBy(dim, respondents);
      const cells = dim.options.map((o): SegmentCell => {
        const figures = figuresOf(scoreRespondents(basis, groups.get(o.value) ?? []).get(target), m);
        const gap = below(figures, overall);
        return { value: o.value, label: o.label, ...figures, ...(gap !== undefined ? { belowOverall: gap } : {}) };
      });
      return { dimension: { key: dim.key, title: dim.title, multi: dim.multi }, overall, cells };
    });
}

/** A group at one unit, ranked by how little it is satisfied. */
export interface LeastSatisfied {
  readonly unit: string;
  readonly dimension: string;
  readonly dimensionTitle: string;
  readonly value: string;
  readonly label: string;
  readonly n: number;
  readonly index: number;
  readonly ci: readonly [number, number];
  readonly stars: number;
  /** The unit's own index for this view; the gap is index − overall. */
  readonly overall: number;
  readonly gap: number;
  readonly belowOverall: boolean;
}

/**
 * «Кто доволен меньше всех»: every (unit of `unitIds`, dimension value) group of at least ten respondents with an
 * index, lowest first; one scoring per value covers every unit at once.
 */
export function leastSatisfied(basis: SegmentBasis, unitIds: readonly string[], respondents: readonly SegmentRespondent[], limit = 15): LeastSatisfied[] {
  const m = basis.methodology;
  const overall = scoreRespondents(basis, respondents);
  const rows: LeastSatisfied[] = [];
  for (const dim of segmentDimensions(m, basis.view)) {
    const groups = splitBy(dim, respondents);
    for (const o of dim.options) {
      const members = groups.get(o.value) ?? [];
      if (members.length < MIN_SEGMENT_RESPONDENTS) continue;
      const scored = scoreRespondents(basis, members);
      for (const unit of unitIds) {
        const r = scored.get(unit),
          all = overall.get(unit);
        if (!r || r.n < MIN_SEGMENT_RESPONDENTS || r.index === undefined || !r.ci || all?.index === undefined) continue;
        rows.push({
          unit,
          dimension: dim.key,
          dimensionTitle: dim.title,
          value: o.value,
          label: o.label,
          n: r.n,
          index: r.index,
          ci: r.ci,
          stars: r.stars ?? 0,
          overall: all.index,
          gap: r.index - all.index,
          belowOverall: r.ci[1] < all.index,
        });
      }
    }
  }
  return rows.sort((a, b) => a.index - b.index || a.gap - b.gap).slice(0, limit);
}
