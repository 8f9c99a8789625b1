// What a trend follows: the index, one of the five groups or one of the 20 indicators, and its value in a view result.
import type { Methodology, ViewName, ViewResult } from "../../core/index.js";
import { BadRequestError } from "../errors/app-errors.js";
import type { TrendMeasure } from "./dashboard-types.js";

/** The measure named `code` in the methodology; 400 naming the field for an unknown code or an indicator of the combined view. */
export function resolveTrendMeasure(m: Methodology, code: string, view: ViewName): TrendMeasure {
  if (code === "index") return { kind: "index", code, name: "Индекс", max: m.total };
  const group = m.groups.find((g) => g.code === code);
  if (group) return { kind: "group", code, name: group.name, max: 100 };
  const indicator = m.indicators.find((i) => i.code === code);
  if (!indicator) throw new BadRequestError(`measure: нет группы или показателя «${code}» в методике`);
  if (view === "combined")
    throw new BadRequestError("measure: показатели считаются отдельно для соискателей и работодателей — выберите view=seeker или view=employer");
  return { kind: "indicator", code, name: indicator.name, max: 100 };
}

/** The measure's value in a view result (index in points; group and indicator in percent); undefined when absent. */
export function measureValue(r: ViewResult | undefined, measure: TrendMeasure, m: Methodology): number | undefined {
  if (!r) return undefined;
  if (measure.kind === "index") return r.index;
  if (measure.kind === "group") {
    const score = r.groups[measure.code];
    const max = m.groups.find((g) => g.code === measure.code)?.max;
    return score === undefined || !max ? undefined : (score / max) * 100;
  }
  const indicator = r.indicators?.[measure.code];
  return indicator === undefined ? undefined : indicator.value * 100;
}
