// The audit trail in the administrator's scope, newest first, a page at a time.
import { Button, Code, Table } from "@mantine/core";
import { useEffect, useState } from "react";
import { fetchAudit, type AuditEntry } from "../../api/admin-api";
import { EmptyState, LoadState } from "../../components/LoadState";
import { auditActionLabel } from "../../format/audit-actions";

const dateTime = new Intl.DateTimeFormat("ru-RU", { dateStyle: "short", timeStyle: "medium" });

function Change({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <>—</>;
  return <Code block>{JSON.stringify(value, null, 1)}</Code>;
}

export function AuditTab() {
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<Error>();

  const load = async (before?: number) => {
    setLoading(true);
    setError(undefined);
    try {
      const page = await fetchAudit(before);
      setEntries((previous) => (before === undefined ? page.entries : [...previous, ...page.entries]));
      setNext(page.nextBefore);
    } catch (failure) {
      setError(failure as Error);
    } finally {
      setLoading(false);
    }
  };
  useEffect(() => {
    void load();
  }, []);

  return (
    <>
      {entries.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table striped fz="xs" data-testid="audit-table">
            <caption className="visually-hidden">Журнал изменений</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Когда</Table.Th>
                <Table.Th scope="col">Кто</Table.Th>
                <Table.Th scope="col">Действие</Table.Th>
                <Table.Th scope="col">Объект</Table.Th>
                <Table.Th scope="col">Было</Table.Th>
                <Table.Th scope="col">Стало</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td>{dateTime.format(new Date(entry.at))}</Table.Td>
                  <Table.Td>{entry.actorLogin ?? "—"}</Table.Td>
                  <Table.Td title={entry.action} data-action={entry.action}>
                    {auditActionLabel(entry.action)}
                  </Table.Td>
                  <Table.Td>
                    {entry.entity}
                    {entry.entityId ? ` ${entry.entityId}` : ""}
                  </Table.Td>
                  <Table.Td>
                    <Change value={entry.before} />
                  </Table.Td>
                  <Table.Td>
                    <Change value={entry.after} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {!loading && !error && entries.length === 0 && <EmptyState>Записей нет.</EmptyState>}
      <LoadState loading={loading} error={error} onRetry={() => void load()} what="журнал изменений" />
      {next !== null && !loading && (
        <Button mt="sm" variant="outline" onClick={() => void load(next)}>
          Показать ещё
        </Button>
      )}
    </>
  );
}
