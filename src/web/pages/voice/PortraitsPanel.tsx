// «Портреты клиента»: the region's portraits, each with the live facts of its segment at this unit; the regional
// admin adds one (name, segment over profile values, three descriptions) or deletes one.
import { Alert, Badge, Button, Card, Group, MultiSelect, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import {
  createPortrait,
  deletePortrait,
  fetchPortrait,
  fetchPortraits,
  fetchSegmentDimensions,
  type Portrait,
  type RespondentView,
} from "../../api/voice-cx-api";
import { useUser } from "../../app/auth-context";
import { useAsync } from "../../app/use-async";
import { LoadState } from "../../components/LoadState";
import { interval, points, share, starText, viewTitles } from "./cx-format";

function PortraitCard({ portrait, unit, period, onDeleted }: { portrait: Portrait; unit: string; period: string; onDeleted(): void }) {
  const facts = useAsync(() => fetchPortrait(portrait.id, period, unit === "country" ? undefined : unit), [portrait.id, unit, period]);
  const f = facts.data?.facts;
  return (
    <Card withBorder component="article" aria-label={portrait.name} data-testid="portrait-card">
      <Group justify="space-between">
        <Title order={3} size="h5">
          {portrait.name}
        </Title>
        <Badge variant="light">{viewTitles[portrait.segment.view]}</Badge>
      </Group>
      <Text size="sm">Сегмент: {portrait.segmentText}</Text>
      {portrait.demographic && (
        <Text size="sm">
          <b>Демография.</b> {portrait.demographic}
        </Text>
      )}
      {portrait.psychographic && (
        <Text size="sm">
          <b>Психография.</b> {portrait.psychographic}
        </Text>
      )}
      {portrait.behavioural && (
        <Text size="sm">
          <b>Поведение.</b> {portrait.behavioural}
        </Text>
      )}
      {f ? (
        <Stack gap={2} mt="xs" data-testid="portrait-facts">
          <Text size="sm">
            В данных ({f.unit.name}):{" "}
            {f.matching === null ? `меньше 10 из ${f.respondents} респондентов — цифры скрыты` : `${f.matching} из ${f.respondents} респондентов`}
          </Text>
          {!f.figures.suppressed && (
            <Text size="sm">
              Индекс сегмента: {points(f.figures.index)} ({interval(f.figures.ci)}), {starText(f.figures.stars)}
            </Text>
          )}
          {f.weakest.length > 0 && (
            <Text size="sm">Слабейшие показатели: {f.weakest.map((w) => `${w.code} ${w.name} (${share(w.survey?.share ?? 0)})`).join("; ")}</Text>
          )}
          {f.channels.length > 0 && <Text size="sm">Предпочитаемые каналы: {f.channels.map((c) => `${c.label} ${share(c.share)}`).join(", ")}</Text>}
          {f.themes.length > 0 && <Text size="sm">Главные темы: {f.themes.map((t) => `${t.title} (${t.texts})`).join(", ")}</Text>}
        </Stack>
      ) : (
        <LoadState loading={facts.loading} error={facts.error} onRetry={facts.reload} what="факты портрета" />
      )}
      {portrait.canEdit && (
        <Button mt="xs" size="xs" variant="subtle" color="red" onClick={() => void deletePortrait(portrait.id).then(onDeleted)}>
          Удалить портрет
        </Button>
      )}
    </Card>
  );
}

function NewPortraitForm({ region, onCreated }: { region: string; onCreated(): void }) {
  const dims = useAsync(fetchSegmentDimensions, []);
  const [view, setView] = useState<RespondentView>("seeker");
  const [name, setName] = useState("");
  const [criteria, setCriteria] = useState<Record<string, string[]>>({});
  const [texts, setTexts] = useState({ demographic: "", psychographic: "", behavioural: "" });
  const [error, setError] = useState<string>();
  if (!dims.data) return <LoadState loading={dims.loading} error={dims.error} onRetry={dims.reload} what="поля профиля" />;
  const dimensions = dims.data.views.find((v) => v.view === view)?.dimensions ?? [];
  const submit = () => {
    const chosen = Object.fromEntries(Object.entries(criteria).filter(([, v]) => v.length > 0));
    createPortrait({ region, name, segment: { view, criteria: chosen }, ...texts }).then(
      () => {
        setName("");
        setCriteria({});
        setError(undefined);
        onCreated();
      },
      (e: Error) => setError(e.message),
    );
  };
  return (
    <Card
      withBorder
      component="form"
      aria-label="Новый портрет"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Title order={3} size="h5">
        Новый портрет
      </Title>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <TextInput label="Название" value={name} onChange={(e) => setName(e.currentTarget.value)} required />
      <Select
        label="Респонденты"
        value={view}
        onChange={(v) => {
          setView((v ?? "seeker") as RespondentView);
          setCriteria({});
        }}
        data={[
          { value: "seeker", label: viewTitles.seeker },
          { value: "employer", label: viewTitles.employer },
        ]}
        allowDeselect={false}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {dimensions.map((d) => (
          <MultiSelect
            key={d.key}
            data-testid={`portrait-${d.key}`}
            searchable
            label={d.title}
            data={d.options.map((o) => ({ value: o.value, label: o.label }))}
            value={criteria[d.key] ?? []}
            onChange={(v) => setCriteria({ ...criteria, [d.key]: v })}
            clearable
          />
        ))}
      </SimpleGrid>
      <Textarea label="Демографическое описание" value={texts.demographic} onChange={(e) => setTexts({ ...texts, demographic: e.currentTarget.value })} />
      <Textarea label="Психографическое описание" value={texts.psychographic} onChange={(e) => setTexts({ ...texts, psychographic: e.currentTarget.value })} />
      <Textarea label="Поведенческое описание" value={texts.behavioural} onChange={(e) => setTexts({ ...texts, behavioural: e.currentTarget.value })} />
      <Button type="submit" mt="sm" w="fit-content">
        Сохранить портрет
      </Button>
    </Card>
  );
}

export function PortraitsPanel({ unit, period }: { unit: string; period: string }) {
  const user = useUser();
  const [version, setVersion] = useState(0);
  const list = useAsync(() => fetchPortraits(unit), [unit, version]);
  if (!list.data) return <LoadState loading={list.loading} error={list.error} onRetry={list.reload} what="портреты" />;
  const region = user.role === "regional_admin" && user.scope?.kind === "region" ? user.scope.id : undefined;
  const refresh = () => setVersion((n) => n + 1);
  return (
    <Stack gap="md">
      {list.data.portraits.length === 0 && (
        <Text size="sm" c="dimmed">
          Портретов пока нет.
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {list.data.portraits.map((p) => (
          <PortraitCard key={p.id} portrait={p} unit={unit} period={period} onDeleted={refresh} />
        ))}
      </SimpleGrid>
      {region !== undefined && <NewPortraitForm region={region} onCreated={refresh} />}
    </Stack>
  );
}
