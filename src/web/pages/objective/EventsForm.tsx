// П3 «Мероприятия»: the centre's events of the period (date inside the period, title, kind), a row each; draft or submitted.
import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from "@mantine/core";
import { useEffect, useState } from "react";
import type { ObjectivePage } from "../../../contract/objective";
import { saveEvents, type EventRow } from "../../api/objective-api";
import { EntryFormFrame, useEntryRequest } from "./EntryFormFrame";
import { periodDates } from "./period-dates";

type Block = ObjectivePage["events"];
/** A row being edited; `key` keeps React's identity of a row when others are removed. */
type Row = EventRow & { key: number };

let nextKey = 0;
const row = (e: EventRow): Row => ({ ...e, key: nextKey++ });

/** The problems of one row, by field, in Russian. */
function rowProblems(e: EventRow, bounds: { first: string; last: string } | undefined): Partial<Record<keyof EventRow, string>> {
  const problems: Partial<Record<keyof EventRow, string>> = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(e.date)) problems.date = "Укажите дату";
  else if (bounds && (e.date < bounds.first || e.date > bounds.last)) problems.date = "Дата вне периода";
  if (e.title.trim() === "") problems.title = "Укажите название";
  if (e.kind === "") problems.kind = "Выберите вид";
  return problems;
}

export function EventsForm({ block, unit, period, onChanged }: { block: Block; unit: string; period: string; onChanged: () => void }) {
  const entry = block.entry;
  const stored = () => (entry?.events ?? []).map(row);
  const [rows, setRows] = useState<Row[]>(stored);
  const [touched, setTouched] = useState(false);
  const request = useEntryRequest(onChanged);
  useEffect(() => {
    setRows(stored());
    setTouched(false);
  }, [entry?.id, entry?.updatedAt]);

  const editable = entry ? entry.actions.edit : block.canCreate;
  const bounds = periodDates(period);
  const problems = rows.map((r) => rowProblems(r, bounds));
  const valid = problems.every((p) => Object.keys(p).length === 0);
  const change = (key: number, patch: Partial<EventRow>) => setRows((previous) => previous.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const save = (submit: boolean) => {
    setTouched(true);
    if (!valid) return;
    void request.run(() => saveEvents({ unit, period, events: rows.map(({ date, title, kind }) => ({ date, title: title.trim(), kind })), submit }));
  };
  const kinds = block.kinds.map((k) => ({ value: k.code, label: k.name }));
  return (
    <EntryFormFrame
      id="objective-events"
      title="П3 · Мероприятия"
      {...(entry ? { entry } : {})}
      editable={editable}
      busy={request.busy}
      {...(request.error ? { error: request.error } : {})}
      {...(valid ? {} : { submitBlocker: "Исправьте отмеченные поля" })}
      onSave={save}
      onChanged={onChanged}
      onError={request.setError}
    >
      <Text size="sm" data-testid="events-count">
        Мероприятий: {rows.length}
        {bounds ? ` · даты с ${bounds.first.split("-").reverse().join(".")} по ${bounds.last.split("-").reverse().join(".")}` : ""}
      </Text>
      <Stack gap="xs" role="list" aria-label="Мероприятия периода">
        {rows.map((r, i) => {
          const p = touched ? (problems[i] ?? {}) : {};
          return (
            <Group key={r.key} align="start" gap="sm" role="listitem" data-testid="event-row">
              <TextInput
                type="date"
                label={`Дата мероприятия ${i + 1}`}
                value={r.date}
                onChange={(event) => change(r.key, { date: event.currentTarget.value })}
                {...(bounds ? { min: bounds.first, max: bounds.last } : {})}
                disabled={!editable}
                required
                error={p.date}
                w={170}
              />
              <TextInput
                label={`Название мероприятия ${i + 1}`}
                value={r.title}
                onChange={(event) => change(r.key, { title: event.currentTarget.value })}
                maxLength={300}
                disabled={!editable}
                required
                error={p.title}
                style={{ flex: 1, minWidth: 220 }}
              />
              <Select
                label={`Вид мероприятия ${i + 1}`}
                data={kinds}
                value={r.kind || null}
                onChange={(value) => change(r.key, { kind: value ?? "" })}
                disabled={!editable}
                required
                error={p.kind}
                w={260}
              />
              {editable && (
                <ActionIcon
                  variant="subtle"
                  color="red.9"
                  mt={26}
                  aria-label={`Удалить мероприятие ${i + 1}`}
                  onClick={() => setRows((previous) => previous.filter((x) => x.key !== r.key))}
                >
                  ✕
                </ActionIcon>
              )}
            </Group>
          );
        })}
      </Stack>
      {editable && (
        <div>
          <Button size="xs" variant="light" onClick={() => setRows((previous) => [...previous, row({ date: "", title: "", kind: "" })])}>
            Добавить мероприятие
          </Button>
        </div>
      )}
    </EntryFormFrame>
  );
}
