// The index card of a unit: index out of 50 and 100, stars, interval, n, status, rank and change.
import { Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { Figures, UnderReview, UnitRanks } from "../../contract/dashboard";
import { useIndexScale } from "../app/dashboard-context";
import { statusLabels } from "../format/labels";
import { formatCount, formatInterval, formatNumber } from "../format/numbers";
import { ChangeText } from "./ChangeText";
import { Stars } from "./Stars";
import { UnderReviewNote } from "./UnderReviewNote";

export interface IndexCardProps {
  figures: Figures;
  previous?: Figures | undefined;
  previousLabel: string;
  /** Whether the change is beyond its interval (absent: not known). */
  changeSignificant?: boolean | undefined;
  underReview?: UnderReview | undefined;
  /** A centre's places in its region's and the country's rating of its kind. */
  ranks?: UnitRanks | undefined;
}

export function IndexCard({ figures, previous, previousLabel, changeSignificant, underReview, ranks }: IndexCardProps) {
  // Stars and ranks only for a reliable figure: not for «мало ответов» or incomplete data.
  const reliable = figures.status === "ok";
  const { total } = useIndexScale();
  const change = figures.index !== undefined && previous?.index !== undefined ? figures.index - previous.index : undefined;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="index-card-title" data-testid="index-card">
      <Title order={2} size="h4" id="index-card-title">
        Индекс клиентоцентричности
      </Title>
      {figures.index === undefined ? (
        <Text mt="sm">
          Индекс не рассчитан:{" "}
          {figures.status === "empty" ? "нет ответов за период" : `данных недостаточно (покрытие групп ${formatNumber(figures.coverage * 100)} %)`}.
        </Text>
      ) : (
        <Stack gap={4} mt="sm">
          <Group align="baseline" gap="xs">
            <Text fz={36} fw={700} lh={1} data-testid="index-value">
              {formatNumber(figures.index)}
            </Text>
            <Text>из {total}</Text>
          </Group>
          <Text>
            <span data-testid="percent-value">{formatNumber(figures.percent)}</span> из 100
            {reliable ? (
              <>
                {" · "}
                <Stars count={figures.stars} />
              </>
            ) : (
              <> · звёзды не присваиваются: {statusLabels[figures.status]}</>
            )}
          </Text>
          <Text size="sm">95 % доверительный интервал: {formatInterval(figures.ci)}</Text>
        </Stack>
      )}
      <UnderReviewNote review={underReview} />
      <Stack gap={4} mt="sm">
        <Text size="sm">
          Ответов: <span data-testid="n-value">{formatCount(figures.n)}</span>
        </Text>
        <Group gap="xs">
          <Text size="sm" fw={600} className={`status status-${figures.status}`} data-testid="status">
            {statusLabels[figures.status]}
          </Text>
          {reliable && ranks && (
            <Text size="sm" data-testid="unit-ranks">
              Место в регионе ({ranks.region.name}): {ranks.region.rank} из {formatCount(ranks.region.of)} · в стране: {ranks.country.rank} из{" "}
              {formatCount(ranks.country.of)}
            </Text>
          )}
          {reliable && !ranks && figures.rank !== undefined && (
            <Text size="sm">
              Место: {figures.rank}
              {figures.rankOf !== undefined ? ` из ${figures.rankOf}` : ""}
            </Text>
          )}
        </Group>
        <Text size="sm">
          Изменение к периоду «{previousLabel}»: <ChangeText change={change} significant={changeSignificant} />
        </Text>
      </Stack>
    </Paper>
  );
}
