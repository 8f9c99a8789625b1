// The audit trail of an entry, on request: who entered, submitted, approved, returned or reopened it, and when.
import { Button, List, Text } from "@mantine/core";
import { useState } from "react";
import type { ObjectiveHistoryRecord } from "../../../contract/objective";
import { fetchEntryHistory } from "../../api/objective-api";

const actionNames: Record<string, string> = {
  "objective.create": "создано",
  "objective.update": "изменено",
  "objective.submit": "отправлено на утверждение",
  "objective.approve": "утверждено",
  "objective.return": "возвращено на доработку",
  "objective.reopen": "переоткрыто",
  "objective.photo_add": "добавлено фото",
  "objective.photo_delete": "удалено фото",
};

export function EntryHistory({ entryId, version }: { entryId: string; version: string }) {
  const [records, setRecords] = useState<{ version: string; list: ObjectiveHistoryRecord[] } | undefined>();
  const [error, setError] = useState<string | undefined>();
  const shown = records?.version === version ? records.list : undefined;
  const load = () =>
    fetchEntryHistory(entryId).then(
      (answer) => setRecords({ version, list: answer.history }),
      (e: Error) => setError(e.message),
    );
  if (!shown) {
    return (
      <div>
        <Button size="compact-xs" variant="subtle" onClick={() => void load()}>
          История изменений
        </Button>
        {error && (
          <Text size="xs" c="red.9">
            {error}
          </Text>
        )}
      </div>
    );
  }
  return (
    <List size="xs" spacing={2} aria-label="История изменений" data-testid="entry-history">
      {shown.map((r, i) => {
        const reason = (r.after as { returnReason?: string } | null)?.returnReason;
        return (
          <List.Item key={i}>
            {new Date(r.at).toLocaleString("ru-RU", { dateStyle: "short", timeStyle: "short" })} — {actionNames[r.action] ?? r.action}
            {r.actor ? `, ${r.actor.displayName}` : ""}
            {reason && (r.action === "objective.return" || r.action === "objective.reopen") ? `: «${reason}»` : ""}
          </List.Item>
        );
      })}
    </List>
  );
}
