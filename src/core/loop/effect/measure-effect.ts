// The measured effect of a finished measure: each linked indicator's survey share in a window before its start
// against the same-length window after its end, and the difference-in-differences against a comparison group
// (the region's other centres, or the rest of the country) so that drift everyone shares is not credited.

import type { View } from "../../counters/counter-cell.js";
import { monthLabel } from "../../periods/period.js";
import type { ResultDocument, ViewResult } from "../../result/result-types.js";
import { normalQuantileTwoSided, type MeasureEffectSettings } from "./measure-effect-settings.js";
import { pointsInterval, signedPoints } from "./percentage-points.js";
import { addCounts, differenceOfDifferences, shareDifference, type Estimate, type ShareCount } from "./share-difference.js";

/** The verdict in three words. */
export type EffectVerdict = "confirmed" | "not_confirmed" | "insufficient";

export const effectVerdictNames: Readonly<Record<EffectVerdict, string>> = {
  confirmed: "эффект подтверждён",
  not_confirmed: "не подтверждён",
  insufficient: "данных пока мало",
};

/** Months (indices `year * 12 + month0`) of the two windows: `before` ends the month before the start, `after` begins the month after the end. */
export interface EffectWindows {
  readonly before: readonly number[];
  readonly after: readonly number[];
}

/** The windows of a measure that ran from month `startMonth` to month `endMonth`. */
export function effectWindows(startMonth: number, endMonth: number, settings: MeasureEffectSettings): EffectWindows {
  const w = settings.windowMonths;
  return {
    before: Array.from({ length: w }, (_, i) => startMonth - w + i),
    after: Array.from({ length: w }, (_, i) => endMonth + 1 + i),
  };
}

/** Whom the unit is compared with: listed units of the same level (pooled), or the country without the unit. */
export type EffectComparison = { readonly label: string; readonly unitIds: readonly string[] } | { readonly label: string; readonly countryExcept: string };

export interface MeasureEffectInput {
  readonly unitId: string;
  readonly view: View;
  readonly indicators: readonly string[];
  readonly startMonth: number;
  readonly endMonth: number;
  /** The newest month with data: an after-window reaching past it is not complete yet. */
  readonly lastMonthWithData: number;
  readonly comparison: EffectComparison;
  /** The result document of each month ('YYYY-MM') that has one. */
  readonly documents: ReadonlyMap<string, ResultDocument>;
}

/** One linked indicator's effect. */
export interface IndicatorEffect {
  readonly indicator: string;
  readonly unit: { readonly before: ShareCount; readonly after: ShareCount };
  readonly comparison: { readonly before: ShareCount; readonly after: ShareCount };
  /** The unit's own change (after − before). */
  readonly change: Estimate | null;
  /** The comparison group's change over the same windows. */
  readonly comparisonChange: Estimate | null;
  /** The difference-in-differences: the change the measure can claim. */
  readonly effect: Estimate | null;
  readonly verdict: EffectVerdict;
  readonly text: string;
}

export interface MeasureEffect {
  readonly windows: { readonly before: readonly [string, string]; readonly after: readonly [string, string] };
  readonly comparison: string;
  readonly confidence: number;
  readonly indicators: readonly IndicatorEffect[];
  readonly verdict: EffectVerdict;
  readonly verdictText: string;
  /** The smallest base of the unit's windows (valid answers). */
  readonly n: number;
  /** Why the data do not suffice, when they do not. */
  readonly reason?: string;
}

const zero: ShareCount = { positive: 0, valid: 0 };

function countOf(result: ViewResult | undefined, indicator: string): ShareCount {
  const survey = result?.indicators?.[indicator]?.survey;
  return survey ? { positive: survey.positive, valid: survey.valid } : zero;
}

/** Per month document: the view's entries by unit id, built once. */
function viewIndex(document: ResultDocument, view: View): { units: Map<string, ViewResult>; country: ViewResult | undefined } {
  const units = new Map<string, ViewResult>();
  for (const r of document.units) if (r.view === view && r.id !== undefined) units.set(r.id, r);
  return { units, country: document.country.find((r) => r.view === view) };
}

function windowCounts(
  input: MeasureEffectInput,
  months: readonly number[],
  indicator: string,
  indexes: Map<string, ReturnType<typeof viewIndex>>,
): { unit: ShareCount; comparison: ShareCount } {
  const unit: ShareCount[] = [],
    comparison: ShareCount[] = [];
  for (const month of months) {
    const index = indexes.get(monthLabel(month));
    if (!index) continue;
    const own = countOf(index.units.get(input.unitId), indicator);
    unit.push(own);
    const c = input.comparison;
    if ("unitIds" in c) for (const id of c.unitIds) comparison.push(countOf(index.units.get(id), indicator));
    else {
      const country = countOf(index.country, indicator),
        except = countOf(index.units.get(c.countryExcept), indicator);
      comparison.push({ positive: country.positive - except.positive, valid: country.valid - except.valid });
    }
  }
  return { unit: addCounts(unit), comparison: addCounts(comparison) };
}

function indicatorEffect(
  input: MeasureEffectInput,
  settings: MeasureEffectSettings,
  windows: EffectWindows,
  indexes: Map<string, ReturnType<typeof viewIndex>>,
  indicator: string,
  complete: boolean,
): IndicatorEffect {
  const z = normalQuantileTwoSided(settings.confidence);
  const before = windowCounts(input, windows.before, indicator, indexes);
  const after = windowCounts(input, windows.after, indicator, indexes);
  const unit = { before: before.unit, after: after.unit };
  const comparison = { before: before.comparison, after: after.comparison };
  const change = unit.before.valid > 0 && unit.after.valid > 0 ? shareDifference(unit.before, unit.after, z) : null;
  const comparisonChange = comparison.before.valid > 0 && comparison.after.valid > 0 ? shareDifference(comparison.before, comparison.after, z) : null;
  const effect = change && comparisonChange ? differenceOfDifferences(change, comparisonChange) : null;
  const enough =
    complete &&
    unit.before.valid >= settings.minBase &&
    unit.after.valid >= settings.minBase &&
    comparison.before.valid >= settings.minComparisonBase &&
    comparison.after.valid >= settings.minComparisonBase;
  const verdict: EffectVerdict = !enough || !effect ? "insufficient" : effect.ci[0] > settings.minEffect ? "confirmed" : "not_confirmed";
  const level = Math.round(settings.confidence * 100);
  const text =
    verdict === "insufficient" || !effect || !change
      ? `${indicator}: данных пока мало (ответов до ${unit.before.valid}, после ${unit.after.valid}; нужно не меньше ${settings.minBase} в каждом окне${complete ? "" : ", окно после завершения ещё не закончилось"})`
      : `${indicator}: ${signedPoints(change.estimate)} п. п. в подразделении, с поправкой на ${input.comparison.label} ${signedPoints(effect.estimate)} п. п. (${level} % ДИ ${pointsInterval(effect.ci)}) — ${effectVerdictNames[verdict]}`;
  return { indicator, unit, comparison, change, comparisonChange, effect, verdict, text };
}

const range = (months: readonly number[]): readonly [string, string] => [monthLabel(months[0]!), monthLabel(months[months.length - 1]!)];

/** The effect of a finished measure on each linked indicator, and the verdict: confirmed when any indicator's is. */
export function measureEffect(input: MeasureEffectInput, settings: MeasureEffectSettings): MeasureEffect {
  const windows = effectWindows(input.startMonth, input.endMonth, settings);
  const indexes = new Map<string, ReturnType<typeof viewIndex>>();
  for (const month of [...windows.before, ...windows.after]) {
    const document = input.documents.get(monthLabel(month));
    if (document) indexes.set(monthLabel(month), viewIndex(document, input.view));
  }
  const complete = windows.after[windows.after.length - 1]! <= input.lastMonthWithData;
  const indicators = input.indicators.map((code) => indicatorEffect(input, settings, windows, indexes, code, complete));
  const verdict: EffectVerdict = indicators.some((i) => i.verdict === "confirmed")
    ? "confirmed"
    : indicators.length > 0 && indicators.every((i) => i.verdict === "insufficient")
      ? "insufficient"
      : "not_confirmed";
  const n = Math.min(...indicators.flatMap((i) => [i.unit.before.valid, i.unit.after.valid]), Number.MAX_SAFE_INTEGER);
  const reason =
    verdict !== "insufficient"
      ? undefined
      : !complete
        ? `окно после завершения (${range(windows.after).join(" — ")}) ещё не закончилось`
        : `ответов в окнах: ${n === Number.MAX_SAFE_INTEGER ? 0 : n}, нужно не меньше ${settings.minBase} у подразделения и ${settings.minComparisonBase} у группы сравнения`;
  return {
    windows: { before: range(windows.before), after: range(windows.after) },
    comparison: input.comparison.label,
    confidence: settings.confidence,
    indicators,
    verdict,
    verdictText: verdict === "insufficient" ? `${effectVerdictNames[verdict]} (n = ${n === Number.MAX_SAFE_INTEGER ? 0 : n})` : effectVerdictNames[verdict],
    n: n === Number.MAX_SAFE_INTEGER ? 0 : n,
    ...(reason ? { reason } : {}),
  };
}
