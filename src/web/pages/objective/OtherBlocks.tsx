// The vacancy base, events and channels of a unit and period: what is stored (own or inherited), its state and review buttons.
import { Paper, Stack, Text, Title } from "@mantine/core";
import type { ObjectiveBlock, ObjectivePage } from "../../../server/objective/objective-types";
import { EntryStatus } from "./EntryStatus";
import { ReviewActions } from "./ReviewActions";

function describe(page: ObjectivePage, kind: "vacancies" | "events" | "channels", payload: Record<string, unknown>): string {
  if (kind === "vacancies") return `Вакансий на конец периода: ${String(payload["vacanciesNow"])}, годом ранее: ${String(payload["vacanciesYearAgo"])}`;
  if (kind === "events") return `Мероприятий: ${String(payload["events"])}`;
  const names = new Map(page.channels.vocabulary.map((c) => [c.code, c.name]));
  const list = (payload["channels"] as string[] | undefined) ?? [];
  return list.length === 0 ? "Каналы не указаны" : `Каналы: ${list.map((c) => names.get(c) ?? c).join(", ")}`;
}

function BlockCard({ page, kind, title, block, onChanged, onError }: { page: ObjectivePage; kind: "vacancies" | "events" | "channels"; title: string; block: ObjectiveBlock; onChanged: () => void; onError: (m: string) => void }) {
  const shown = block.entry ?? block.inherited?.entry;
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Stack gap="xs">
        <Title order={2} size="h4">{title}</Title>
        {block.inherited && !block.entry && <Text size="sm">Данные региона: {block.inherited.unitName}</Text>}
        <EntryStatus entry={shown} />
        {shown && <Text size="sm">{describe(page, kind, shown.payload)}</Text>}
        {kind === "events" && block.entry && block.entry.events.map((e) => <Text key={`${e.date}${e.title}`} size="sm">{e.date} — {e.title}</Text>)}
        {block.entry && <ReviewActions entry={block.entry} onChanged={onChanged} onError={onError} />}
        {!shown && <Text size="sm" c="dimmed">Вводятся через шаблон XLSX.</Text>}
      </Stack>
    </Paper>
  );
}

export function OtherBlocks({ page, onChanged, onError }: { page: ObjectivePage; onChanged: () => void; onError: (m: string) => void }) {
  return (
    <>
      {(page.vacancies.applies || page.vacancies.inherited) && <BlockCard page={page} kind="vacancies" title="П2 · База вакансий" block={page.vacancies} onChanged={onChanged} onError={onError} />}
      {page.events.applies && <BlockCard page={page} kind="events" title="П3 · Мероприятия" block={page.events} onChanged={onChanged} onError={onError} />}
      <BlockCard page={page} kind="channels" title="М5 · Каналы взаимодействия" block={page.channels} onChanged={onChanged} onError={onError} />
    </>
  );
}
