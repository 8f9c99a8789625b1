// The pain points of every unit × view of a period, from its result document, the previous period's and the tree.

import type { View } from "../../counters/counter-cell.js";
import type { IndicatorDef, Methodology } from "../../methodology/methodology-types.js";
import { benjaminiHochberg, normalUpperTail } from "../../quality/quality-statistics.js";
import type { ResultDocument, ViewName, ViewResult } from "../../result/result-types.js";
import { indicatorQuestions, type IndicatorQuestion } from "./indicator-questions.js";
import { objectiveSentence, surveySentence } from "./pain-text.js";
import type { PainComparison, PainPoint, PainTrend, PainUnit, UnitPainPoints } from "./pain-types.js";
import type { Benchmark, PainSettings } from "./pain-settings.js";
import { compareShares, shareDifferenceZ, type Counted } from "./two-proportions.js";

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
      const indicators = views[view]?.indicators;
      for (const code in indicators) {
        const ind = indicators[code];
        if (!ind?.survey) continue;
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
    const z = shareDifferenceZ(own.positive, own.valid, previous.positive, previous.valid);
    return z >= settings.confidenceZ ? "up" : z <= -settings.confidenceZ ? "down" : "flat";
  }

  /** The survey pain point of the indicator whose tests fill slots `first`..`end` − 1, headed by slot `head`. */
  function surveyPainPoint(
    unit: PainUnit,
    view: View,
    r: ViewResult,
    first: number,
    end: number,
    head: number,
    discoveries: readonly boolean[],
    questions: ReadonlyMap<string, readonly IndicatorQuestion[]>,
  ): PainPoint {
    const def = m.indicators[slotIndicator[first] as number] as IndicatorDef;
    const own = r.indicators?.[def.code]?.survey as Counted;
    const comparisons: PainComparison[] = [];
    for (let i = first; i < end; i++) {
      const other = { positive: slotPositive[i] as number, valid: slotValid[i] as number };
      const d = compareShares(own, other, settings.confidenceZ);
      comparisons.push({
        benchmark: settings.benchmarks[slotBenchmark[i] as number] as Benchmark,
        share: own.positive / own.valid,
        valid: own.valid,
        benchmarkShare: other.positive / other.valid,
        benchmarkValid: other.valid,
        gap: d.difference,
        interval: d.interval,
        pValue: d.pLower,
        points: slotPoints[i] as number,
        significant: discoveries[i] === true,
      });
    }
    const lead = comparisons[head - first] as PainComparison;
    let sentence: string | undefined;
    return {
      indicator: def.code,
      name: def.name,
      group: def.group,
      view,
      part: "survey",
      share: lead.share,
      benchmark: lead.benchmark,
      benchmarkShare: lead.benchmarkShare,
      gap: lead.gap,
      interval: lead.interval,
      points: lead.points,
      priority: lead.points >= settings.nowPoints ? "now" : "later",
      trend: trendOf(unit, view, def.code, own),
      comparisons,
      questions: questions.get(def.code) ?? [],
      // Written when read: a page shows one unit's sentences, the overviews none.
      get sentence() {
        return (sentence ??= surveySentence(def.name, lead.share, lead.benchmark as Benchmark, lead.benchmarkShare, lead.interval, lead.points));
      },
    };
  }

  // Scratch for one view's tests, one slot per indicator × benchmark: the false-discovery control needs only the numbers,
  // and objects are built for the indicators that come out as pain points (a tenth of the tests on national data).
  const slots = m.indicators.length * settings.benchmarks.length;
  const slotIndicator = new Int32Array(slots),
    slotBenchmark = new Int32Array(slots);
  const slotPositive = new Float64Array(slots),
    slotValid = new Float64Array(slots),
    slotGap = new Float64Array(slots),
    slotPoints = new Float64Array(slots),
    slotP = new Float64Array(slots);

  function find(unit: PainUnit, view: View, scale: number): Found {
    // scale: 1 (a view's own index); the combined view halves what the views find.
    const r = now.get(unit.id)?.[view];
    if (!r?.indicators) return { tested: 0, painPoints: [] };
    const questions = questionsOf[view as "seeker" | "employer"];
    let tested = 0;
    for (let d = 0; d < m.indicators.length; d++) {
      const def = m.indicators[d] as IndicatorDef;
      const own = r.indicators[def.code]?.survey;
      if (!own || own.valid < settings.minBase) continue;
      const weight = r.indicators[def.code]?.objective !== undefined ? def.surveyWeight : 1;
      const perValue = pointsPerValue(r, def) * weight * scale;
      for (let b = 0; b < settings.benchmarks.length; b++) {
        const other = benchmarkCounts(settings.benchmarks[b] as Benchmark, unit, view, def.code, own);
        if (!other || other.valid < settings.minBase) continue;
        const gap = own.positive / own.valid - other.positive / other.valid;
        slotIndicator[tested] = d;
        slotBenchmark[tested] = b;
        slotPositive[tested] = other.positive;
        slotValid[tested] = other.valid;
        slotGap[tested] = gap;
        slotPoints[tested] = Math.max(0, -gap) * perValue;
        slotP[tested] = normalUpperTail(-shareDifferenceZ(own.positive, own.valid, other.positive, other.valid));
        tested++;
      }
    }
    const discoveries = benjaminiHochberg(slotP.subarray(0, tested), settings.falseDiscoveryRate);
    const minGap = settings.minGapPoints / 100;
    const painPoints: PainPoint[] = [];
    for (let first = 0; first < tested;) {
      let end = first;
      while (end < tested && slotIndicator[end] === slotIndicator[first]) end++;
      let head = -1;
      for (let i = first; i < end; i++) {
        if (discoveries[i] && (slotGap[i] as number) <= -minGap && (head < 0 || (slotPoints[i] as number) > (slotPoints[head] as number))) head = i;
      }
      if (head >= 0) painPoints.push(surveyPainPoint(unit, view, r, first, end, head, discoveries, questions));
      first = end;
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
    return { tested, painPoints };
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
  // A survey pain point of one view at half weight in the combined view; its comparisons and sentence made when read.
  const halved = (p: PainPoint): PainPoint => {
    const points = p.points / 2;
    let comparisons: PainComparison[] | undefined, sentence: string | undefined;
    return {
      indicator: p.indicator,
      name: p.name,
      group: p.group,
      view: p.view,
      part: p.part,
      share: p.share,
      benchmark: p.benchmark,
      benchmarkShare: p.benchmarkShare,
      gap: p.gap,
      interval: p.interval,
      points,
      priority: priorityOf(points),
      trend: p.trend,
      get comparisons() {
        return (comparisons ??= p.comparisons.map((c) => ({ ...c, points: c.points / 2 })));
      },
      questions: p.questions,
      get sentence() {
        return (sentence ??= surveySentence(p.name, p.share, p.benchmark as Benchmark, p.benchmarkShare, p.interval, points));
      },
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
