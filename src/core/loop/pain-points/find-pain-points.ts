// The pain points of every unit × view of a period, from its result document, the previous period's and the tree.

import type { View } from "../../counters/counter-cell.js";
import type { IndicatorDef, Methodology } from "../../methodology/methodology-types.js";
import { benjaminiHochberg } from "../../quality/quality-statistics.js";
import type { IndicatorResult, ResultDocument, ViewName, ViewResult } from "../../result/result-types.js";
import { indicatorQuestions } from "./indicator-questions.js";
import { objectiveSentence, surveySentence } from "./pain-text.js";
import type { PainComparison, PainPoint, PainTrend, PainUnit, UnitPainPoints } from "./pain-types.js";
import type { Benchmark, PainSettings } from "./pain-settings.js";
import { compareShares, type Counted } from "./two-proportions.js";

/** What the search reads. */
export interface PainInput {
  readonly methodology: Methodology;
  readonly settings: PainSettings;
  /** Every unit of the tree (regions carry the network type). */
  readonly units: readonly PainUnit[];
  /** The period's results. */
  readonly current: ResultDocument;
  /** The results of the period of the same length just before, when computed. */
  readonly previous?: ResultDocument;
}

/** The pain points of any unit and view of one period, each computed once when first asked. */
export interface PainPointFinder {
  readonly period: string;
  readonly settings: PainSettings;
  /** The unit's pain points, or undefined for a unit the results do not know (the country has none). */
  of(unitId: string, view: ViewName): UnitPainPoints | undefined;
}

type Views = Partial<Record<ViewName, ViewResult>>;

function byUnit(doc: ResultDocument | undefined): Map<string, Views> {
  const out = new Map<string, Views>();
  for (const r of doc?.units ?? []) {
    if (r.id === undefined) continue;
    let v = out.get(r.id);
    if (!v) out.set(r.id, (v = {}));
    v[r.view] = r;
  }
  return out;
}

const surveyOf = (r: ViewResult | undefined, code: string): Counted | undefined => r?.indicators?.[code]?.survey;

function minus(total: Counted | undefined, own: Counted): Counted | undefined {
  if (!total) return undefined;
  const valid = total.valid - own.valid;
  return { positive: Math.min(valid, Math.max(0, total.positive - own.positive)), valid };
}

interface Found {
  readonly tested: number;
  readonly painPoints: PainPoint[];
}

/** Prepares the search over one period's results. */
export function painPointFinder(input: PainInput): PainPointFinder {
  const { methodology: m, settings, current } = input;
  const now = byUnit(current);
  const before = byUnit(input.previous);
  const country: Views = {};
  for (const r of current.country) country[r.view] = r;
  const unitById = new Map(input.units.map((u) => [u.id, u]));
  const regions = new Map<string, PainUnit | undefined>();
  const regionOf = (id: string): PainUnit | undefined => {
    if (regions.has(id)) return regions.get(id);
    let u = unitById.get(id);
    for (let depth = 0; u && u.parent !== null && depth < 16; depth++) u = unitById.get(u.parent);
    regions.set(id, u);
    return u;
  };
  const groupMax = new Map(m.groups.map((g) => [g.code, g.max]));
  // Shared by every pain point of a view (they are read, never changed).
  const questionsOf = { seeker: indicatorQuestions(m, "seeker"), employer: indicatorQuestions(m, "employer") };
  // The peers' summed counts: per peer group (kind and network), per view, per indicator.
  type PeerTotals = Record<"seeker" | "employer", Map<string, { positive: number; valid: number }>>;
  const peerGroups = new Map<string, PeerTotals>();
  const peersOf = (unit: PainUnit): PeerTotals => {
    const key = `${unit.kind}|${regionOf(unit.id)?.network ?? ""}`;
    let group = peerGroups.get(key);
    if (!group) peerGroups.set(key, (group = { seeker: new Map(), employer: new Map() }));
    return group;
  };
  for (const u of input.units) {
    const views = now.get(u.id);
    if (!views) continue;
    const group = peersOf(u);
    for (const view of ["seeker", "employer"] as const) {
      for (const [code, ind] of Object.entries(views[view]?.indicators ?? {})) {
        if (!ind.survey) continue;
        const t = group[view].get(code);
        if (t) {
          t.positive += ind.survey.positive;
          t.valid += ind.survey.valid;
        } else group[view].set(code, { positive: ind.survey.positive, valid: ind.survey.valid });
      }
    }
  }

  function benchmarkCounts(benchmark: Benchmark, unit: PainUnit, view: View, code: string, own: Counted): Counted | undefined {
    if (benchmark === "previous") return surveyOf(before.get(unit.id)?.[view], code);
    if (benchmark === "country") return minus(surveyOf(country[view], code), own);
    const region = regionOf(unit.id);
    if (benchmark === "region") return region && region.id !== unit.id ? minus(surveyOf(now.get(region.id)?.[view], code), own) : undefined;
    return minus(peersOf(unit)[view as "seeker" | "employer"].get(code), own);
  }

  /** Index points of the view per unit of the indicator's value (M_g / Σ m_i over present indicators, times m_i). */
  function pointsPerValue(r: ViewResult, def: IndicatorDef): number {
    let sum = 0;
    for (const d of m.indicators) if (d.group === def.group && r.indicators?.[d.code] !== undefined) sum += d.max;
    return sum > 0 ? ((groupMax.get(def.group) ?? 0) / sum) * def.max : 0;
  }

  function trendOf(unit: PainUnit, view: View, code: string, own: Counted): PainTrend {
    const previous = surveyOf(before.get(unit.id)?.[view], code);
    if (!previous || previous.valid < settings.minBase) return "unknown";
    const z = compareShares(own, previous, settings.confidenceZ).z;
    return z >= settings.confidenceZ ? "up" : z <= -settings.confidenceZ ? "down" : "flat";
  }

  function find(unit: PainUnit, view: View, scale: number): Found {
    // scale: 1 (a view's own index); the combined view halves what the views find.
    const r = now.get(unit.id)?.[view];
    if (!r?.indicators) return { tested: 0, painPoints: [] };
    const questions = questionsOf[view as "seeker" | "employer"];
    // Built with `significant` false, set once the false-discovery control over all of them has run.
    const comparisons: { def: IndicatorDef; ind: IndicatorResult; c: { -readonly [K in keyof PainComparison]: PainComparison[K] } }[] = [];
    for (const def of m.indicators) {
      const ind = r.indicators[def.code];
      const own = ind?.survey;
      if (!ind || !own || own.valid < settings.minBase) continue;
      const weight = ind.objective !== undefined ? def.surveyWeight : 1;
      const perValue = pointsPerValue(r, def) * weight * scale;
      for (const benchmark of settings.benchmarks) {
        const other = benchmarkCounts(benchmark, unit, view, def.code, own);
        if (!other || other.valid < settings.minBase) continue;
        const d = compareShares(own, other, settings.confidenceZ);
        const c = {
          benchmark,
          share: own.positive / own.valid,
          valid: own.valid,
          benchmarkShare: other.positive / other.valid,
          benchmarkValid: other.valid,
          gap: d.difference,
          interval: d.interval,
          pValue: d.pLower,
          points: Math.max(0, -d.difference) * perValue,
          significant: false,
        };
        comparisons.push({ def, ind, c });
      }
    }
    const discoveries = benjaminiHochberg(
      comparisons.map((x) => x.c.pValue),
      settings.falseDiscoveryRate,
    );
    const byIndicator = new Map<string, { def: IndicatorDef; ind: IndicatorResult; list: PainComparison[] }>();
    comparisons.forEach((x, i) => {
      let entry = byIndicator.get(x.def.code);
      if (!entry) byIndicator.set(x.def.code, (entry = { def: x.def, ind: x.ind, list: [] }));
      x.c.significant = discoveries[i] === true;
      entry.list.push(x.c);
    });
    const painPoints: PainPoint[] = [];
    const minGap = settings.minGapPoints / 100;
    for (const { def, ind, list } of byIndicator.values()) {
      let head: PainComparison | undefined;
      for (const c of list) if (c.significant && c.gap <= -minGap && (!head || c.points > head.points)) head = c;
      if (!head || !ind.survey) continue;
      painPoints.push({
        indicator: def.code,
        name: def.name,
        group: def.group,
        view,
        part: "survey",
        share: head.share,
        benchmark: head.benchmark,
        benchmarkShare: head.benchmarkShare,
        gap: head.gap,
        interval: head.interval,
        points: head.points,
        priority: head.points >= settings.nowPoints ? "now" : "later",
        trend: trendOf(unit, view, def.code, ind.survey),
        comparisons: list,
        questions: questions.get(def.code) ?? [],
        sentence: surveySentence(def.name, head.share, head.benchmark, head.benchmarkShare, head.interval, head.points),
      });
    }
    for (const def of m.indicators) {
      const ind = r.indicators[def.code];
      const c = ind?.objective;
      if (!ind || c === undefined || settings.objective.target - c < settings.objective.minGapPoints / 100 - 1e-12) continue;
      const weight = ind.survey !== undefined ? 1 - def.surveyWeight : 1;
      const points = (settings.objective.target - c) * weight * pointsPerValue(r, def) * scale;
      painPoints.push({
        indicator: def.code,
        name: def.name,
        group: def.group,
        view,
        part: "objective",
        share: c,
        benchmark: "target",
        benchmarkShare: settings.objective.target,
        gap: c - settings.objective.target,
        interval: [c - settings.objective.target, c - settings.objective.target],
        points,
        priority: points >= settings.nowPoints ? "now" : "later",
        trend: "unknown",
        comparisons: [],
        questions: [],
        sentence: objectiveSentence(def.name, c, settings.objective.target, points),
      });
    }
    return { tested: comparisons.length, painPoints };
  }

  const order = new Map(m.indicators.map((d, i) => [d.code, i]));
  const ranked = (list: PainPoint[]) =>
    list.sort((a, b) => b.points - a.points || (order.get(a.indicator) ?? 0) - (order.get(b.indicator) ?? 0) || (a.view < b.view ? -1 : 1));

  const views = new Map<string, Found>();
  const foundOf = (unit: PainUnit, view: View): Found => {
    const key = `${unit.id}\u0000${view}`;
    let found = views.get(key);
    if (!found) views.set(key, (found = find(unit, view, 1)));
    return found;
  };
  const priorityOf = (points: number) => (points >= settings.nowPoints ? "now" : "later");
  const halved = (p: PainPoint): PainPoint => {
    const points = p.points / 2;
    return {
      ...p,
      points,
      priority: priorityOf(points),
      comparisons: p.comparisons.map((c) => ({ ...c, points: c.points / 2 })),
      sentence: p.part === "survey" ? surveySentence(p.name, p.share, p.benchmark as Benchmark, p.benchmarkShare, p.interval, points) : p.sentence,
    };
  };

  /** Combined: the pain points of both views at half weight; an objective part (shared by the views) once, its points added. */
  function combined(unit: PainUnit): Found {
    const seeker = foundOf(unit, "seeker"),
      employer = foundOf(unit, "employer");
    const out = [...seeker.painPoints, ...employer.painPoints].filter((p) => p.part === "survey").map(halved);
    const objective = new Map<string, PainPoint>();
    for (const p of [...seeker.painPoints, ...employer.painPoints]) {
      if (p.part !== "objective") continue;
      const points = (objective.get(p.indicator)?.points ?? 0) + p.points / 2;
      objective.set(p.indicator, { ...p, points, priority: priorityOf(points), sentence: objectiveSentence(p.name, p.share, p.benchmarkShare, points) });
    }
    return { tested: seeker.tested + employer.tested, painPoints: [...out, ...objective.values()] };
  }

  const memo = new Map<string, UnitPainPoints>();
  return {
    period: current.period,
    settings,
    of(unitId, view) {
      const key = `${unitId}\u0000${view}`;
      const hit = memo.get(key);
      if (hit) return hit;
      const unit = unitById.get(unitId);
      if (!unit || !now.has(unitId)) return undefined;
      const found = view === "combined" ? combined(unit) : foundOf(unit, view);
      const result: UnitPainPoints = {
        unit: unitId,
        view,
        period: current.period,
        settings: settings.id,
        tested: found.tested,
        painPoints: ranked(found.painPoints),
      };
      memo.set(key, result);
      return result;
    },
  };
}
