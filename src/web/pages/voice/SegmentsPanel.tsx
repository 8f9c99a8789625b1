// «Сегменты»: the index and every indicator by the respondents' profile and preferred channel, with intervals;
// groups under ten respondents hidden; «кто доволен меньше всех» across the unit and the units below it.
import { Alert, Badge, SegmentedControl, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { fetchLeastSatisfied, fetchSegments, type RespondentView, type SegmentsResponse } from "../../api/voice-cx-api";
import { useAsync } from "../../app/use-async";
import { LoadState } from "../../components/LoadState";
import { interval, points, share, starText, viewTitles } from "./cx-format";

type Table_ = SegmentsResponse["tables"][number];

function DimensionTable({ table, view }: { table: Table_; view: RespondentView }) {
  const indicators = table.overall.indicators?.filter((i) => i.survey) ?? [];
  return (
    <section aria-label={table.dimension.title}>
      <Title order={3} size="h5">
        {table.dimension.title}
        {table.dimension.multi ? " (можно несколько ответов)" : ""}
      </Title>
      <div style={{ overflowX: "auto" }} tabIndex={0} role="region" aria-label={`Таблица: ${table.dimension.title}`}>
        <Table striped withTableBorder data-testid={`segment-${view}-${table.dimension.key}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Группа</Table.Th>
              <Table.Th ta="right">Респондентов</Table.Th>
              <Table.Th ta="right">Индекс</Table.Th>
              <Table.Th>95 % интервал</Table.Th>
              <Table.Th>Звёзды</Table.Th>
              {indicators.map((i) => (
                <Table.Th key={i.code} ta="right" title={i.name}>
                  {i.code}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[{ value: "", label: "Все респонденты", ...table.overall }, ...table.cells].map((c) => (
              <Table.Tr key={c.value || "all"}>
                <Table.Td>
                  {c.label}
                  {"belowOverall" in c && c.belowOverall && (
                    <Badge ml="xs" color="red" size="sm">
                      ниже среднего
                    </Badge>
                  )}
                </Table.Td>
                {c.suppressed ? (
                  <Table.Td colSpan={4 + indicators.length}>
                    <Text size="sm" c="dimmed">
                      меньше 10 человек — скрыто
                    </Text>
                  </Table.Td>
                ) : (
                  <>
                    <Table.Td ta="right">{c.n}</Table.Td>
                    <Table.Td ta="right">{points(c.index)}</Table.Td>
                    <Table.Td>{interval(c.ci)}</Table.Td>
                    <Table.Td>{starText(c.stars)}</Table.Td>
                    {indicators.map((i) => {
                      const s = c.indicators?.find((x) => x.code === i.code)?.survey;
                      return (
                        <Table.Td key={i.code} ta="right" title={s ? `${interval(s.ci.map((x) => x * 100) as [number, number])} %` : undefined}>
                          {s ? share(s.share) : "—"}
                        </Table.Td>
                      );
                    })}
                  </>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </section>
  );
}

export function SegmentsPanel({ unit, period }: { unit: string; period: string }) {
  const [view, setView] = useState<RespondentView>("seeker");
  const segments = useAsync(() => fetchSegments(unit, period, view), [unit, period, view]);
  const least = useAsync(() => fetchLeastSatisfied(unit, period, view), [unit, period, view]);
  return (
    <Stack gap="md">
      <SegmentedControl
        aria-label="Срез респондентов"
        value={view}
        onChange={(v) => setView(v as RespondentView)}
        data={[
          { value: "seeker", label: viewTitles.seeker },
          { value: "employer", label: viewTitles.employer },
        ]}
        w="fit-content"
      />
      <section aria-labelledby="least-title">
        <Title order={2} size="h4" id="least-title">
          Кто доволен меньше всех
        </Title>
        {least.data ? (
          least.data.groups.length === 0 ? (
            <Text size="sm" c="dimmed">
              Нет групп от 10 респондентов.
            </Text>
          ) : (
            <Table withTableBorder data-testid="segment-least">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Подразделение</Table.Th>
                  <Table.Th>Группа</Table.Th>
                  <Table.Th ta="right">Респондентов</Table.Th>
                  <Table.Th ta="right">Индекс</Table.Th>
                  <Table.Th>Интервал</Table.Th>
                  <Table.Th ta="right">Разрыв с подразделением</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {least.data.groups.map((g) => (
                  <Table.Tr key={`${g.unit.id}-${g.dimension}-${g.value}`}>
                    <Table.Td>{g.unit.name}</Table.Td>
                    <Table.Td>
                      {g.dimensionTitle}: {g.label}
                      {g.belowOverall && (
                        <Badge ml="xs" color="red" size="sm">
                          значимо ниже
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{g.n}</Table.Td>
                    <Table.Td ta="right">{points(g.index)}</Table.Td>
                    <Table.Td>{interval(g.ci)}</Table.Td>
                    <Table.Td ta="right">{points(g.gap)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        ) : (
          <LoadState loading={least.loading} error={least.error} onRetry={least.reload} what="группы" />
        )}
      </section>
      {segments.data ? (
        <>
          {segments.data.truncated && <Alert color="yellow">Анкет больше предела одного запроса: посчитана только часть.</Alert>}
          <Text size="sm" c="dimmed">
            Индекс в баллах с 95 % интервалом; по показателям — доля положительных ответов. Группы меньше {segments.data.minRespondents} человек скрыты, чтобы
            никого нельзя было узнать.
          </Text>
          {segments.data.tables.map((t) => (
            <DimensionTable key={t.dimension.key} table={t} view={view} />
          ))}
        </>
      ) : (
        <LoadState loading={segments.loading} error={segments.error} onRetry={segments.reload} what="сегменты" />
      )}
    </Stack>
  );
}
