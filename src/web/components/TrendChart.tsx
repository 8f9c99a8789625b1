// The index over recent periods of the selected length, with the country's line, and the same data as a table.
import { Paper, Table, Title } from "@mantine/core";
import { useMemo } from "react";
import type { TrendResponse, ViewName } from "../../server/dashboard/dashboard-types";
import { fetchTrend } from "../api/dashboard-api";
import { useAsync } from "../app/use-async";
import { useViewParams } from "../app/view-params";
import { statusLabels } from "../format/labels";
import { formatCount, formatNumber } from "../format/numbers";
import { periodKind, periodLabel } from "../format/periods";
import { LazyChart } from "./charts/LazyChart";
import type { ChartOption } from "./charts/echarts-setup";
import { EmptyState, LoadState } from "./LoadState";

const granularities = { quarter: "quarter", half: "half", year: "year", month: "month" } as const;

function trendOption(trend: TrendResponse, showCountry: boolean): ChartOption {
  const labels = trend.points.map((p) => periodLabel(p.period));
  const line = (values: (number | undefined)[]) => values.map((v) => (v === undefined ? null : Math.floor(v * 100 + 0.5) / 100));
  return {
    animation: false,
    grid: { left: 40, right: 16, top: 16, bottom: 56 },
    legend: { bottom: 0 },
    tooltip: { trigger: "axis" },
    xAxis: { type: "category", data: labels, axisLabel: { color: "#212529" } },
    yAxis: { type: "value", min: 0, max: 50, axisLabel: { color: "#212529" } },
    series: [
      { type: "line", name: trend.unit.name, data: line(trend.points.map((p) => p.index)), connectNulls: false, color: "#1864ab", lineStyle: { width: 2 } },
      ...(showCountry ? [{ type: "line" as const, name: "Россия", data: line(trend.points.map((p) => p.country)), color: "#868e96", lineStyle: { type: "dashed" as const } }] : []),
    ],
  };
}

export function TrendChart({ unit, view, period }: { unit: string; view: ViewName; period: string }) {
  const granularity = granularities[periodKind(period) ?? "quarter"];
  const { basis } = useViewParams();
  const state = useAsync(() => fetchTrend(unit, view, granularity, 8, basis), [unit, view, granularity, basis]);
  const trend = state.data;
  const showCountry = unit !== "country";
  const option = useMemo(() => (trend ? trendOption(trend, showCountry) : undefined), [trend, showCountry]);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="trend-title">
      <Title order={2} size="h4" id="trend-title">
        Динамика индекса
      </Title>
      {!trend || !option ? (
        <LoadState loading={state.loading} error={state.error} onRetry={state.reload} what="динамику" />
      ) : trend.points.length === 0 ? (
        <EmptyState>Нет данных за предыдущие периоды.</EmptyState>
      ) : (
        <>
          <LazyChart option={option} label={`Динамика индекса «${trend.unit.name}» по периодам, из 50 баллов`} testId="trend-chart" />
          <details>
            <summary>Таблица данных</summary>
            <Table fz="sm" striped>
              <caption className="visually-hidden">Индекс по периодам</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Период</Table.Th>
                  <Table.Th scope="col" className="num">Индекс</Table.Th>
                  <Table.Th scope="col" className="num">n</Table.Th>
                  <Table.Th scope="col">Статус</Table.Th>
                  {showCountry && <Table.Th scope="col" className="num">Россия</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {trend.points.map((p) => (
                  <Table.Tr key={p.period}>
                    <Table.Th scope="row" fw={400}>{periodLabel(p.period)}</Table.Th>
                    <Table.Td className="num">{formatNumber(p.index)}</Table.Td>
                    <Table.Td className="num">{formatCount(p.n)}</Table.Td>
                    <Table.Td>{statusLabels[p.status]}</Table.Td>
                    {showCountry && <Table.Td className="num">{formatNumber(p.country)}</Table.Td>}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </details>
        </>
      )}
    </Paper>
  );
}
