// The workflow buttons the caller may press now (approve, start, complete, evaluate, cancel with a reason).
import { Button, Group, TextInput, Textarea } from "@mantine/core";
import { useState } from "react";
import type { MeasureStatus, MeasureView } from "../../../contract/measures";
import { changeMeasureStatus } from "../../api/measures-api";

export function MeasureStatusActions({ measure, onChanged, onError }: { measure: MeasureView; onChanged: () => void; onError: (message: string) => void }) {
  const [asking, setAsking] = useState<MeasureStatus>();
  const [reason, setReason] = useState("");
  const [date, setDate] = useState(() => new Date().toISOString().slice(0, 10));
  const [busy, setBusy] = useState(false);
  const run = async (to: MeasureStatus) => {
    setBusy(true);
    try {
      await changeMeasureStatus(measure.id, {
        to,
        ...(to === "cancelled" ? { reason } : {}),
        ...(to === "in_progress" ? { actualStart: date } : {}),
        ...(to === "done" ? { actualEnd: date } : {}),
      });
      setAsking(undefined);
      setReason("");
      onChanged();
    } catch (error) {
      onError((error as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const transitions = measure.allowed.transitions;
  if (transitions.length === 0) return null;
  const asked = transitions.find((t) => t.to === asking);
  return (
    <>
      <Group gap="xs" data-testid="status-actions">
        {transitions.map((t) => (
          <Button
            key={t.to}
            size="xs"
            variant={t.to === "cancelled" ? "outline" : "filled"}
            color={t.to === "cancelled" ? "red.9" : "blue.9"}
            onClick={() => (t.needsReason || t.to === "in_progress" || t.to === "done" ? setAsking(t.to) : void run(t.to))}
            loading={busy && !asking}
          >
            {t.label}
          </Button>
        ))}
      </Group>
      {asked && (
        <Group align="end" mt="xs">
          {asked.needsReason ? (
            <Textarea label="Причина отмены" value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize minRows={2} style={{ flex: 1 }} />
          ) : (
            <TextInput
              type="date"
              label={asked.to === "in_progress" ? "Фактическое начало" : "Фактическое окончание"}
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
            />
          )}
          <Button size="xs" loading={busy} disabled={asked.needsReason && reason.trim() === ""} onClick={() => void run(asked.to)}>
            {asked.label}
          </Button>
          <Button size="xs" variant="default" onClick={() => setAsking(undefined)}>
            Не сейчас
          </Button>
        </Group>
      )}
    </>
  );
}
