// One flagged response outside any group: its reasons, and on demand its answers, the responses its
// reasons name, its near-duplicate partners and its decisions; decided on its own.
import { Badge, Card, Group, Table, Text } from "@mantine/core";
import { useState } from "react";
import { EvidenceLinks } from "./EvidenceLinks";
import { decide, fetchResponseEvidence, type QueueFlag } from "../../api/quality-api";
import { useAsync } from "../../app/use-async";
import { LoadState } from "../../components/LoadState";
import { DecisionButtons } from "./DecisionButtons";
import { DuplicatePairs } from "./DuplicatePairs";
import { ReasonList } from "./ReasonList";
import { statusColors, statusLabels, time } from "./review-format";
import { TimelineTable } from "./TimelineTable";

export function ResponseEvidenceView({ id }: { id: string }) {
  const state = useAsync(() => fetchResponseEvidence(id), [id]);
  if (!state.data) return <LoadState loading={state.loading} error={state.error} onRetry={state.reload} what="доказательства" />;
  const { response, timeline, duplicates, history, unitZones } = state.data;
  return (
    <>
      {response && (
        <Table withTableBorder mt="sm" data-testid="response-answers" aria-label="Ответы анкеты">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Вопрос</Table.Th>
              <Table.Th>Ответ</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {response.labelled.map((a) => (
              <Table.Tr key={a.key}>
                <Table.Td>{a.question}</Table.Td>
                <Table.Td>{a.answer}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {response && (
        <Text size="sm" c="dimmed" mt={4}>
          Комментариев: {response.commentCount}
        </Text>
      )}
      {timeline.length > 1 && <TimelineTable points={timeline} zones={unitZones} label="Анкета и связанные с ней анкеты по времени отправки" />}
      <DuplicatePairs pairs={duplicates} />
      {history.length > 0 && (
        <Text size="sm" mt="sm" data-testid="decision-history">
          Решения: {history.map((h) => `${time(h.at)} — ${h.actor ?? "система"} (${h.action.replace("quality.", "")})`).join("; ")}
        </Text>
      )}
    </>
  );
}

export function ResponseFlagCard({
  flag,
  unitName,
  zone,
  canDecide,
  onDecided,
}: {
  flag: QueueFlag;
  unitName: string;
  zone: string | undefined;
  canDecide: boolean;
  onDecided: () => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <Card withBorder data-testid="quality-response" data-id={flag.id} data-unit={flag.unitId} data-status={flag.status}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Text fw={600}>
            {unitName}: анкета от {time(flag.submittedAt, zone)}
          </Text>
          <Text size="sm" c="dimmed">
            заполнялась {flag.durationSec ?? "—"} с · оценка подозрительности {flag.score.toLocaleString("ru-RU", { maximumFractionDigits: 2 })}
          </Text>
        </div>
        <Badge variant="filled" color={statusColors[flag.status]} data-testid="flag-status">
          {statusLabels[flag.status]}
        </Badge>
      </Group>
      <ReasonList reasons={flag.reasons} />
      <DecisionButtons
        status={flag.status}
        canDecide={canDecide}
        excludes={1}
        onDecide={(decision, note) => decide({ responseIds: [flag.id], decision, note })}
        onDecided={onDecided}
      >
        <EvidenceLinks open={open} onToggle={() => setOpen((o) => !o)} show="Показать доказательства" hide="Скрыть доказательства" unitId={flag.unitId} />
      </DecisionButtons>
      {open && <ResponseEvidenceView id={flag.id} />}
    </Card>
  );
}
