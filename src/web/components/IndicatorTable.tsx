// The 20 indicators of a unit: value, points, the survey share with n and interval, the objective part, the country.
import { Paper, Table, Text, Title } from "@mantine/core";
import { ScrollTable } from "./ScrollTable";
import type { IndicatorRow, ViewName } from "../../contract/dashboard";
import { formatCount, formatInterval, formatNumber, formatShare } from "../format/numbers";
import { EmptyState } from "./LoadState";

export interface IndicatorTableProps {
  rows: readonly IndicatorRow[];
  view: ViewName;
  /** For the combined view: the indicators of each view. */
  byView?: { seeker: IndicatorRow[]; employer: IndicatorRow[] };
}

export function IndicatorTable({ rows, view, byView }: IndicatorTableProps) {
  const tables =
    view === "combined" && byView
      ? [
          { key: "seeker", caption: "Показатели: соискатели (С)", rows: byView.seeker },
          { key: "employer", caption: "Показатели: работодатели (Р)", rows: byView.employer },
        ]
      : [{ key: view, caption: "Показатели индекса", rows }];
  const withData = tables.filter((t) => t.rows.length > 0);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="indicators-title">
      <Title order={2} size="h4" id="indicators-title">
        Показатели
      </Title>
      {withData.length === 0 ? (
        <EmptyState>
          {view === "combined"
            ? "В сводном виде показатели не рассчитываются: выберите вид «С» (соискатели) или «Р» (работодатели)."
            : "Нет данных по показателям за этот период."}
        </EmptyState>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            Значение — доля от 0 до 100 %; доля опроса — положительные ответы (8–10) среди ответивших.
          </Text>
          {withData.map((table) => (
            <IndicatorRows key={table.key} rows={table.rows} caption={table.caption} showCaption={withData.length > 1} />
          ))}
        </>
      )}
    </Paper>
  );
}

function IndicatorRows({ rows, caption, showCaption }: { rows: readonly IndicatorRow[]; caption: string; showCaption: boolean }) {
  return (
    <ScrollTable minWidth={820} mt="sm" label="Таблица показателей">
      <Table fz="sm" striped data-testid="indicator-table" captionSide="top">
        <caption className={showCaption ? "indicator-caption" : "visually-hidden"}>{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Показатель</Table.Th>
            <Table.Th scope="col" className="num">
              Значение
            </Table.Th>
            <Table.Th scope="col" className="num">
              Баллы
            </Table.Th>
            <Table.Th scope="col" className="num">
              Доля опроса
            </Table.Th>
            <Table.Th scope="col" className="num">
              n
            </Table.Th>
            <Table.Th scope="col" className="num">
              95 % интервал
            </Table.Th>
            <Table.Th scope="col" className="num">
              Объективная часть
            </Table.Th>
            <Table.Th scope="col" className="num">
              Россия
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.code} data-indicator={row.code}>
              <Table.Th scope="row" fw={400}>
                <strong>{row.code}</strong> {row.name}
              </Table.Th>
              <Table.Td className="num">{formatShare(row.value)}</Table.Td>
              <Table.Td className="num">
                {formatNumber(row.points)} / {formatNumber(row.max)}
              </Table.Td>
              <Table.Td className="num">{formatShare(row.survey?.share)}</Table.Td>
              <Table.Td className="num">{formatCount(row.survey?.valid)}</Table.Td>
              <Table.Td className="num">{row.survey ? `${formatInterval(row.survey.ci, 100)} %` : "—"}</Table.Td>
              <Table.Td className="num">{formatShare(row.objective)}</Table.Td>
              <Table.Td className="num">{formatShare(row.country)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
