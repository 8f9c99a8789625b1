// The index, a group or an indicator over the periods up to the chosen one, with the country's line, on an axis fitted
// to the data, periods without data shaded as gaps; the same data as a table.
import { Group, Paper, Select, Table, Text, Title } from "@mantine/core";
import { useMemo, useState } from "react";
import type { TrendResponse, ViewName } from "../../contract/dashboard";
import { fetchTrend } from "../api/dashboard-api";
import { useAsync } from "../app/use-async";
import { useDashboard, useIndexScale } from "../app/dashboard-context";
import { useViewParams } from "../app/view-params";
import { statusLabels } from "../format/labels";
import { formatCount, formatNumber } from "../format/numbers";
import { periodKind, periodLabel } from "../format/periods";
import { fittedAxis, gapIndexes } from "../format/trend-axis";
import { ScrollTable } from "./ScrollTable";
import { LazyChart } from "./charts/LazyChart";
import type { ChartOption } from "./charts/echarts-setup";
import { EmptyState, LoadState } from "./LoadState";

const granularities = { quarter: "quarter", half: "half", year: "year", month: "month" } as const;

/** The values of a trend (`value` of each point), rounded for the chart; gaps stay null. */
const rounded = (values: (number | undefined)[]) => values.map((v) => (v === undefined ? null : Math.floor(v * 100 + 0.5) / 100));

function trendOption(trend: TrendResponse, showCountry: boolean, axis: { min: number; max: number }, gaps: number[]): ChartOption {
  const labels = trend.points.map((p) => periodLabel(p.period));
  return {
    animation: false,
    grid: { left: 40, right: 16, top: 16, bottom: 56 },
    legend: { bottom: 0 },
    tooltip: { trigger: "axis" },
    xAxis: { type: "category", data: labels, axisLabel: { color: "#212529" } },
    yAxis: { type: "value", min: axis.min, max: axis.max, axisLabel: { color: "#212529" } },
    series: [
      {
        type: "line",
        name: trend.unit.name,
        data: rounded(trend.points.map((p) => p.value)),
        connectNulls: false,
        color: "#1864ab",
        lineStyle: { width: 2 },
        // Periods without data are shaded and named, not drawn as zero.
        markArea: {
          silent: true,
          itemStyle: { color: "rgba(134, 142, 150, 0.15)" },
          label: { color: "#495057", position: "insideTop", fontSize: 11 },
          data: gaps.map((i) => [{ xAxis: labels[i], name: "нет данных" }, { xAxis: labels[i] }]),
        },
      },
      ...(showCountry
        ? [
            {
              type: "line" as const,
              name: "Россия",
              data: rounded(trend.points.map((p) => p.countryValue)),
              color: "#868e96",
              lineStyle: { type: "dashed" as const },
            },
          ]
        : []),
    ],
  };
}

/** The measures a trend may follow: the index, the groups, and in one view the indicators. */
function useMeasureOptions(view: ViewName) {
  const { groups, indicators } = useDashboard();
  const { total } = useIndexScale();
  return useMemo(
    () => [
      { group: "Индекс", items: [{ value: "index", label: `Индекс (из ${total})` }] },
      { group: "Группы показателей, % от максимума", items: groups.map((g) => ({ value: g.code, label: `${g.code}. ${g.name}` })) },
      ...(view === "combined"
        ? []
        : [{ group: "Показатели, % положительных ответов", items: indicators.map((i) => ({ value: i.code, label: `${i.code}. ${i.name}` })) }]),
    ],
    [groups, indicators, view],
  );
}

const valueOf = (trend: TrendResponse, v: number | undefined) =>
  trend.measure.kind === "index" ? formatNumber(v) : v === undefined ? "—" : `${formatNumber(v)} %`;

export function TrendChart({ unit, view, period }: { unit: string; view: ViewName; period: string }) {
  const granularity = granularities[periodKind(period) ?? "quarter"];
  const { basis } = useViewParams();
  const options = useMeasureOptions(view);
  const [chosen, setChosen] = useState("index");
  // An indicator exists only in one view: back to the index when the view becomes combined.
  const measure = options.some((o) => o.items.some((i) => i.value === chosen)) ? chosen : "index";
  const state = useAsync(() => fetchTrend(unit, view, granularity, 8, basis, { period, measure }), [unit, view, granularity, basis, period, measure]);
  const trend = state.data?.measure.code === measure ? state.data : undefined;
  const showCountry = unit !== "country";
  const values = useMemo(() => trend?.points.map((p) => p.value) ?? [], [trend]);
  const axis = useMemo(
    () => (trend ? fittedAxis([...values, ...(showCountry ? trend.points.map((p) => p.countryValue) : [])], trend.measure.max) : undefined),
    [trend, values, showCountry],
  );
  const gaps = useMemo(() => gapIndexes(values), [values]);
  const option = useMemo(() => (trend && axis ? trendOption(trend, showCountry, axis, gaps) : undefined), [trend, axis, gaps, showCountry]);
  const scale = trend?.measure.kind === "index" ? `из ${trend.measure.max} баллов` : "в % от максимума";
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="trend-title">
      <Group justify="space-between" align="flex-end">
        <Title order={2} size="h4" id="trend-title">
          Динамика
        </Title>
        <Select
          label="Показывать"
          size="xs"
          w={{ base: "100%", sm: 360 }}
          data={options}
          value={measure}
          allowDeselect={false}
          onChange={(value) => setChosen(value ?? "index")}
          data-testid="trend-measure"
        />
      </Group>
      {view === "combined" && (
        <Text size="xs" c="dimmed">
          Отдельные показатели — в разрезе соискателей или работодателей.
        </Text>
      )}
      {!trend || !option || !axis ? (
        <LoadState loading={state.loading} error={state.error} onRetry={state.reload} what="динамику" />
      ) : trend.points.length === 0 ? (
        <EmptyState>Нет данных за предыдущие периоды.</EmptyState>
      ) : (
        <>
          <div
            data-testid="trend"
            data-measure={trend.measure.code}
            data-axis-min={axis.min}
            data-axis-max={axis.max}
            data-gaps={gaps.map((i) => trend.points[i]?.period).join(" ")}
          >
            <LazyChart
              option={option}
              label={`Динамика: ${trend.measure.name} — «${trend.unit.name}» по периодам, ${scale}${gaps.length > 0 ? `; нет данных: ${gaps.map((i) => periodLabel(trend.points[i]?.period ?? "")).join(", ")}` : ""}`}
              testId="trend-chart"
            />
          </div>
          <details>
            <summary>Таблица данных</summary>
            <ScrollTable label="Таблица динамики" minWidth={280}>
              <Table fz="sm" striped>
                <caption className="visually-hidden">
                  {trend.measure.name} по периодам, {scale}
                </caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Период</Table.Th>
                    <Table.Th scope="col" className="num">
                      {trend.measure.kind === "index" ? "Индекс" : "%"}
                    </Table.Th>
                    <Table.Th scope="col" className="num">
                      n
                    </Table.Th>
                    <Table.Th scope="col">Статус</Table.Th>
                    {showCountry && (
                      <Table.Th scope="col" className="num">
                        Россия
                      </Table.Th>
                    )}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {trend.points.map((p) => (
                    <Table.Tr key={p.period} data-period={p.period}>
                      <Table.Th scope="row" fw={400}>
                        {periodLabel(p.period)}
                      </Table.Th>
                      <Table.Td className="num" data-col="value">
                        {p.value === undefined ? "нет данных" : valueOf(trend, p.value)}
                      </Table.Td>
                      <Table.Td className="num">{formatCount(p.n)}</Table.Td>
                      <Table.Td>{statusLabels[p.status]}</Table.Td>
                      {showCountry && <Table.Td className="num">{valueOf(trend, p.countryValue)}</Table.Td>}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          </details>
        </>
      )}
    </Paper>
  );
}
