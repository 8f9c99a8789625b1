// «Достоверность данных»: how many responses of the unit's subtree were flagged and what review decided.
import { Paper, Table, Text, Title } from "@mantine/core";
import { fetchTrust } from "../api/quality-api";
import { useAsync } from "../app/use-async";
import { formatCount, formatShare } from "../format/numbers";
import { LoadState } from "./LoadState";

/** `unit` undefined: the whole country. */
export function TrustCard({ unit, period }: { unit?: string; period: string }) {
  const state = useAsync(() => fetchTrust(period, unit), [period, unit]);
  const trust = state.data;
  const rows = trust
    ? [
        { label: "Отмечено проверкой", count: trust.flagged, share: trust.shares.flagged },
        { label: "Ожидают решения", count: trust.pending, share: trust.shares.pending },
        { label: "Исключение подтверждено", count: trust.confirmed, share: trust.shares.confirmed },
        { label: "Отметка снята", count: trust.cleared, share: trust.shares.cleared },
      ]
    : [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="trust-title" data-testid="trust-card">
      <Title order={2} size="h4" id="trust-title">
        Достоверность данных
      </Title>
      {!trust ? (
        <LoadState loading={state.loading} error={state.error} onRetry={state.reload} what="достоверность данных" />
      ) : (
        <>
          <Text size="sm" mt="xs">
            Ответов в опубликованных данных: <span data-testid="trust-published">{formatCount(trust.published)}</span> из{" "}
            <span data-testid="trust-raw">{formatCount(trust.raw)}</span> (исключено {formatCount(trust.excluded)})
          </Text>
          <Table mt="xs" withTableBorder={false}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Анкеты</Table.Th>
                <Table.Th ta="right">Число</Table.Th>
                <Table.Th ta="right">Доля от всех</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.label}>
                  <Table.Td>{row.label}</Table.Td>
                  <Table.Td ta="right">{formatCount(row.count)}</Table.Td>
                  <Table.Td ta="right">{formatShare(row.share ?? undefined)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Paper>
  );
}
