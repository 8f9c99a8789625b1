// Accounts in the administrator's scope: role, scope, state; block and unblock (the server audits each change).
import { Alert, Button, Table } from "@mantine/core";
import { useState } from "react";
import { fetchUsers, setUserDisabled, type UserListing } from "../../api/admin-api";
import { useUser } from "../../app/auth-context";
import { useAsync } from "../../app/use-async";
import { EmptyState, LoadState } from "../../components/LoadState";
import { roleLabels } from "../../format/labels";

const dateTime = new Intl.DateTimeFormat("ru-RU", { dateStyle: "short", timeStyle: "short" });

function stateOf(user: UserListing): string {
  if (user.disabled) return "заблокирована";
  if (user.lockedUntil && new Date(user.lockedUntil) > new Date()) return "временно заблокирована (неверные пароли)";
  return "активна";
}

export function UsersTab() {
  const me = useUser();
  const state = useAsync(fetchUsers, []);
  const [error, setError] = useState<string>();
  if (!state.data) return <LoadState loading={state.loading} error={state.error} onRetry={state.reload} what="учётные записи" />;
  if (state.data.users.length === 0) return <EmptyState>Учётных записей нет.</EmptyState>;

  const toggle = async (user: UserListing) => {
    setError(undefined);
    try {
      await setUserDisabled(user.id, !user.disabled);
      state.reload();
    } catch (failure) {
      setError((failure as Error).message);
    }
  };

  return (
    <>
      {error && (
        <Alert color="red" role="alert" mb="sm">
          {error}
        </Alert>
      )}
      <Table.ScrollContainer minWidth={760}>
        <Table striped fz="sm" data-testid="users-table">
          <caption className="visually-hidden">Учётные записи</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Логин</Table.Th>
              <Table.Th scope="col">Имя</Table.Th>
              <Table.Th scope="col">Роль</Table.Th>
              <Table.Th scope="col">Зона доступа</Table.Th>
              <Table.Th scope="col">Состояние</Table.Th>
              <Table.Th scope="col">Последний вход</Table.Th>
              <Table.Th scope="col">Действие</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {state.data.users.map((user) => (
              <Table.Tr key={user.id}>
                <Table.Td>{user.login}</Table.Td>
                <Table.Td>{user.displayName}</Table.Td>
                <Table.Td>{roleLabels[user.role]}</Table.Td>
                <Table.Td>{user.scopeUnitName ?? "вся страна"}</Table.Td>
                <Table.Td>{stateOf(user)}</Table.Td>
                <Table.Td>{user.lastLoginAt ? dateTime.format(new Date(user.lastLoginAt)) : "—"}</Table.Td>
                <Table.Td>
                  {user.login !== me.login && (
                    <Button size="compact-xs" variant="outline" color={user.disabled ? "blue" : "red"} onClick={() => void toggle(user)}>
                      {user.disabled ? "Разблокировать" : "Заблокировать"}
                      <span className="visually-hidden"> {user.login}</span>
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
