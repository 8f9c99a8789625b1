// The themes of a unit's texts in the period: counts, shares, share among negative texts, the trend over the
// last periods and the badge of a «новая тема периода».
import { Alert, Anchor, Badge, Table, Text, Title } from "@mantine/core";
import type { UnitThemeSummary } from "../../api/voice-api";
import { periodLabel } from "../../format/periods";

const percent = (share: number) => `${(share * 100).toFixed(1).replace(".", ",")} %`;

function change(value: number | null): string {
  if (value === null) return "—";
  const points = value * 100;
  if (Math.abs(points) < 0.05) return "без изменений";
  return `${points > 0 ? "+" : "−"}${Math.abs(points).toFixed(1).replace(".", ",")} п.п.`;
}

export function ThemeSummaryTable({ summary, onTheme }: { summary: UnitThemeSummary; onTheme(code: string): void }) {
  return (
    <section aria-labelledby="voice-themes-title">
      <Title order={2} size="h4" id="voice-themes-title">
        Темы за {periodLabel(summary.period)}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        Текстов: {summary.total}, из них негативных: {summary.negative}. Тексты исключённых анкет не учитываются.
      </Text>
      {summary.emerging.length > 0 && (
        <Alert color="orange" title="Новые темы периода" mb="sm" data-testid="voice-emerging">
          {summary.emerging.map((e) => `${e.title}: ${percent(e.sharePrevious)} → ${percent(e.shareCurrent)} текстов`).join("; ")}
        </Alert>
      )}
      <Table striped withTableBorder data-testid="voice-summary">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Тема</Table.Th>
            <Table.Th ta="right">Текстов</Table.Th>
            <Table.Th ta="right">Доля</Table.Th>
            <Table.Th ta="right">Доля среди негативных</Table.Th>
            <Table.Th>Динамика ({summary.periods.map(periodLabel).join(" → ")})</Table.Th>
            <Table.Th>К прошлому периоду</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {summary.themes.map((t) => (
            <Table.Tr key={t.code}>
              <Table.Td>
                <Anchor component="button" type="button" size="sm" onClick={() => onTheme(t.code)}>
                  {t.title}
                </Anchor>
                {t.emerging && (
                  <Badge ml="xs" color="orange" size="sm">
                    новая тема периода
                  </Badge>
                )}
              </Table.Td>
              <Table.Td ta="right">{t.count}</Table.Td>
              <Table.Td ta="right">{percent(t.share)}</Table.Td>
              <Table.Td ta="right">{percent(t.negativeShare)}</Table.Td>
              <Table.Td>{t.trend.map((x) => x.count).join(" → ")}</Table.Td>
              <Table.Td>{change(t.change)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}
