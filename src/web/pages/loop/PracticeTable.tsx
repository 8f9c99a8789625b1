// Finished measures ranked by their measured effect: what was done, where, the effect with its interval and the verdict.
import { Table, Text } from "@mantine/core";
import type { PracticeView } from "../../../contract/measures";
import { formatPoints, formatPointsInterval } from "../../format/points";

export function PracticeTable({ practices, caption }: { practices: PracticeView[]; caption: string }) {
  return (
    <Table fz="sm" striped data-testid="practice-table">
      <caption className="visually-hidden">{caption}</caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Мера</Table.Th>
          <Table.Th scope="col">Где</Table.Th>
          <Table.Th scope="col">Показатель</Table.Th>
          <Table.Th scope="col">Эффект, п. п. (95 % ДИ)</Table.Th>
          <Table.Th scope="col">Вывод</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {practices.map((p) => (
          <Table.Tr key={`${p.measure.id}-${p.indicator}`} data-testid="practice-row">
            <Table.Td>
              <Text size="sm" fw={600}>
                {p.measure.title}
              </Text>
              <Text size="xs" c="dimmed">
                {p.measure.kindName}
                {p.measure.clientParticipation ? ` · клиенты: ${p.measure.clientParticipation}` : ""}
              </Text>
            </Table.Td>
            <Table.Td>
              {p.unit.name}
              <Text size="xs" c="dimmed">
                {p.region.name}
              </Text>
            </Table.Td>
            <Table.Td>
              {p.indicator} {p.indicatorName}
            </Table.Td>
            <Table.Td>
              {p.effect ? `${formatPoints(p.effect.estimate)} (${formatPointsInterval(p.effect.ci)})` : "—"}
              <Text size="xs" c="dimmed">
                n = {p.n}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm" fw={600} c={p.verdict === "confirmed" ? "#1a7037" : p.verdict === "insufficient" ? "#8a4b00" : "gray.8"}>
                {p.verdictText}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
