// One measure opened from the register: its fields, workflow actions, effect, evidence and thread; edit in place when allowed.
import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import type { MeasureKind } from "../../../contract/measures";
import { fetchMeasure, updateMeasure } from "../../api/measures-api";
import { useAsync } from "../../app/use-async";
import { LoadState } from "../../components/LoadState";
import { MeasureEffectCard } from "./MeasureEffectCard";
import { MeasureForm } from "./MeasureForm";
import { MeasureStatusActions } from "./MeasureStatusActions";
import { MeasureThread } from "./MeasureThread";

const dateText = (iso: string | null) => (iso ? iso.split("-").reverse().join(".") : "—");

export function MeasurePanel({
  id,
  kinds,
  regionLevel,
  onChanged,
}: {
  id: string;
  kinds: { value: MeasureKind; label: string }[];
  regionLevel: boolean;
  onChanged: () => void;
}) {
  const state = useAsync(() => fetchMeasure(id), [id]);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string>();
  const measure = state.data?.id === id ? state.data : undefined;
  if (!measure) return <LoadState loading={state.loading} error={state.error} onRetry={state.reload} what="меру" />;
  const changed = () => {
    setError(undefined);
    state.reload();
    onChanged();
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="measure-title" data-testid="measure-panel">
      <Stack gap="md">
        <Group justify="space-between" align="start">
          <div>
            <Title order={2} size="h4" id="measure-title">
              {measure.title}
            </Title>
            <Text size="sm" c="dimmed">
              {measure.unit.name} · {measure.kindName} · {measure.view === "seeker" ? "соискатели" : "работодатели"}
            </Text>
          </div>
          <Group gap="xs">
            <Text size="sm" fw={700} data-testid="measure-status">
              {measure.statusName}
            </Text>
            {measure.overdue && <Badge color="red.9">просрочена</Badge>}
          </Group>
        </Group>
        {error && (
          <Alert color="red" role="alert" data-testid="measure-error">
            {error}
          </Alert>
        )}
        {editing ? (
          <MeasureForm
            initial={measure}
            kinds={kinds}
            withActualDates={regionLevel}
            onCancel={() => setEditing(false)}
            onSave={async (fields) => {
              await updateMeasure(measure.id, fields);
              setEditing(false);
              changed();
            }}
          />
        ) : (
          <>
            {measure.description && (
              <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                {measure.description}
              </Text>
            )}
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              <Text size="sm">
                <b>Показатели:</b> {measure.indicators.map((i) => `${i.code} ${i.name}`).join(", ")}
              </Text>
              <Text size="sm">
                <b>Ответственный:</b> {measure.owner || "—"}
              </Text>
              <Text size="sm">
                <b>План:</b> {dateText(measure.plannedStart)} — {dateText(measure.plannedEnd)}
              </Text>
              <Text size="sm">
                <b>Факт:</b> {dateText(measure.actualStart)} — {dateText(measure.actualEnd)}
              </Text>
              <Text size="sm">
                <b>Участие клиентов:</b> {measure.clientParticipation || "—"}
              </Text>
              {measure.cancelReason && (
                <Text size="sm">
                  <b>Причина отмены:</b> {measure.cancelReason}
                </Text>
              )}
            </SimpleGrid>
            <Group gap="xs">
              {measure.allowed.edit && (
                <Button size="xs" variant="default" onClick={() => setEditing(true)}>
                  Изменить
                </Button>
              )}
              <MeasureStatusActions measure={measure} onChanged={changed} onError={setError} />
            </Group>
          </>
        )}
        {(measure.status === "done" || measure.status === "evaluated") && <MeasureEffectCard measureId={measure.id} version={measure.updatedAt} />}
        <MeasureThread measure={measure} onChanged={state.reload} />
      </Stack>
    </Paper>
  );
}
