// Units listed apart from a rating (too few answers, a group without data, no answers), with the reason.
import { Anchor, Table } from "@mantine/core";
import { Link, useNavigate } from "react-router-dom";
import type { CounterBasis, RatingRow, ViewName } from "../../contract/dashboard";
import { unitPath } from "../app/view-params";
import { statusLabels } from "../format/labels";
import { formatCount } from "../format/numbers";
import { ScrollTable } from "./ScrollTable";

interface ApartProps {
  rows: readonly RatingRow[];
  unitHeading: string;
  period: string;
  view: ViewName;
  basis?: CounterBasis;
  readOnly?: boolean | undefined;
}

function ApartRows({ rows, unitHeading, period, view, basis, readOnly }: ApartProps) {
  const navigate = useNavigate();
  return (
    <ScrollTable label="Вне рейтинга" minWidth={420} mt="xs">
      <Table fz="sm" striped highlightOnHover data-testid="apart-table">
        <caption className="visually-hidden">Вне рейтинга</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{unitHeading}</Table.Th>
            <Table.Th scope="col">Статус</Table.Th>
            <Table.Th scope="col">Причина</Table.Th>
            <Table.Th scope="col" className="num">
              n
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr
              key={row.id}
              data-unit={row.id}
              className={readOnly ? undefined : "clickable-row"}
              onClick={readOnly ? undefined : () => navigate(unitPath(row.id, { period, view, basis }))}
            >
              <Table.Td data-col="name">
                {readOnly ? (
                  row.name
                ) : (
                  <Anchor component={Link} to={unitPath(row.id, { period, view, basis })} onClick={(event) => event.stopPropagation()}>
                    {row.name}
                  </Anchor>
                )}
              </Table.Td>
              <Table.Td>{statusLabels[row.figures.status]}</Table.Td>
              <Table.Td data-col="reason">{row.reason ?? "—"}</Table.Td>
              <Table.Td className="num" data-col="n">
                {formatCount(row.figures.n)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

/** Units short of data first; units without a single answer folded away (at country level they are most regions). */
export function ApartTable({ rows, unitHeading, period, view, basis, readOnly }: ApartProps) {
  const silent = rows.filter((row) => row.figures.status === "empty");
  const short = rows.filter((row) => row.figures.status !== "empty");
  const props = { unitHeading, period, view, basis, readOnly };
  return (
    <>
      {short.length > 0 && <ApartRows rows={short} {...props} />}
      {silent.length > 0 && (
        <details>
          <summary>Нет ответов за период: {silent.length}</summary>
          <ApartRows rows={silent} {...props} />
        </details>
      )}
    </>
  );
}
