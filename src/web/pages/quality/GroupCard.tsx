// A burst, series or near-copy cluster in the queue: its reasons, its responses on a timeline and its
// near-duplicate pairs on demand, one decision for the whole group.
import { Badge, Card, Group, Text } from "@mantine/core";
import { useState } from "react";
import { EvidenceLinks } from "./EvidenceLinks";
import { decide, fetchGroupEvidence, type FlagStatus, type QueueGroup } from "../../api/quality-api";
import { useAsync } from "../../app/use-async";
import { LoadState } from "../../components/LoadState";
import { DecisionButtons } from "./DecisionButtons";
import { DuplicatePairs } from "./DuplicatePairs";
import { ReasonList } from "./ReasonList";
import { statusColors, statusLabels, time } from "./review-format";
import { TimelineTable } from "./TimelineTable";

function groupStatus(g: QueueGroup): FlagStatus {
  if (g.pending > 0) return "pending";
  return g.confirmed >= g.cleared ? "confirmed" : "cleared";
}

function GroupEvidenceView({ groupKey }: { groupKey: string }) {
  const state = useAsync(() => fetchGroupEvidence(groupKey), [groupKey]);
  if (!state.data) return <LoadState loading={state.loading} error={state.error} onRetry={state.reload} what="доказательства" />;
  return (
    <>
      <TimelineTable points={state.data.timeline} zones={state.data.unitZones} label="Анкеты группы по времени отправки" />
      <DuplicatePairs pairs={state.data.duplicates} />
    </>
  );
}

export function GroupCard({
  group,
  names,
  zones,
  canDecide,
  onDecided,
}: {
  group: QueueGroup;
  names: Record<string, string>;
  zones: Record<string, string>;
  canDecide: boolean;
  onDecided: () => void;
}) {
  const [open, setOpen] = useState(false);
  const status = groupStatus(group);
  const units = group.unitIds.map((id) => names[id] ?? id).join(", ");
  const zone = group.unitIds[0] === undefined ? undefined : zones[group.unitIds[0]];
  return (
    <Card withBorder data-testid="quality-group" data-units={group.unitIds.join(" ")} data-status={status}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Text fw={600}>
            {units}: {group.size} анкет, {group.devices} устр.
          </Text>
          <Text size="sm" c="dimmed">
            {time(group.first, zone)} — {time(group.last, zone)}
          </Text>
        </div>
        <Badge variant="filled" color={statusColors[status]} data-testid="group-status">
          {statusLabels[status]}
        </Badge>
      </Group>
      <ReasonList reasons={group.reasons} />
      {/* Confirming a group moves every member not yet excluded, the ones cleared one by one included. */}
      <DecisionButtons
        status={status}
        canDecide={canDecide}
        excludes={group.size - group.confirmed}
        onDecide={(decision, note) => decide({ group: group.key, decision, note })}
        onDecided={onDecided}
      >
        <EvidenceLinks open={open} onToggle={() => setOpen((o) => !o)} show="Показать анкеты" hide="Скрыть анкеты" unitId={group.unitIds[0]} />
      </DecisionButtons>
      {open && <GroupEvidenceView groupKey={group.key} />}
    </Card>
  );
}
