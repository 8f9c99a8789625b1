// The ranked rows of a rating: place, unit, index, 0–100, stars, n, interval, change; a row opens the unit.
import { Anchor, Table } from "@mantine/core";
import { Link, useNavigate } from "react-router-dom";
import type { CounterBasis, RatingRow, ViewName } from "../../server/dashboard/dashboard-types";
import { unitPath } from "../app/view-params";
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
}

export function RatingTable({ rows, caption, unitHeading, period, view, basis }: RatingTableProps) {
  const navigate = useNavigate();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table highlightOnHover striped fz="sm" data-testid="rating-table">
        <caption className="visually-hidden">{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" className="num">Место</Table.Th>
            <Table.Th scope="col">{unitHeading}</Table.Th>
            <Table.Th scope="col" className="num">Индекс (из 50)</Table.Th>
            <Table.Th scope="col" className="num">0–100</Table.Th>
            <Table.Th scope="col">Звёзды</Table.Th>
            <Table.Th scope="col" className="num">n</Table.Th>
            <Table.Th scope="col" className="num">95 % интервал</Table.Th>
            <Table.Th scope="col" className="num">Изменение</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const href = unitPath(row.id, { period, view, basis });
            return (
              <Table.Tr key={row.id} className="clickable-row" data-unit={row.id} onClick={() => navigate(href)}>
                <Table.Td className="num" data-col="rank">{row.rankInList ?? row.figures.rank ?? "—"}</Table.Td>
                <Table.Td data-col="name">
                  <Anchor component={Link} to={href} onClick={(event) => event.stopPropagation()}>
                    {row.name}
                  </Anchor>
                </Table.Td>
                <Table.Td className="num" data-col="index">{formatNumber(row.figures.index)}</Table.Td>
                <Table.Td className="num" data-col="percent">{formatNumber(row.figures.percent)}</Table.Td>
                <Table.Td data-col="stars"><Stars count={row.figures.stars} /></Table.Td>
                <Table.Td className="num" data-col="n">{formatCount(row.figures.n)}</Table.Td>
                <Table.Td className="num" data-col="ci">{formatInterval(row.figures.ci)}</Table.Td>
                <Table.Td className="num" data-col="change"><ChangeText change={row.change} significant={row.changeSignificant} /></Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
