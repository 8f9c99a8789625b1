// Says which period is shown when it is not the obvious one: an address naming no period with data, or a
// default that stays on the last period with an index while a newer one has only a few responses.
import { Alert, Button, Group, Text } from "@mantine/core";
import { useDashboard } from "../app/dashboard-context";
import { useViewParams } from "../app/view-params";
import { periodKind, periodLabel } from "../format/periods";

export function PeriodNotice() {
  const { defaultPeriod, latestPeriod, homeHasResult, home } = useDashboard();
  const { period, invalidPeriod, update } = useViewParams();
  if (invalidPeriod !== undefined) {
    const why = periodKind(invalidPeriod) === undefined ? "такого периода нет — проверьте адрес" : "за этот период нет ни одного ответа";
    return (
      <Alert color="blue" variant="light" data-testid="period-notice" role="status">
        <Text size="sm" fw={600}>
          Период из адреса не показан
        </Text>
        <Text size="sm">
          В адресе указан период «{invalidPeriod}»: {why}. Показан период «{periodLabel(period)}».
        </Text>
      </Alert>
    );
  }
  if (period !== defaultPeriod || latestPeriod === defaultPeriod || !homeHasResult) return null;
  return (
    <Alert color="blue" variant="light" data-testid="period-notice" role="status">
      <Group justify="space-between" gap="xs">
        <Text size="sm">
          Показан «{periodLabel(period)}» — последний период, за который рассчитан индекс: {home.name}. За «{periodLabel(latestPeriod)}» ответов пока
          недостаточно для расчёта.
        </Text>
        <Button size="xs" variant="default" onClick={() => update({ period: latestPeriod })}>
          Открыть {periodLabel(latestPeriod)}
        </Button>
      </Group>
    </Alert>
  );
}
