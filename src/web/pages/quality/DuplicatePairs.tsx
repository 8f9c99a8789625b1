// Near-duplicate pairs: how many answers two responses share and the ones on which they differ.
import { Table, Text } from "@mantine/core";
import type { DuplicatePair } from "../../api/quality-api";

export function DuplicatePairs({ pairs }: { pairs: readonly DuplicatePair[] }) {
  if (pairs.length === 0) return null;
  return (
    <>
      <Text fw={600} size="sm" mt="md">
        Почти одинаковые ответы
      </Text>
      <Table striped withTableBorder data-testid="duplicate-pairs" aria-label="Пары почти одинаковых анкет">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Анкета</Table.Th>
            <Table.Th>Похожая анкета</Table.Th>
            <Table.Th>Совпадает ответов</Table.Th>
            <Table.Th>Различия (вопрос: эта / похожая)</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {pairs.map((p) => (
            <Table.Tr key={`${p.id}/${p.otherId}`}>
              <Table.Td>{p.id}</Table.Td>
              <Table.Td>{p.otherId}</Table.Td>
              <Table.Td>{p.same}</Table.Td>
              <Table.Td>{p.differences.length === 0 ? "нет" : p.differences.map((d) => `${d.question}: ${d.answer} / ${d.otherAnswer}`).join("; ")}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
