// The methodology versions: which one is in force, when each was added.
import { Table } from "@mantine/core";
import { fetchMethodologies } from "../../api/admin-api";
import { useAsync } from "../../app/use-async";
import { EmptyState, LoadState } from "../../components/LoadState";

const date = new Intl.DateTimeFormat("ru-RU", { dateStyle: "long" });

export function MethodologiesTab() {
  const state = useAsync(fetchMethodologies, []);
  if (!state.data) return <LoadState loading={state.loading} error={state.error} onRetry={state.reload} what="версии методики" />;
  if (state.data.methodologies.length === 0) return <EmptyState>Версий методики нет.</EmptyState>;
  return (
    <Table striped fz="sm" data-testid="methodologies-table">
      <caption className="visually-hidden">Версии методики</caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Версия</Table.Th>
          <Table.Th scope="col">Название</Table.Th>
          <Table.Th scope="col">Добавлена</Table.Th>
          <Table.Th scope="col">Статус</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {state.data.methodologies.map((m) => (
          <Table.Tr key={m.id}>
            <Table.Td>{m.id}</Table.Td>
            <Table.Td>{m.title}</Table.Td>
            <Table.Td>{date.format(new Date(m.createdAt))}</Table.Td>
            <Table.Td>{m.active ? <strong>действует</strong> : "не действует"}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
