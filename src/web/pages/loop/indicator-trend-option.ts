// The ECharts option of an indicator's trend: the unit's share per view, the region's dashed, measures as vertical markers.
import type { PainEvidenceResponse } from "../../../contract/pain-points";
import type { ChartOption } from "../../components/charts/echarts-setup";
import { viewLabels } from "../../format/labels";
import { periodLabel } from "../../format/periods";
import { markerText, type MeasureMarker } from "./measure-markers";

type TrendRow = PainEvidenceResponse["trend"][number];

const percent = (share: number | undefined) => (share === undefined ? null : Math.round(share * 1000) / 10);
const viewColours = { seeker: "#1864ab", employer: "#862e9c" } as const;

/** The periods of the trend, oldest first, each once. */
export const trendPeriods = (trend: readonly TrendRow[]): string[] => [...new Set(trend.map((t) => t.period))].sort();

export function indicatorTrendOption(trend: readonly TrendRow[], markers: readonly MeasureMarker[], regionName: string | undefined): ChartOption {
  const periods = trendPeriods(trend);
  const labels = periods.map(periodLabel);
  const views = [...new Set(trend.map((t) => t.view))];
  const row = (view: string, period: string) => trend.find((t) => t.view === view && t.period === period);
  const byPeriod = new Map<string, string[]>();
  for (const m of markers) byPeriod.set(m.period, [...(byPeriod.get(m.period) ?? []), markerText(m)]);
  const markLine = {
    symbol: "none",
    silent: false,
    label: { formatter: "мера", color: "#7a4f00" },
    lineStyle: { color: "#b06f00", type: "solid" as const, width: 2 },
    data: [...byPeriod].map(([period, texts]) => ({ xAxis: periodLabel(period), name: texts.join("\n") })),
  };
  const series = views.flatMap((view, k) => [
    {
      type: "line" as const,
      name: views.length > 1 ? `Доля довольных, ${viewLabels[view]}` : "Доля довольных",
      color: viewColours[view],
      data: periods.map((p) => percent(row(view, p)?.share)),
      connectNulls: false,
      lineStyle: { width: 2 },
      ...(k === 0 && byPeriod.size > 0 ? { markLine } : {}),
    },
    ...(regionName && trend.some((t) => t.view === view && t.region !== undefined)
      ? [
          {
            type: "line" as const,
            name: `${regionName}${views.length > 1 ? `, ${viewLabels[view]}` : ""}`,
            color: "#868e96",
            lineStyle: { type: "dashed" as const },
            data: periods.map((p) => percent(row(view, p)?.region)),
          },
        ]
      : []),
  ]);
  return {
    animation: false,
    grid: { left: 52, right: 16, top: 24, bottom: 56 },
    legend: { bottom: 0 },
    tooltip: {
      trigger: "item",
      formatter: (params: unknown) => {
        const p = params as { componentType?: string; name?: string; seriesName?: string; value?: unknown };
        return p.componentType === "markLine"
          ? String(p.name ?? "").replace(/\n/g, "<br>")
          : `${p.seriesName}: ${p.name} — ${String(p.value).replace(".", ",")} %`;
      },
    },
    xAxis: { type: "category", data: labels, axisLabel: { color: "#212529" } },
    yAxis: { type: "value", min: 0, max: 100, axisLabel: { color: "#212529", formatter: "{value} %" } },
    series,
  };
}
