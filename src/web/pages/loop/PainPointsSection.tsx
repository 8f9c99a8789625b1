// «Проблемные точки» of a unit's page: its pain points, most recoverable index points first, each with its evidence.
import { Group, Paper, Select, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import type { ViewName } from "../../../contract/dashboard";
import { fetchPainPoints } from "../../api/pain-points-api";
import { useDashboard } from "../../app/dashboard-context";
import { useAsync } from "../../app/use-async";
import { EmptyState, LoadState } from "../../components/LoadState";
import { periodLabel } from "../../format/periods";
import { IndicatorEvidence } from "./IndicatorEvidence";
import { PainPointCard } from "./PainPointCard";

export function PainPointsSection({ unit, period, view }: { unit: string; period: string; view: ViewName }) {
  const state = useAsync(() => fetchPainPoints(unit, { period, view }), [unit, period, view]);
  const answer = state.data?.unit.id === unit && state.data.period === period && state.data.view === view ? state.data : undefined;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="pain-title" data-testid="pain-points" data-unit={unit} aria-busy={state.loading}>
      <Title order={2} size="h4" id="pain-title">
        Проблемные точки
      </Title>
      {!answer ? (
        <LoadState loading={state.loading} error={state.error} onRetry={state.reload} what="проблемные точки" />
      ) : (
        <Stack gap="sm" mt="xs">
          <Text size="sm" c="dimmed">
            Показатели, по которым подразделение значимо отстаёт от региона, похожих центров, страны или своего прошлого периода (
            {periodLabel(answer.previousPeriod)}). Сначала — те, что вернут индексу больше всего баллов: «сейчас» — исправлять в первую очередь, «позже» —
            следом.
          </Text>
          {answer.painPoints.length === 0 ? (
            <EmptyState>
              {answer.tested === 0
                ? "Пока мало ответов, чтобы надёжно найти проблемные точки за этот период."
                : "Значимых отставаний не найдено: ни один показатель не хуже ориентиров сверх случайных колебаний."}
            </EmptyState>
          ) : (
            <Stack gap="sm" component="ol" className="pain-list" aria-label="Проблемные точки по убыванию приоритета">
              {answer.painPoints.map((p) => (
                <li key={`${p.indicator}-${p.view}-${p.part}`}>
                  <PainPointCard unit={unit} period={period} point={p} />
                </li>
              ))}
            </Stack>
          )}
          <AnyIndicator unit={unit} period={period} view={view} />
        </Stack>
      )}
    </Paper>
  );
}

/** The trend and evidence of any indicator, pain point or not (with the unit's measures on the chart). */
function AnyIndicator({ unit, period, view }: { unit: string; period: string; view: ViewName }) {
  const { indicators } = useDashboard();
  const [code, setCode] = useState<string | null>(null);
  return (
    <Stack gap="xs">
      <Group align="flex-end">
        <Select
          label="Динамика и доказательства любого показателя"
          placeholder="Выберите показатель"
          data={indicators.map((i) => ({ value: i.code, label: `${i.code} ${i.name}` }))}
          value={code}
          onChange={setCode}
          searchable
          clearable
          w={420}
          data-testid="indicator-picker"
        />
      </Group>
      {code && <IndicatorEvidence unit={unit} period={period} view={view} indicator={code} />}
    </Stack>
  );
}
