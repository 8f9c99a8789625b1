// The audit trail in the administrator's scope, newest first, a page at a time: filters by action, user, object and
// dates; before/after shown as the fields that changed.
import { Button, Group, Select, Table, TextInput } from "@mantine/core";
import { useEffect, useState } from "react";
import { fetchAudit, type AuditEntry, type AuditFilters } from "../../api/admin-api";
import { EmptyState, LoadState } from "../../components/LoadState";
import { auditActionLabel, auditActionOptions } from "../../format/audit-actions";
import { auditDiff } from "../../format/audit-diff";
import { ScrollTable } from "../../components/ScrollTable";

const dateTime = new Intl.DateTimeFormat("ru-RU", { dateStyle: "short", timeStyle: "medium" });

const entityOptions = [
  { value: "unit", label: "подразделение" },
  { value: "user", label: "учётная запись" },
  { value: "methodology", label: "методика" },
  { value: "kiosk", label: "киоск" },
  { value: "objective", label: "объективные данные" },
  { value: "quality", label: "проверка данных" },
];

/** The changed fields of an entry, «было → стало». */
function Difference({ entry }: { entry: AuditEntry }) {
  const changes = auditDiff(entry.before, entry.after);
  if (changes.length === 0) return <>—</>;
  return (
    <ul className="audit-diff" data-testid="audit-diff">
      {changes.map((c) => (
        <li key={c.field}>
          <b>{c.field}</b>: <del>{c.before}</del> → <ins>{c.after}</ins>
        </li>
      ))}
    </ul>
  );
}

function Filters({ onApply }: { onApply: (filters: AuditFilters) => void }) {
  const [draft, setDraft] = useState<AuditFilters>({});
  const set = (key: keyof AuditFilters) => (value: string | null) => setDraft((d) => ({ ...d, [key]: value || undefined }));
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onApply(draft);
      }}
      data-testid="audit-filters"
    >
      <Group align="flex-end" gap="sm" wrap="wrap" mb="sm">
        <Select label="Действие" size="xs" w={260} searchable clearable data={auditActionOptions} value={draft.action ?? null} onChange={set("action")} />
        <TextInput label="Пользователь (логин)" size="xs" w={180} value={draft.actor ?? ""} onChange={(e) => set("actor")(e.currentTarget.value.trim())} />
        <Select label="Объект" size="xs" w={190} clearable data={entityOptions} value={draft.entity ?? null} onChange={set("entity")} />
        <TextInput label="С" type="date" size="xs" w={150} value={draft.from ?? ""} onChange={(e) => set("from")(e.currentTarget.value)} />
        <TextInput label="По" type="date" size="xs" w={150} value={draft.to ?? ""} onChange={(e) => set("to")(e.currentTarget.value)} />
        <Button type="submit" size="xs">
          Показать
        </Button>
      </Group>
    </form>
  );
}

export function AuditTab() {
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const [filters, setFilters] = useState<AuditFilters>({});
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<Error>();

  const load = async (before?: number, using: AuditFilters = filters) => {
    setLoading(true);
    setError(undefined);
    try {
      const page = await fetchAudit(before, using);
      setEntries((previous) => (before === undefined ? page.entries : [...previous, ...page.entries]));
      setNext(page.nextBefore);
    } catch (failure) {
      setError(failure as Error);
    } finally {
      setLoading(false);
    }
  };
  useEffect(() => {
    void load(undefined, filters);
  }, [filters]);

  return (
    <>
      <Filters onApply={setFilters} />
      {entries.length > 0 && (
        <ScrollTable label="Журнал действий" minWidth={900}>
          <Table striped fz="xs" data-testid="audit-table">
            <caption className="visually-hidden">Журнал изменений</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Когда</Table.Th>
                <Table.Th scope="col">Кто</Table.Th>
                <Table.Th scope="col">Действие</Table.Th>
                <Table.Th scope="col">Объект</Table.Th>
                <Table.Th scope="col">Что изменилось (было → стало)</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td>{dateTime.format(new Date(entry.at))}</Table.Td>
                  <Table.Td data-col="actor">{entry.actorLogin ?? "—"}</Table.Td>
                  <Table.Td title={entry.action} data-action={entry.action}>
                    {auditActionLabel(entry.action)}
                  </Table.Td>
                  <Table.Td>
                    {entityOptions.find((o) => o.value === entry.entity)?.label ?? entry.entity}
                    {entry.entityId ? ` ${entry.entityId}` : ""}
                  </Table.Td>
                  <Table.Td>
                    <Difference entry={entry} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
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
