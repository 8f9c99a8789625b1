// The ranked rows of a rating: place, unit, index, 0–100, the five groups (heatmap), stars, n, interval, change;
// every column sorts by a click on its heading (aria-sort says how); a row opens the unit.
import { Anchor, Table, UnstyledButton } from "@mantine/core";
import { ScrollTable } from "./ScrollTable";
import { useMemo, useState } from "react";
import { Link, useNavigate } from "react-router-dom";
import type { CounterBasis, RatingRow, ViewName } from "../../contract/dashboard";
import { useDashboard, useIndexScale } from "../app/dashboard-context";
import { unitPath } from "../app/view-params";
import { heatColour } from "../format/heatmap";
import { formatCount, formatInterval, formatNumber } from "../format/numbers";
import { ChangeText } from "./ChangeText";
import { Stars } from "./Stars";

export interface RatingTableProps {
  rows: readonly RatingRow[];
  caption: string;
  /** The column heading of the unit: «Регион», «Центр занятости». */
  unitHeading: string;
  period: string;
  view: ViewName;
  basis?: CounterBasis;
  /** Rows that do not open (a centre's manager looking at its region's rating). */
  readOnly?: boolean | undefined;
  /** Which heatmap columns (default: groups). */
  columns?: HeatColumns;
}

type SortKey = "rank" | "name" | "index" | "n" | "change" | `group:${string}` | `indicator:${string}`;

/** The heatmap columns: the five groups (% of their maximum) or the 20 indicators (% positive). */
export type HeatColumns = "groups" | "indicators";
interface Sort {
  key: SortKey;
  descending: boolean;
}

const collator = new Intl.Collator("ru");
/** Rows shown before «Показать все» (a national rating of centres has thousands). */
const pageSize = 200;

function sortValue(row: RatingRow, key: SortKey): number | string | undefined {
  if (key === "rank") return row.rankInList ?? row.figures.rank;
  if (key === "name") return row.name;
  if (key === "index") return row.figures.index;
  if (key === "n") return row.figures.n;
  if (key === "change") return row.change;
  if (key.startsWith("indicator:")) return row.indicators?.[key.slice(10)];
  return row.figures.star[key.slice(6)];
}

function sorted(rows: readonly RatingRow[], sort: Sort): RatingRow[] {
  const sign = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, sort.key);
    const y = sortValue(b, sort.key);
    if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
    const order = typeof x === "string" || typeof y === "string" ? collator.compare(String(x), String(y)) : x - y;
    return sign * order || (a.rankInList ?? 0) - (b.rankInList ?? 0);
  });
}

function SortableHeading({
  label,
  sortKey,
  sort,
  onSort,
  numeric,
  title,
}: {
  label: string;
  sortKey: SortKey;
  sort: Sort;
  onSort: (key: SortKey) => void;
  numeric?: boolean;
  title?: string;
}) {
  const active = sort.key === sortKey;
  return (
    <Table.Th scope="col" className={numeric ? "num" : undefined} aria-sort={active ? (sort.descending ? "descending" : "ascending") : "none"} title={title}>
      <UnstyledButton onClick={() => onSort(sortKey)} fz="sm" fw={700} data-sort={sortKey}>
        {label}
        <span aria-hidden="true">{active ? (sort.descending ? " ▼" : " ▲") : " ↕"}</span>
      </UnstyledButton>
    </Table.Th>
  );
}

/** The heatmap columns of the table: code, heading title, sort key and a row's value (percent). */
function useHeatColumns(columns: HeatColumns) {
  const { groups, indicators } = useDashboard();
  return useMemo(
    () =>
      columns === "indicators"
        ? indicators.map((i) => ({
            code: i.code,
            title: `${i.name}: % положительных`,
            sortKey: `indicator:${i.code}` as SortKey,
            value: (row: RatingRow) => row.indicators?.[i.code],
            testCol: `indicator-${i.code}`,
          }))
        : groups.map((g) => ({
            code: g.code,
            title: `${g.name}: % от максимума ${g.max}`,
            sortKey: `group:${g.code}` as SortKey,
            value: (row: RatingRow) => row.figures.star[g.code],
            testCol: `group-${g.code}`,
          })),
    [columns, groups, indicators],
  );
}

export function RatingTable({ rows, caption, unitHeading, period, view, basis, readOnly, columns = "groups" }: RatingTableProps) {
  const navigate = useNavigate();
  const heat = useHeatColumns(columns);
  const [sort, setSort] = useState<Sort>({ key: "rank", descending: false });
  const [showAll, setShowAll] = useState(false);
  const ordered = useMemo(() => sorted(rows, sort), [rows, sort]);
  const shown = showAll ? ordered : ordered.slice(0, pageSize);
  // Names and ranks read best ascending; figures best descending.
  const onSort = (key: SortKey) => setSort((s) => (s.key === key ? { key, descending: !s.descending } : { key, descending: key !== "rank" && key !== "name" }));
  const heading = { sort, onSort };
  const scale = useIndexScale();
  return (
    <>
      <ScrollTable minWidth={columns === "indicators" ? 1800 : 1000} label={caption}>
        <Table highlightOnHover striped fz="sm" data-testid="rating-table">
          <caption className="visually-hidden">
            {caption}. Заголовки столбцов сортируют таблицу;{" "}
            {columns === "indicators" ? "цвет ячеек показателей — доля положительных ответов." : "цвет ячеек групп — доля от максимума группы."}
          </caption>
          <Table.Thead>
            <Table.Tr>
              <SortableHeading label="Место" sortKey="rank" numeric {...heading} />
              <SortableHeading label={unitHeading} sortKey="name" {...heading} />
              <SortableHeading label={`Индекс (из ${scale.total})`} sortKey="index" numeric {...heading} />
              <Table.Th scope="col" className="num">
                0–100
              </Table.Th>
              {heat.map((c) => (
                <SortableHeading key={c.code} label={c.code} sortKey={c.sortKey} numeric title={c.title} {...heading} />
              ))}
              <Table.Th scope="col">Звёзды</Table.Th>
              <SortableHeading label="n" sortKey="n" numeric {...heading} />
              <Table.Th scope="col" className="num">
                95 % интервал
              </Table.Th>
              <SortableHeading label="Изменение" sortKey="change" numeric {...heading} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((row) => {
              const href = unitPath(row.id, { period, view, basis });
              return (
                <Table.Tr
                  key={row.id}
                  className={readOnly ? undefined : "clickable-row"}
                  data-unit={row.id}
                  onClick={readOnly ? undefined : () => navigate(href)}
                >
                  <Table.Td className="num" data-col="rank">
                    {row.rankInList ?? row.figures.rank ?? "—"}
                  </Table.Td>
                  <Table.Td data-col="name">
                    {readOnly ? (
                      row.name
                    ) : (
                      <Anchor component={Link} to={href} onClick={(event) => event.stopPropagation()}>
                        {row.name}
                      </Anchor>
                    )}
                  </Table.Td>
                  <Table.Td className="num" data-col="index">
                    {formatNumber(row.figures.index)}
                  </Table.Td>
                  <Table.Td className="num" data-col="percent">
                    {formatNumber(row.figures.percent)}
                  </Table.Td>
                  {heat.map((c) => (
                    <Table.Td key={c.code} className="num" data-col={c.testCol} style={{ background: heatColour(c.value(row)) }}>
                      {formatNumber(c.value(row))}
                    </Table.Td>
                  ))}
                  <Table.Td data-col="stars">
                    <Stars count={row.figures.stars} />
                  </Table.Td>
                  <Table.Td className="num" data-col="n">
                    {formatCount(row.figures.n)}
                  </Table.Td>
                  <Table.Td className="num" data-col="ci">
                    {formatInterval(row.figures.ci)}
                  </Table.Td>
                  <Table.Td className="num" data-col="change">
                    <ChangeText change={row.change} significant={row.changeSignificant} />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      {ordered.length > shown.length && (
        <UnstyledButton onClick={() => setShowAll(true)} c="blue.9" fz="sm" td="underline">
          Показать все {formatCount(ordered.length)} (показаны первые {pageSize})
        </UnstyledButton>
      )}
    </>
  );
}
