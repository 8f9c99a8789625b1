// The vacancy base, events and channels of a unit and period: a form where the caller may enter them, otherwise
// what is stored (own or inherited) with its state and review buttons.
import { Paper, Stack, Text, Title } from "@mantine/core";
import type { ObjectiveBlock, ObjectivePage } from "../../../contract/objective";
import { ChannelsForm } from "./ChannelsForm";
import { EntryStatus } from "./EntryStatus";
import { EventsForm } from "./EventsForm";
import { ReviewActions } from "./ReviewActions";
import { VacancyForm } from "./VacancyForm";

function describe(page: ObjectivePage, kind: "vacancies" | "events" | "channels", payload: Record<string, unknown>): string {
  if (kind === "vacancies") return `Вакансий на конец периода: ${String(payload["vacanciesNow"])}, годом ранее: ${String(payload["vacanciesYearAgo"])}`;
  if (kind === "events") return `Мероприятий: ${String(payload["events"])}`;
  const names = new Map(page.channels.vocabulary.map((c) => [c.code, c.name]));
  const list = (payload["channels"] as string[] | undefined) ?? [];
  return list.length === 0 ? "Каналы не указаны" : `Каналы: ${list.map((c) => names.get(c) ?? c).join(", ")}`;
}

function BlockCard({
  page,
  kind,
  title,
  block,
  onChanged,
  onError,
}: {
  page: ObjectivePage;
  kind: "vacancies" | "events" | "channels";
  title: string;
  block: ObjectiveBlock;
  onChanged: () => void;
  onError: (m: string) => void;
}) {
  const shown = block.entry ?? block.inherited?.entry;
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {title}
        </Title>
        {block.inherited && !block.entry && <Text size="sm">Данные региона: {block.inherited.unitName}</Text>}
        <EntryStatus entry={shown} />
        {shown && <Text size="sm">{describe(page, kind, shown.payload)}</Text>}
        {kind === "events" &&
          block.entry &&
          block.entry.events.map((e) => (
            <Text key={`${e.date}${e.title}`} size="sm">
              {e.date} — {e.title}
            </Text>
          ))}
        {block.entry && <ReviewActions entry={block.entry} onChanged={onChanged} onError={onError} />}
        {!shown && (
          <Text size="sm" c="dimmed">
            Вводятся через шаблон XLSX.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/** Whether the caller gets a form: the unit has its own entry, or may create one. */
const hasForm = (block: ObjectiveBlock) => block.entry !== undefined || block.canCreate;

/** What the unit takes from its region while it has no entry of its own. */
function inheritedNote(page: ObjectivePage, kind: "vacancies" | "channels", block: ObjectiveBlock): { inheritedNote: string } | Record<string, never> {
  if (block.entry || !block.inherited) return {};
  return {
    inheritedNote: `Сейчас действуют данные «${block.inherited.unitName}» (${describe(page, kind, block.inherited.entry.payload)}); сохранённые здесь данные их заменят.`,
  };
}

export function OtherBlocks({ page, onChanged, onError }: { page: ObjectivePage; onChanged: () => void; onError: (m: string) => void }) {
  const unit = page.unit.id;
  const period = page.period;
  return (
    <>
      {(page.vacancies.applies || page.vacancies.inherited) &&
        (page.vacancies.applies && hasForm(page.vacancies) ? (
          <VacancyForm
            key={`vacancies-${period}`}
            block={page.vacancies}
            unit={unit}
            period={period}
            {...inheritedNote(page, "vacancies", page.vacancies)}
            onChanged={onChanged}
          />
        ) : (
          <BlockCard page={page} kind="vacancies" title="П2 · База вакансий" block={page.vacancies} onChanged={onChanged} onError={onError} />
        ))}
      {page.events.applies &&
        (hasForm(page.events) ? (
          <EventsForm key={`events-${period}`} block={page.events} unit={unit} period={period} onChanged={onChanged} />
        ) : (
          <BlockCard page={page} kind="events" title="П3 · Мероприятия" block={page.events} onChanged={onChanged} onError={onError} />
        ))}
      {page.channels.applies && hasForm(page.channels) ? (
        <ChannelsForm
          key={`channels-${period}`}
          block={page.channels}
          unit={unit}
          period={period}
          {...inheritedNote(page, "channels", page.channels)}
          onChanged={onChanged}
        />
      ) : (
        <BlockCard page={page} kind="channels" title="М5 · Каналы взаимодействия" block={page.channels} onChanged={onChanged} onError={onError} />
      )}
    </>
  );
}
