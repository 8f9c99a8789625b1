// A finished measure's effect from the computed monthly result documents (context.results), never from raw responses.
import {
  effectWindows,
  measureEffect,
  monthLabel,
  type EffectComparison,
  type MeasureEffect,
  type MeasureEffectSettings,
  type ResultDocument,
} from "../../core/index.js";
import type { StoredMeasure } from "../../db/index.js";
import type { ResultsCache } from "../dashboard/results-cache.js";
import type { UnitDirectory } from "../dashboard/unit-directory.js";

/** The month index (`year * 12 + month0`) of a date 'YYYY-MM-DD'. */
export const monthOfDate = (date: string): number => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;

/** Measures whose effect can be measured: done or evaluated, with actual dates. */
export const isFinished = (m: StoredMeasure): boolean => (m.status === "done" || m.status === "evaluated") && m.actualEnd !== null;

/** Whom a unit is compared with: a region with the rest of the country; a centre with the other centres of its kind in its region (or the country when it has none). */
export function comparisonFor(directory: UnitDirectory, unitId: string): EffectComparison {
  const unit = directory.byId.get(unitId);
  const region = directory.regionOf(unitId);
  if (!unit || !region || unit.kind === "region") return { label: "остальную страну", countryExcept: unitId };
  const own = new Set([unitId, ...directory.descendants(unitId).map((u) => u.id)]);
  const peers = directory
    .descendants(region.id)
    .filter((u) => u.kind === unit.kind && !own.has(u.id) && !u.closed)
    .map((u) => u.id);
  if (peers.length === 0) return { label: "остальную страну", countryExcept: unitId };
  return { label: unit.kind === "managing" ? "другие управляющие ЦЗН региона" : "другие ЦЗН региона", unitIds: peers };
}

/** Computes effects of finished measures, reading each month's document once per call. */
export class MeasureEffectSource {
  private readonly documents = new Map<string, Promise<ResultDocument | undefined>>();
  private context?: Promise<{ months: Set<string>; last: number; directory: UnitDirectory }>;

  constructor(
    private readonly results: ResultsCache,
    private readonly settings: MeasureEffectSettings,
  ) {}

  private base() {
    return (this.context ??= (async () => {
      const [months, directory] = await Promise.all([this.results.months(), this.results.units()]);
      const last = months.length === 0 ? 0 : monthOfDate(`${months[months.length - 1]}-01`);
      return { months: new Set(months), last, directory };
    })());
  }

  private document(label: string, months: Set<string>): Promise<ResultDocument | undefined> {
    let found = this.documents.get(label);
    if (!found) this.documents.set(label, (found = months.has(label) ? this.results.get(label).then((s) => s.document) : Promise.resolve(undefined)));
    return found;
  }

  /** The effect of `measure`, or undefined when it is not finished. */
  async effectOf(measure: StoredMeasure): Promise<MeasureEffect | undefined> {
    if (!isFinished(measure)) return undefined;
    const { months, last, directory } = await this.base();
    const startMonth = monthOfDate(measure.actualStart ?? measure.plannedStart),
      endMonth = monthOfDate(measure.actualEnd!);
    const windows = effectWindows(startMonth, endMonth, this.settings);
    const documents = new Map<string, ResultDocument>();
    for (const month of [...windows.before, ...windows.after]) {
      const document = await this.document(monthLabel(month), months);
      if (document) documents.set(monthLabel(month), document);
    }
    return measureEffect(
      {
        unitId: measure.unitId,
        view: measure.view,
        indicators: measure.indicators,
        startMonth,
        endMonth,
        lastMonthWithData: last,
        comparison: comparisonFor(directory, measure.unitId),
        documents,
      },
      this.settings,
    );
  }

  /** The stored unit directory (for regions and names). */
  async directory(): Promise<UnitDirectory> {
    return (await this.base()).directory;
  }
}
