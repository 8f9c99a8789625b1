// Corrective measures as markers on an indicator's trend: the period holding each measure's start and end.
import type { MeasureView } from "../../../contract/measures";
import { periodKind } from "../../format/periods";

/** One marker: a measure starting or ending in a period of the trend. */
export interface MeasureMarker {
  measure: string;
  title: string;
  edge: "start" | "end";
  date: string;
  /** The date is the planned one (the measure has not started or ended yet). */
  planned: boolean;
  period: string;
}

/** The period of the same length as `like` that holds the day `date` ('YYYY-MM-DD'). */
export function periodOfDate(date: string, like: string): string | undefined {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  switch (periodKind(like)) {
    case "quarter":
      return `${year}-Q${Math.ceil(month / 3)}`;
    case "half":
      return `${year}-H${month <= 6 ? 1 : 2}`;
    case "year":
      return year;
    case "month":
      return date.slice(0, 7);
    default:
      return undefined;
  }
}

const shown = new Set(["planned", "in_progress", "done", "evaluated"]);

/** The markers of `unit`'s own measures that target `indicator`, on the trend's periods (drafts and cancelled ones left out). */
export function measureMarkers(measures: readonly MeasureView[], unit: string, indicator: string, periods: readonly string[]): MeasureMarker[] {
  const inTrend = new Set(periods);
  const like = periods[0];
  if (!like) return [];
  const out: MeasureMarker[] = [];
  for (const m of measures) {
    if (m.unit.id !== unit || !shown.has(m.status) || !m.indicators.some((i) => i.code === indicator)) continue;
    const edges = [
      { edge: "start" as const, date: m.actualStart ?? m.plannedStart, planned: m.actualStart === null },
      { edge: "end" as const, date: m.actualEnd ?? m.plannedEnd, planned: m.actualEnd === null },
    ];
    for (const e of edges) {
      const period = periodOfDate(e.date, like);
      if (period && inTrend.has(period)) out.push({ measure: m.id, title: m.title, ...e, period });
    }
  }
  return out;
}

/** «Начало меры «…»: 12.01.2026» for a tooltip and the table. */
export function markerText(marker: MeasureMarker): string {
  const [y, mo, d] = marker.date.split("-");
  return `${marker.edge === "start" ? "Начало" : "Окончание"} меры «${marker.title}»: ${d}.${mo}.${y}${marker.planned ? " (план)" : ""}`;
}
