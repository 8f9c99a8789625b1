// An indicator's share over the last periods, the region's beside it, and the unit's corrective measures as markers
// (a tooltip names each); the same data, measures included, as a table.
import { List, Table, Text, Title } from "@mantine/core";
import { useMemo } from "react";
import type { PainEvidenceResponse } from "../../../contract/pain-points";
import type { MeasureView } from "../../../contract/measures";
import { LazyChart } from "../../components/charts/LazyChart";
import { EmptyState } from "../../components/LoadState";
import { formatCount, formatInterval, formatShare } from "../../format/numbers";
import { periodLabel } from "../../format/periods";
import { viewLabels } from "../../format/labels";
import { indicatorTrendOption, trendPeriods } from "./indicator-trend-option";
import { markerText, measureMarkers } from "./measure-markers";

interface Props {
  unit: PainEvidenceResponse["unit"];
  indicator: PainEvidenceResponse["indicator"];
  trend: PainEvidenceResponse["trend"];
  measures: readonly MeasureView[];
}

export function IndicatorTrend({ unit, indicator, trend, measures }: Props) {
  const periods = useMemo(() => trendPeriods(trend), [trend]);
  const markers = useMemo(() => measureMarkers(measures, unit.id, indicator.code, periods), [measures, unit.id, indicator.code, periods]);
  const withRegion = trend.some((t) => t.region !== undefined);
  const option = useMemo(() => indicatorTrendOption(trend, markers, withRegion ? "Регион" : undefined), [trend, markers, withRegion]);
  const hasData = trend.some((t) => t.share !== undefined);
  return (
    <div data-testid="indicator-trend" data-markers={markers.length}>
      <Title order={4} size="h6">
        Динамика доли довольных
      </Title>
      {!hasData ? (
        <EmptyState>Нет ответов на вопросы показателя за последние периоды.</EmptyState>
      ) : (
        <LazyChart
          option={option}
          label={`Доля довольных по показателю ${indicator.code} «${indicator.name}» по периодам, в процентах${markers.length > 0 ? ", с отметками корректирующих мер" : ""}`}
          testId="indicator-trend-chart"
        />
      )}
      {markers.length > 0 ? (
        <List size="sm" data-testid="measure-markers" aria-label="Корректирующие меры на графике">
          {markers.map((m) => (
            <List.Item key={`${m.measure}-${m.edge}`} data-edge={m.edge} data-period={m.period}>
              {markerText(m)} — {periodLabel(m.period)}
            </List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm" c="dimmed">
          Корректирующих мер по этому показателю у подразделения в эти периоды нет.
        </Text>
      )}
      {hasData && (
        <details>
          <summary>Таблица данных</summary>
          <Table fz="sm" striped>
            <caption className="visually-hidden">Доля довольных по периодам</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Период</Table.Th>
                <Table.Th scope="col">Анкета</Table.Th>
                <Table.Th scope="col" className="num">
                  Доля довольных
                </Table.Th>
                <Table.Th scope="col" className="num">
                  95 % интервал
                </Table.Th>
                <Table.Th scope="col" className="num">
                  n
                </Table.Th>
                {withRegion && (
                  <Table.Th scope="col" className="num">
                    Регион
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {trend.map((t) => (
                <Table.Tr key={`${t.period}-${t.view}`}>
                  <Table.Th scope="row" fw={400}>
                    {periodLabel(t.period)}
                  </Table.Th>
                  <Table.Td>{viewLabels[t.view]}</Table.Td>
                  <Table.Td className="num">{formatShare(t.share)}</Table.Td>
                  <Table.Td className="num">{t.ci ? `${formatInterval(t.ci, 100)} %` : "—"}</Table.Td>
                  <Table.Td className="num">{formatCount(t.valid)}</Table.Td>
                  {withRegion && <Table.Td className="num">{formatShare(t.region)}</Table.Td>}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </details>
      )}
    </div>
  );
}
