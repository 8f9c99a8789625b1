// Approve, return with a reason, or reopen an entry — the regional level's buttons (shown only when allowed).
import { Button, Group, Textarea } from "@mantine/core";
import { useState } from "react";
import type { ObjectiveEntryView } from "../../../contract/objective";
import { changeEntryState, type ReviewAction } from "../../api/objective-api";

export function ReviewActions({ entry, onChanged, onError }: { entry: ObjectiveEntryView; onChanged: () => void; onError: (message: string) => void }) {
  const [asking, setAsking] = useState<"return" | "reopen" | undefined>();
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const run = async (action: ReviewAction, withReason?: string) => {
    setBusy(true);
    try {
      await changeEntryState(entry.id, action, withReason);
      setAsking(undefined);
      setReason("");
      onChanged();
    } catch (error) {
      onError((error as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const { actions } = entry;
  if (!actions.approve && !actions.return && !actions.reopen) return null;
  return (
    <>
      <Group gap="xs">
        {actions.approve && (
          <Button size="xs" color="#1a7037" loading={busy} onClick={() => void run("approve")}>
            Утвердить
          </Button>
        )}
        {actions.return && (
          <Button size="xs" variant="outline" color="#8a4b00" onClick={() => setAsking("return")}>
            Вернуть на доработку
          </Button>
        )}
        {actions.reopen && (
          <Button size="xs" variant="outline" color="#8a4b00" onClick={() => setAsking("reopen")}>
            Переоткрыть
          </Button>
        )}
      </Group>
      {asking && (
        <Group align="end" mt="xs">
          <Textarea
            label={asking === "return" ? "Причина возврата" : "Причина переоткрытия"}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            autosize
            minRows={2}
            style={{ flex: 1 }}
          />
          <Button size="xs" color="#8a4b00" loading={busy} disabled={reason.trim() === ""} onClick={() => void run(asking, reason)}>
            {asking === "return" ? "Вернуть" : "Переоткрыть"}
          </Button>
        </Group>
      )}
    </>
  );
}
