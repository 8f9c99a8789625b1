// The country page's list of indicators that are pain points in most regions (federal roles).
import { Badge, Paper, Table, Text, Title } from "@mantine/core";
import type { ViewName } from "../../../contract/dashboard";
import { fetchCountryPain } from "../../api/pain-points-api";
import { useAsync } from "../../app/use-async";
import { EmptyState, LoadState } from "../../components/LoadState";
import { formatNumber, formatShare } from "../../format/numbers";
import { ScrollTable } from "../../components/ScrollTable";

export function CountryPainSection({ period, view }: { period: string; view: ViewName }) {
  const state = useAsync(() => fetchCountryPain({ period, view }), [period, view]);
  const wide = state.data?.period === period && state.data.view === view ? state.data : undefined;
  const hurting = wide?.indicators.filter((i) => i.regions.length > 0) ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="country-pain-title" data-testid="country-pain" aria-busy={state.loading}>
      <Title order={2} size="h4" id="country-pain-title">
        Проблемные точки страны
      </Title>
      {!wide ? (
        <LoadState loading={state.loading} error={state.error} onRetry={state.reload} what="проблемные точки страны" />
      ) : hurting.length === 0 ? (
        <EmptyState>Ни в одном регионе значимых отставаний не найдено.</EmptyState>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            Показатели, которые значимо отстают в регионах (из {wide.regions} с результатами); «в большинстве регионов» — от {formatShare(wide.threshold)}{" "}
            регионов.
          </Text>
          <ScrollTable label="Проблемные точки страны" minWidth={720} mt="sm">
            <Table fz="sm" striped data-testid="country-pain-table">
              <caption className="visually-hidden">Показатели по числу регионов, где они — проблемная точка</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Показатель</Table.Th>
                  <Table.Th scope="col" className="num">
                    Регионов
                  </Table.Th>
                  <Table.Th scope="col" className="num">
                    Доля
                  </Table.Th>
                  <Table.Th scope="col" className="num">
                    Баллов в среднем
                  </Table.Th>
                  <Table.Th scope="col">Регионы</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {hurting.map((i) => (
                  <Table.Tr key={i.code} data-indicator={i.code} data-most={i.most}>
                    <Table.Th scope="row" fw={400}>
                      <strong>{i.code}</strong> {i.name}{" "}
                      {i.most && (
                        <Badge color="red.9" variant="filled" size="sm">
                          в большинстве регионов
                        </Badge>
                      )}
                    </Table.Th>
                    <Table.Td className="num">
                      {i.regions.length} из {wide.regions}
                    </Table.Td>
                    <Table.Td className="num">{formatShare(i.share)}</Table.Td>
                    <Table.Td className="num">{formatNumber(i.meanPoints)}</Table.Td>
                    <Table.Td>{i.regions.map((r) => r.name).join(", ")}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        </>
      )}
    </Paper>
  );
}
