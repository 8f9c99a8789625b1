// A region's (or managing centre's) centres × indicators, coloured by significant gaps; a cell opens that centre's page.
import { Anchor, Paper, Table, Text, Title } from "@mantine/core";
import { Link } from "react-router-dom";
import type { ViewName } from "../../../contract/dashboard";
import { fetchPainHeatmap } from "../../api/pain-points-api";
import { useAsync } from "../../app/use-async";
import { unitPath } from "../../app/view-params";
import { EmptyState, LoadState } from "../../components/LoadState";
import { periodLabel } from "../../format/periods";
import { gapLabel, painColour } from "./pain-heat";
import { ScrollTable } from "../../components/ScrollTable";

export function PainHeatmapSection({ unit, period, view }: { unit: string; period: string; view: ViewName }) {
  const state = useAsync(() => fetchPainHeatmap(unit, { period, view }), [unit, period, view]);
  const heat = state.data?.unit.id === unit && state.data.period === period && state.data.view === view ? state.data : undefined;
  const names = new Map(heat?.indicators.map((i) => [i.code, i.name]));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="pain-heatmap-title" data-testid="pain-heatmap" data-unit={unit} aria-busy={state.loading}>
      <Title order={2} size="h4" id="pain-heatmap-title">
        Проблемные точки центров
      </Title>
      {!heat ? (
        <LoadState loading={state.loading} error={state.error} onRetry={state.reload} what="тепловую карту проблемных точек" />
      ) : heat.rows.length === 0 ? (
        <EmptyState>За этот период нет центров с результатами.</EmptyState>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            В ячейке — отставание в процентных пунктах там, где оно статистически значимо; чем темнее, тем больше. Пустая ячейка — значимого отставания нет.
            Нажмите на ячейку или название, чтобы открыть центр.
          </Text>
          <ScrollTable label="Карта проблемных точек" minWidth={1100} mt="sm">
            <Table fz="xs" withTableBorder withColumnBorders data-testid="pain-heatmap-table">
              <caption className="visually-hidden">Значимые отставания центров по показателям, {periodLabel(heat.period)}, в процентных пунктах</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Центр</Table.Th>
                  <Table.Th scope="col" className="num">
                    Точек
                  </Table.Th>
                  {heat.indicators.map((i) => (
                    <Table.Th key={i.code} scope="col" className="num">
                      <abbr title={i.name}>{i.code}</abbr>
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {heat.rows.map((row) => {
                  const to = unitPath(row.unit.id, { period, view });
                  return (
                    <Table.Tr key={row.unit.id} data-unit={row.unit.id}>
                      <Table.Th scope="row" fw={400}>
                        <Anchor component={Link} to={to} size="xs">
                          {row.unit.name}
                        </Anchor>
                      </Table.Th>
                      <Table.Td className="num">{row.count}</Table.Td>
                      {row.cells.map((c) => (
                        <Table.Td
                          key={c.indicator}
                          className="num"
                          style={{ background: painColour(c.gapPoints) }}
                          data-indicator={c.indicator}
                          data-gap={c.gapPoints}
                        >
                          {c.gapPoints !== undefined && (
                            <Link
                              to={to}
                              className="heat-link"
                              title={c.sentence}
                              aria-label={`${row.unit.name}, ${c.indicator} ${names.get(c.indicator) ?? ""}: ${gapLabel(c.gapPoints)} п. п.`}
                            >
                              {gapLabel(c.gapPoints)}
                            </Link>
                          )}
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        </>
      )}
    </Paper>
  );
}
