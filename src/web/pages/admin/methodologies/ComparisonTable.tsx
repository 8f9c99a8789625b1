// A period rated under two methodology versions side by side, with each unit's rank change; sortable by the change.
import { Table, Text, UnstyledButton } from "@mantine/core";
import { useState } from "react";
import type { Comparison, ComparisonRow, VersionFigures } from "../../../api/admin-api";
import { Stars } from "../../../components/Stars";
import { statusLabels } from "../../../format/labels";
import { formatNumber } from "../../../format/numbers";
import { nextOrder, orderRows, type ComparisonOrder } from "./comparison-order";
import { ScrollTable } from "../../../components/ScrollTable";

const ariaSort: Record<ComparisonOrder, "none" | "descending" | "ascending"> = { rank: "none", climb: "descending", fall: "ascending" };
const orderHint: Record<ComparisonOrder, string> = {
  rank: "нажмите, чтобы упорядочить по росту места",
  climb: "упорядочено по росту места; нажмите — по снижению",
  fall: "упорядочено по снижению места; нажмите — по месту в версии B",
};

/** No responses in the period: nothing to compare, listed apart. */
const noData = (row: ComparisonRow) => row.a.status === "empty" && row.b.status === "empty";

function RankChange({ change }: { change: number | null }) {
  if (change === null) return <span title="место есть не в обеих версиях">—</span>;
  if (change === 0) return <span>= 0</span>;
  const up = change > 0;
  return (
    <span className={up ? "change-up" : "change-down"}>
      <span aria-hidden="true">
        {up ? "▲" : "▼"} {Math.abs(change)}
      </span>
      <span className="visually-hidden">{up ? `выше на ${change}` : `ниже на ${-change}`}</span>
    </span>
  );
}

function VersionCells({ figures, side }: { figures: VersionFigures; side: "a" | "b" }) {
  return (
    <>
      <Table.Td data-col={`rank-${side}`}>{figures.rank ?? "—"}</Table.Td>
      <Table.Td data-col={`index-${side}`}>{figures.index !== null ? formatNumber(figures.index) : statusLabels[figures.status]}</Table.Td>
      <Table.Td>
        <Stars count={figures.stars ?? undefined} />
      </Table.Td>
    </>
  );
}

export function ComparisonTable({ comparison }: { comparison: Comparison }) {
  const [order, setOrder] = useState<ComparisonOrder>("rank");
  const withoutData = comparison.units.filter(noData);
  const rows = orderRows(
    comparison.units.filter((row) => !noData(row)),
    order,
  );
  return (
    <>
      <ScrollTable label="Сравнение версий методики" minWidth={900}>
        <Table striped fz="sm" data-testid="comparison-table" data-order={order}>
          <caption>
            Версия A — {comparison.a.id}, версия B — {comparison.b.id}: место, индекс и звёзды по каждой; изменение места — насколько подразделение поднялось в
            версии B
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" rowSpan={2}>
                Подразделение
              </Table.Th>
              <Table.Th scope="colgroup" colSpan={3}>
                A: {comparison.a.id}
              </Table.Th>
              <Table.Th scope="colgroup" colSpan={3}>
                B: {comparison.b.id}
              </Table.Th>
              <Table.Th scope="col" rowSpan={2} aria-sort={ariaSort[order]}>
                <UnstyledButton onClick={() => setOrder(nextOrder[order])} title={orderHint[order]} data-testid="sort-by-change" fz="sm" fw={700}>
                  Изменение места {order === "climb" ? "↓" : order === "fall" ? "↑" : "↕"}
                  <span className="visually-hidden">: {orderHint[order]}</span>
                </UnstyledButton>
              </Table.Th>
            </Table.Tr>
            <Table.Tr>
              {(["A", "B"] as const).flatMap((side) => [
                <Table.Th key={`${side}-rank`} scope="col">
                  Место
                </Table.Th>,
                <Table.Th key={`${side}-index`} scope="col">
                  Индекс
                </Table.Th>,
                <Table.Th key={`${side}-stars`} scope="col">
                  Звёзды
                </Table.Th>,
              ])}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.id} data-unit={row.id} data-change={row.rankChange ?? ""}>
                <Table.Th scope="row" fw={400}>
                  {row.name}
                </Table.Th>
                <VersionCells figures={row.a} side="a" />
                <VersionCells figures={row.b} side="b" />
                <Table.Td data-col="change">
                  <RankChange change={row.rankChange} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      {withoutData.length > 0 && (
        <details data-testid="comparison-without-data">
          <summary>Без ответов за период: {withoutData.length}</summary>
          <Text size="sm">{withoutData.map((row) => row.name).join(", ")}</Text>
        </details>
      )}
    </>
  );
}
