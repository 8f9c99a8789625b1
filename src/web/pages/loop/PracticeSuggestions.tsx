// What worked elsewhere for an indicator («в 3 регионах похожая мера дала +9…+15 п. п.») with the best practices: for pain-point cards.
import { List, Stack, Text } from "@mantine/core";
import type { ViewName } from "../../../contract/dashboard";
import { fetchPracticeSummary } from "../../api/measures-api";
import { useAsync } from "../../app/use-async";
import { formatPoints } from "../../format/points";

export function PracticeSuggestions({ indicator, view }: { indicator: string; view: ViewName }) {
  const state = useAsync(() => fetchPracticeSummary(indicator, view), [indicator, view]);
  const summary = state.data?.indicator === indicator ? state.data : undefined;
  if (!summary)
    return state.error ? (
      <Text size="xs" c="dimmed">
        Практики не загрузились: {state.error.message}
      </Text>
    ) : null;
  return (
    <Stack gap={2} data-testid={`practice-suggestions-${indicator}`}>
      <Text size="sm">{summary.measures > 0 ? `Что сработало: ${summary.text}` : summary.text}</Text>
      {summary.top.length > 0 && (
        <List size="xs" spacing={0}>
          {summary.top.map((p) => (
            <List.Item key={p.measure.id}>
              {p.measure.title} — {p.region.name}
              {p.effect ? `, ${formatPoints(p.effect.estimate)} п. п.` : ""}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
