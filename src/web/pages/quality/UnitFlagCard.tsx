// A centre whose figures diverge from its peers': its reasons and, on demand, its statistics beside its
// region's and the country's. Deciding it records the verdict; its responses are decided one by one.
import { Badge, Card, Group, Table, Text } from "@mantine/core";
import { useState } from "react";
import { EvidenceLinks } from "./EvidenceLinks";
import { decide, fetchUnitEvidence, type QueueUnitFlag, type UnitStatistics } from "../../api/quality-api";
import { useAsync } from "../../app/use-async";
import { LoadState } from "../../components/LoadState";
import { DecisionButtons } from "./DecisionButtons";
import { ReasonList } from "./ReasonList";
import { share, statusColors, statusLabels } from "./review-format";

const statRows: readonly { label: string; show: (s: UnitStatistics) => string }[] = [
  { label: "Анкет", show: (s) => s.responses.toLocaleString("ru-RU") },
  { label: "Медиана заполнения, с", show: (s) => (s.medianDurationSec === null ? "—" : Math.round(s.medianDurationSec).toLocaleString("ru-RU")) },
  { label: "Доля высших баллов", show: (s) => share(s.topAnswerShare) },
  { label: "Доля анкет без комментария", show: (s) => share(s.noCommentShare) },
  { label: "Доля анкет с киоска", show: (s) => share(s.kioskShare) },
];

function PeerComparison({ unit, period }: { unit: string; period: string }) {
  const state = useAsync(() => fetchUnitEvidence(unit, period), [unit, period]);
  if (!state.data) return <LoadState loading={state.loading} error={state.error} onRetry={state.reload} what="сравнение с соседями" />;
  const { stats } = state.data;
  const columns = [stats.unit, ...(stats.region ? [stats.region] : []), stats.country];
  return (
    <Table withTableBorder mt="sm" data-testid="unit-peers" aria-label="Центр рядом с регионом и страной">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Показатель</Table.Th>
          <Table.Th>Центр</Table.Th>
          {stats.region && <Table.Th>Регион</Table.Th>}
          <Table.Th>Россия</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {statRows.map((row) => (
          <Table.Tr key={row.label}>
            <Table.Td>{row.label}</Table.Td>
            {columns.map((s, i) => (
              <Table.Td key={i}>{row.show(s)}</Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function UnitFlagCard({ flag, unitName, canDecide, onDecided }: { flag: QueueUnitFlag; unitName: string; canDecide: boolean; onDecided: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <Card withBorder data-testid="quality-unit" data-unit={flag.unitId} data-status={flag.status}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Text fw={600}>{unitName}: показатели центра расходятся с соседями</Text>
          <Text size="sm" c="dimmed">
            Анкеты центра этим решением не исключаются: решите по его отмеченным анкетам.
          </Text>
        </div>
        <Badge variant="filled" color={statusColors[flag.status]} data-testid="flag-status">
          {flag.status === "confirmed" ? "подтверждено" : statusLabels[flag.status]}
        </Badge>
      </Group>
      <ReasonList reasons={flag.reasons} />
      <DecisionButtons
        status={flag.status}
        canDecide={canDecide}
        confirmLabel="Подтвердить"
        excludes={0}
        onDecide={(decision) => decide({ unitFlag: { unit: flag.unitId, period: flag.period }, decision })}
        onDecided={onDecided}
      >
        <EvidenceLinks open={open} onToggle={() => setOpen((o) => !o)} show="Сравнить с регионом и страной" hide="Скрыть сравнение" unitId={flag.unitId} />
      </DecisionButtons>
      {open && <PeerComparison unit={flag.unitId} period={flag.period} />}
    </Card>
  );
}
