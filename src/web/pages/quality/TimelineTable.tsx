// Responses on a timeline: when each was sent, how long it took, from which device, and its review state.
import { Table } from "@mantine/core";
import type { TimelinePoint } from "../../api/quality-api";
import { statusLabels, time } from "./review-format";

export function TimelineTable({ points, zones, label }: { points: readonly TimelinePoint[]; zones: Record<string, string>; label: string }) {
  return (
    <Table striped withTableBorder data-testid="group-timeline" aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Отправлена</Table.Th>
          <Table.Th>Заполнялась, с</Table.Th>
          <Table.Th>Устройство</Table.Th>
          <Table.Th>Канал</Table.Th>
          <Table.Th>Состояние</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {points.map((p) => (
          <Table.Tr key={p.id}>
            <Table.Td>{time(p.submittedAt, zones[p.unitId])}</Table.Td>
            <Table.Td>{p.durationSec ?? "—"}</Table.Td>
            <Table.Td>{p.device ?? "—"}</Table.Td>
            <Table.Td>{p.channel}</Table.Td>
            <Table.Td>{p.status ? statusLabels[p.status] : "—"}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
