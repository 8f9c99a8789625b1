// «Проверка данных» (/quality): the reviewer's queue of flagged bursts and responses; a burst's
// timeline on demand; confirm (the responses leave the figures), clear, or reopen a whole burst.
import { Alert, Badge, Button, Card, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { Link } from "react-router-dom";
import { decide, fetchGroupEvidence, fetchQualityQueue, type FlagStatus, type QueueGroup } from "../api/quality-api";
import { useUser } from "../app/auth-context";
import { useAsync } from "../app/use-async";
import { useViewParams } from "../app/view-params";
import { LoadState } from "../components/LoadState";
import { periodLabel } from "../format/periods";

const statusLabels: Record<FlagStatus, string> = { pending: "ожидает решения", confirmed: "подтверждено, исключено", cleared: "отметка снята" };
const time = (iso: string | null) => (iso ? new Date(iso).toLocaleString("ru-RU", { dateStyle: "short", timeStyle: "medium" }) : "—");

function groupStatus(g: QueueGroup): FlagStatus {
  if (g.pending > 0) return "pending";
  return g.confirmed >= g.cleared ? "confirmed" : "cleared";
}

function GroupTimeline({ groupKey }: { groupKey: string }) {
  const state = useAsync(() => fetchGroupEvidence(groupKey), [groupKey]);
  if (!state.data) return <LoadState loading={state.loading} error={state.error} onRetry={state.reload} what="доказательства" />;
  return (
    <Table striped withTableBorder data-testid="group-timeline" aria-label="Анкеты группы по времени отправки">
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
        {state.data.timeline.map((p) => (
          <Table.Tr key={p.id}>
            <Table.Td>{time(p.submittedAt)}</Table.Td>
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

function GroupCard({ group, names, canDecide, onDecided }: { group: QueueGroup; names: Record<string, string>; canDecide: boolean; onDecided: () => void }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const status = groupStatus(group);
  const act = async (decision: "confirm" | "clear" | "reopen") => {
    setBusy(true);
    setError(undefined);
    try {
      await decide({ group: group.key, decision });
      onDecided();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const units = group.unitIds.map((id) => names[id] ?? id).join(", ");
  return (
    <Card withBorder data-testid="quality-group" data-units={group.unitIds.join(" ")} data-status={status}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Text fw={600}>
            {units}: {group.size} анкет, {group.devices} устр.
          </Text>
          <Text size="sm" c="dimmed">
            {time(group.first)} — {time(group.last)}
          </Text>
        </div>
        <Badge variant="filled" color={status === "pending" ? "red.9" : status === "confirmed" ? "dark" : "gray.7"} data-testid="group-status">
          {statusLabels[status]}
        </Badge>
      </Group>
      <Stack gap={2} mt="xs">
        {group.reasons.map((r) => (
          <Text size="sm" key={r.code}>
            • {r.text}
          </Text>
        ))}
      </Stack>
      <Group mt="sm" gap="xs">
        <Button size="xs" variant="default" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
          {open ? "Скрыть анкеты" : "Показать анкеты"}
        </Button>
        {canDecide && status === "pending" && (
          <>
            <Button size="xs" color="red" loading={busy} onClick={() => void act("confirm")}>
              Подтвердить и исключить
            </Button>
            <Button size="xs" variant="outline" loading={busy} onClick={() => void act("clear")}>
              Снять отметку
            </Button>
          </>
        )}
        {canDecide && status !== "pending" && (
          <Button size="xs" variant="outline" loading={busy} onClick={() => void act("reopen")}>
            Вернуть к рассмотрению
          </Button>
        )}
        {group.unitIds[0] && (
          <Button size="xs" variant="subtle" component={Link} to={`/u/${group.unitIds[0]}`}>
            Страница центра
          </Button>
        )}
      </Group>
      {error && (
        <Text c="red" size="sm" role="alert" mt="xs">
          {error}
        </Text>
      )}
      {open && <GroupTimeline groupKey={group.key} />}
    </Card>
  );
}

export function QualityScreen() {
  const user = useUser();
  const { period } = useViewParams();
  const state = useAsync(() => fetchQualityQueue(period), [period]);
  const canDecide = user.role === "federal_admin" || user.role === "regional_admin";
  return (
    <Stack gap="md">
      <Title order={1} size="h2" data-testid="quality-title">
        Проверка данных · {periodLabel(period)}
      </Title>
      <Text size="sm" c="dimmed">
        Подтверждённые анкеты исключаются из всех показателей сразу; решение можно отменить.
      </Text>
      {!state.data ? (
        <LoadState loading={state.loading} error={state.error} onRetry={state.reload} what="очередь проверки" />
      ) : (
        <>
          {state.data.truncated && (
            <Alert color="yellow" data-testid="queue-truncated">
              Отметок больше {state.data.limit.toLocaleString("ru-RU")}: показаны ожидающие решения, начиная с самых сильных. После решений по ним очередь покажет остальные.
            </Alert>
          )}
          {state.data.groups.length === 0 && state.data.responses.length === 0 && <Text>Отмеченных анкет нет.</Text>}
          {state.data.groups.map((g) => (
            <GroupCard key={g.key} group={g} names={state.data?.unitNames ?? {}} canDecide={canDecide} onDecided={state.reload} />
          ))}
          {state.data.responses.length > 0 && (
            <Text size="sm" c="dimmed">
              Отдельных отмеченных анкет: {state.data.responses.length}
            </Text>
          )}
        </>
      )}
    </Stack>
  );
}
