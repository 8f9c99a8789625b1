// One pain point: its sentence, priority, gap with the 95 % interval, recoverable points, trend; its evidence on demand
// and what worked elsewhere for the same indicator.
import { Badge, Button, Card, Group, Stack, Text } from "@mantine/core";
import { useId, useState } from "react";
import type { PainPointItem } from "../../../contract/pain-points";
import { formatNumber } from "../../format/numbers";
import { formatPoints, formatPointsInterval } from "../../format/points";
import { IndicatorEvidence } from "./IndicatorEvidence";
import { PracticeSuggestions } from "./PracticeSuggestions";

const trendArrows: Record<PainPointItem["trend"], string> = { up: "▲", down: "▼", flat: "=", unknown: "" };

export function PainPointCard({ unit, period, point }: { unit: string; period: string; point: PainPointItem }) {
  const [open, setOpen] = useState(false);
  const evidenceId = useId();
  const gapText =
    point.part === "survey" ? `${formatPoints(point.gap)} п. п. (95 % ДИ ${formatPointsInterval(point.interval)})` : `${formatPoints(point.gap)} п. п. до цели`;
  return (
    <Card withBorder padding="sm" data-testid="pain-card" data-indicator={point.indicator} data-priority={point.priority}>
      <Stack gap={6}>
        <Group gap="xs">
          <Badge color={point.priority === "now" ? "red.9" : "gray.7"} variant="filled" data-testid="pain-priority">
            {point.priorityLabel}
          </Badge>
          <Text fw={600}>
            {point.indicator} {point.name}
          </Text>
          <Text size="sm" c="dimmed">
            {point.view === "seeker" ? "соискатели" : "работодатели"} · {point.part === "survey" ? "опрос" : "объективная часть"}
          </Text>
        </Group>
        <Text data-testid="pain-sentence">{point.sentence}</Text>
        <Group gap="lg">
          <Text size="sm" data-testid="pain-gap">
            Отставание: {gapText}
          </Text>
          <Text size="sm" data-testid="pain-points-recoverable">
            Можно вернуть: +{formatNumber(point.points)} балла индекса
          </Text>
          <Text size="sm" data-testid="pain-trend">
            Динамика: <span aria-hidden="true">{trendArrows[point.trend]}</span> {point.trendLabel}
          </Text>
        </Group>
        <PracticeSuggestions indicator={point.indicator} view={point.view} />
        <Group>
          <Button
            size="xs"
            variant="light"
            onClick={() => setOpen((o) => !o)}
            aria-expanded={open}
            aria-controls={evidenceId}
            data-testid="pain-evidence-toggle"
          >
            {open ? "Скрыть доказательства" : "Доказательства: ответы, динамика, примечания"}
          </Button>
        </Group>
        <div id={evidenceId}>{open && <IndicatorEvidence unit={unit} period={period} view={point.view} indicator={point.indicator} />}</div>
      </Stack>
    </Card>
  );
}
