// The measured effect of a finished measure: the verdict, and per indicator before / after, the comparison group's drift and the difference-in-differences with its interval.
import { Paper, Stack, Table, Text, Title } from "@mantine/core";
import type { EffectVerdict } from "../../../contract/measures";
import { fetchMeasureEffect } from "../../api/measures-api";
import { useAsync } from "../../app/use-async";
import { LoadState } from "../../components/LoadState";
import { formatCount, formatShare } from "../../format/numbers";
import { formatPoints, formatPointsInterval } from "../../format/points";

const verdictColors: Record<EffectVerdict, string> = { confirmed: "#1a7037", not_confirmed: "gray.8", insufficient: "#8a4b00" };
const share = (c: { positive: number; valid: number }) => (c.valid > 0 ? `${formatShare(c.positive / c.valid)} (n = ${formatCount(c.valid)})` : "нет ответов");

export function MeasureEffectCard({ measureId, version }: { measureId: string; version: string }) {
  const state = useAsync(() => fetchMeasureEffect(measureId), [measureId, version]);
  const data = state.data?.measure === measureId ? state.data : undefined;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="effect-title" data-testid="effect-card">
      <Title order={3} size="h5" id="effect-title">
        Эффект меры
      </Title>
      {!data ? (
        <LoadState loading={state.loading} error={state.error} onRetry={state.reload} what="эффект" />
      ) : !data.effect ? (
        <Text size="sm" c="dimmed">
          {data.message}
        </Text>
      ) : (
        <Stack gap="xs" mt="xs">
          <div>
            <Text fw={700} size="lg" c={verdictColors[data.effect.verdict]} data-testid="effect-verdict" data-verdict={data.effect.verdict}>
              {data.effect.verdictText}
            </Text>
          </div>
          <Text size="sm">
            Окно до начала: {data.effect.windows.before.join(" — ")}; окно после окончания: {data.effect.windows.after.join(" — ")}. Сравнение:{" "}
            {data.effect.comparison}; доверительный интервал {Math.round(data.effect.confidence * 100)} %.
          </Text>
          {data.effect.reason && (
            <Text size="sm" c="#8a4b00">
              Почему: {data.effect.reason}
            </Text>
          )}
          <Table fz="sm" striped>
            <caption className="visually-hidden">Доля довольных до и после меры по каждому показателю</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Показатель</Table.Th>
                <Table.Th scope="col">До</Table.Th>
                <Table.Th scope="col">После</Table.Th>
                <Table.Th scope="col">Изменение у группы сравнения</Table.Th>
                <Table.Th scope="col">Эффект меры (разность разностей)</Table.Th>
                <Table.Th scope="col">Вывод</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.effect.indicators.map((i) => (
                <Table.Tr key={i.indicator}>
                  <Table.Th scope="row">
                    {i.indicator} {i.name}
                  </Table.Th>
                  <Table.Td>{share(i.unit.before)}</Table.Td>
                  <Table.Td>{share(i.unit.after)}</Table.Td>
                  <Table.Td>{i.comparisonChange ? `${formatPoints(i.comparisonChange.estimate)} п. п.` : "—"}</Table.Td>
                  <Table.Td data-testid={`effect-${i.indicator}`}>
                    {i.effect ? `${formatPoints(i.effect.estimate)} п. п. (ДИ ${formatPointsInterval(i.effect.ci)})` : "—"}
                  </Table.Td>
                  <Table.Td>{i.verdict === "confirmed" ? "подтверждён" : i.verdict === "not_confirmed" ? "не подтверждён" : "данных пока мало"}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Paper>
  );
}
