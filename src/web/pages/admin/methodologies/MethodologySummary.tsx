// One methodology version read for people: its constants, the groups with their maxima and the indicators with their points and weights.
import { Badge, Code, Group, Stack, Table, Text, Title } from "@mantine/core";
import { fetchMethodology } from "../../../api/admin-api";
import { useAsync } from "../../../app/use-async";
import { LoadState } from "../../../components/LoadState";
import { formatNumber } from "../../../format/numbers";
import { readMethodology, sourceText } from "./methodology-summary";
import { ScrollTable } from "../../../components/ScrollTable";

export function MethodologySummary({ id }: { id: string }) {
  const state = useAsync(() => fetchMethodology(id), [id]);
  if (!state.data || state.data.id !== id) return <LoadState loading={state.loading} error={state.error} onRetry={state.reload} what="версию методики" />;
  const version = state.data;
  const m = readMethodology(version.body);
  return (
    <Stack gap="sm" data-testid="methodology-summary" data-version={version.id}>
      <Group gap="xs">
        <Title order={2} size="h4">
          Версия {version.id}
        </Title>
        {version.active && <Badge color="green">действует</Badge>}
      </Group>
      <Text size="sm">{version.title}</Text>
      <Table fz="sm" w="auto" variant="vertical" withTableBorder>
        <caption className="visually-hidden">Основные параметры версии {version.id}</caption>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th scope="row">Сумма баллов индекса</Table.Th>
            <Table.Td>{formatNumber(m.total)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">Шкала ответов</Table.Th>
            <Table.Td>{m.scale}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">Минимальная выборка</Table.Th>
            <Table.Td>{m.minSample ?? "—"}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">Пороги звёзд, % от максимума</Table.Th>
            <Table.Td>{m.starThresholds.length > 0 ? m.starThresholds.join(" / ") : "—"}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <ScrollTable label="Методика: показатели" minWidth={760}>
        <Table fz="sm" striped data-testid="methodology-indicators">
          <caption>Группы и показатели: максимальные баллы и вес опроса (доля опроса в значении показателя, когда есть и опрос, и объективные данные)</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Код</Table.Th>
              <Table.Th scope="col">Показатель</Table.Th>
              <Table.Th scope="col">Максимум, баллов</Table.Th>
              <Table.Th scope="col">Вес опроса</Table.Th>
              <Table.Th scope="col">Источники</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {m.groups.map((group) => [
              <Table.Tr key={`group-${group.code}`} data-group={group.code}>
                <Table.Th scope="rowgroup">{group.code}</Table.Th>
                <Table.Th scope="rowgroup">{group.name}</Table.Th>
                <Table.Td fw={700}>{formatNumber(group.max)}</Table.Td>
                <Table.Td />
                <Table.Td />
              </Table.Tr>,
              ...group.indicators.map((indicator) => (
                <Table.Tr key={indicator.code} data-indicator={indicator.code}>
                  <Table.Td>{indicator.code}</Table.Td>
                  <Table.Td>{indicator.name}</Table.Td>
                  <Table.Td data-col="max">{formatNumber(indicator.max)}</Table.Td>
                  <Table.Td data-col="survey-weight">{indicator.surveyWeight === undefined ? "—" : formatNumber(indicator.surveyWeight)}</Table.Td>
                  <Table.Td>{sourceText(indicator)}</Table.Td>
                </Table.Tr>
              )),
            ])}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      <details>
        <summary>Документ версии целиком (JSON)</summary>
        <Code block mah={400} style={{ overflow: "auto" }}>
          {JSON.stringify(version.body, null, 2)}
        </Code>
      </details>
    </Stack>
  );
}
