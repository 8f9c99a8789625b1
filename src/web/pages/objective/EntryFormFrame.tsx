// The frame shared by the forms of objective data: title, state, the error of the last request, save / submit and review buttons, history.
import { Alert, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useState, type ReactNode } from "react";
import type { ObjectiveEntryView } from "../../../contract/objective";
import { EntryHistory } from "./EntryHistory";
import { EntryStatus } from "./EntryStatus";
import { ReviewActions } from "./ReviewActions";

/** Runs one request of a form at a time; keeps the server's Russian message when it fails. */
export function useEntryRequest(onChanged: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const run = async (request: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await request();
      onChanged();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, run };
}

export interface EntryFormFrameProps {
  id: string;
  title: string;
  entry?: ObjectiveEntryView;
  /** Shown when the unit has no entry of its own and takes its region's. */
  inheritedNote?: string;
  editable: boolean;
  busy: boolean;
  error?: string;
  /** Why the form cannot be submitted yet (the submit button is then disabled), or undefined. */
  submitBlocker?: string;
  onSave: (submit: boolean) => void;
  onChanged: () => void;
  onError: (message: string) => void;
  children: ReactNode;
}

export function EntryFormFrame({
  id,
  title,
  entry,
  inheritedNote,
  editable,
  busy,
  error,
  submitBlocker,
  onSave,
  onChanged,
  onError,
  children,
}: EntryFormFrameProps) {
  const titleId = `${id}-title`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId} data-testid={id}>
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id={titleId}>
            {title}
          </Title>
          <EntryStatus entry={entry} />
          {inheritedNote && (
            <Text size="sm" mt={4}>
              {inheritedNote}
            </Text>
          )}
        </div>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {children}
        {editable && (
          <Group gap="xs">
            <Button variant="outline" loading={busy} onClick={() => onSave(false)}>
              Сохранить черновик
            </Button>
            <Button loading={busy} disabled={submitBlocker !== undefined} onClick={() => onSave(true)}>
              Отправить на утверждение
            </Button>
            {submitBlocker && (
              <Text size="xs" c="dimmed">
                {submitBlocker}
              </Text>
            )}
          </Group>
        )}
        {entry && <ReviewActions entry={entry} onChanged={onChanged} onError={onError} />}
        {entry && <EntryHistory entryId={entry.id} version={entry.updatedAt} />}
      </Stack>
    </Paper>
  );
}
