// The evidence behind an indicator of a unit: its trend with the unit's measures as markers, the distribution of
// answers to its questions, the respondents' notes (GET /api/loop/pain-points/:indicator/evidence).
import { Stack, Text, Title } from "@mantine/core";
import type { ViewName } from "../../../contract/dashboard";
import { fetchMeasures } from "../../api/measures-api";
import { fetchPainEvidence } from "../../api/pain-points-api";
import { useAsync } from "../../app/use-async";
import { LoadState } from "../../components/LoadState";
import { AnswerDistribution } from "./AnswerDistribution";
import { IndicatorTrend } from "./IndicatorTrend";
import { RespondentNotes } from "./RespondentNotes";

export function IndicatorEvidence({ unit, period, view, indicator }: { unit: string; period: string; view: ViewName; indicator: string }) {
  const state = useAsync(
    () => Promise.all([fetchPainEvidence(unit, indicator, { period, view }), fetchMeasures({ unit, indicator })]),
    [unit, period, view, indicator],
  );
  const [evidence, measures] = state.data ?? [];
  if (!evidence || !measures || evidence.indicator.code !== indicator || evidence.unit.id !== unit) {
    return <LoadState loading={state.loading} error={state.error} onRetry={state.reload} what="доказательства" />;
  }
  return (
    <Stack gap="sm" data-testid="pain-evidence" data-indicator={indicator}>
      <Title order={3} size="h5">
        {evidence.indicator.code} {evidence.indicator.name}: доказательства
      </Title>
      {evidence.indicator.title !== evidence.indicator.name && (
        <Text size="sm" c="dimmed">
          {evidence.indicator.title}
        </Text>
      )}
      <IndicatorTrend unit={evidence.unit} indicator={evidence.indicator} trend={evidence.trend} measures={measures.measures} />
      <AnswerDistribution distributions={evidence.distributions} />
      <RespondentNotes notes={evidence.notes} />
    </Stack>
  );
}
