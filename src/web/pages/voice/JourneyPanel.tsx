// «Маршрут клиента»: the region's journey drawn for the unit — each stage coloured by its live score (or a
// portrait's segment), with its pain points, corrective measures and themes; printable.
import { Badge, Button, Card, Group, List, SegmentedControl, Select, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { fetchJourneyMap, fetchPortraits, type JourneyMapResponse, type RespondentView } from "../../api/voice-cx-api";
import { useAsync } from "../../app/use-async";
import { LoadState } from "../../components/LoadState";
import { share, viewTitles } from "./cx-format";

const tones: Record<JourneyMapResponse["stages"][number]["tone"], { color: string; label: string }> = {
  good: { color: "green", label: "хорошо" },
  watch: { color: "yellow", label: "внимание" },
  bad: { color: "red", label: "проблема" },
  none: { color: "gray", label: "нет оценок" },
};

export function JourneyPanel({ unit, period }: { unit: string; period: string }) {
  const [view, setView] = useState<RespondentView>("seeker");
  const [portrait, setPortrait] = useState<string | null>(null);
  const portraits = useAsync(() => fetchPortraits(unit), [unit]);
  const map = useAsync(() => fetchJourneyMap(view, unit, period, portrait ?? undefined), [view, unit, period, portrait]);
  const options = (portraits.data?.portraits ?? []).filter((p) => p.segment.view === view).map((p) => ({ value: p.id, label: p.name }));
  return (
    <Stack gap="md">
      <Group className="no-print">
        <SegmentedControl
          aria-label="Маршрут"
          value={view}
          onChange={(v) => {
            setView(v as RespondentView);
            setPortrait(null);
          }}
          data={[
            { value: "seeker", label: viewTitles.seeker },
            { value: "employer", label: viewTitles.employer },
          ]}
        />
        <Select aria-label="Сегмент портрета" placeholder="Все респонденты" data={options} value={portrait} onChange={setPortrait} clearable />
        <Button variant="light" onClick={() => window.print()}>
          Печать
        </Button>
      </Group>
      {map.data ? (
        <>
          <Title order={2} size="h4" data-testid="journey-title">
            {map.data.title}
            {map.data.edited ? " (редакция региона)" : ""}
          </Title>
          {map.data.portrait && (
            <Text size="sm">
              Сегмент «{map.data.portrait.name}»: {map.data.portrait.segmentText}
              {map.data.suppressed ? " — меньше 10 респондентов, оценки скрыты" : `, ${map.data.portrait.matching} респондентов`}
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} data-testid="journey-stages">
            {map.data.stages.map((s, i) => (
              <Card
                key={s.code}
                withBorder
                component="article"
                aria-label={`${i + 1}. ${s.title}`}
                style={{ borderTop: `6px solid var(--mantine-color-${tones[s.tone].color}-7)` }}
              >
                <Group justify="space-between">
                  <Title order={3} size="h5">
                    {i + 1}. {s.title}
                  </Title>
                  <Badge color={tones[s.tone].color} variant="light" c="dark">
                    {s.score === undefined ? tones[s.tone].label : `${share(s.score)} · ${tones[s.tone].label}`}
                  </Badge>
                </Group>
                <Text size="sm" c="dimmed">
                  {s.description}
                </Text>
                <Text size="sm" mt={4}>
                  Показатели: {s.indicators.map((x) => `${x.code} ${x.name} ${x.points.toFixed(2).replace(".", ",")}/${x.max}`).join("; ") || "—"}
                </Text>
                {s.painPoints.length > 0 && (
                  <>
                    <Text size="sm" fw={700} mt={4}>
                      Проблемные точки
                    </Text>
                    <List size="sm">
                      {s.painPoints.map((p) => (
                        <List.Item key={p.indicator}>
                          {p.name} ({p.priority}): {p.sentence}
                        </List.Item>
                      ))}
                    </List>
                  </>
                )}
                {s.measures.length > 0 && (
                  <>
                    <Text size="sm" fw={700} mt={4}>
                      Меры
                    </Text>
                    <List size="sm">
                      {s.measures.map((m) => (
                        <List.Item key={m.id}>
                          {m.title} — {m.unit.name}
                        </List.Item>
                      ))}
                    </List>
                  </>
                )}
                <Text size="sm" mt={4}>
                  Темы отзывов:{" "}
                  {s.themes
                    .filter((t) => t.texts > 0)
                    .map((t) => `${t.title} ${t.texts} (негативных ${t.negative})`)
                    .join(", ") || "нет текстов"}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
        </>
      ) : (
        <LoadState loading={map.loading} error={map.error} onRetry={map.reload} what="маршрут" />
      )}
    </Stack>
  );
}
