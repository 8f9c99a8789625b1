// Accounts in the administrator's scope: create, edit role/scope/name, set a password, block and unblock (the server audits each change).
import { Alert, Button, Group, Table } from "@mantine/core";
import { useState } from "react";
import { fetchScopeUnits, fetchUsers, setUserDisabled, type UserListing } from "../../api/admin-api";
import { useUser } from "../../app/auth-context";
import { useAsync } from "../../app/use-async";
import { EmptyState, LoadState } from "../../components/LoadState";
import { roleLabels } from "../../format/labels";
import { AccountDialog } from "./users/AccountDialog";
import { PasswordResetDialog } from "./users/PasswordResetDialog";
import { ScrollTable } from "../../components/ScrollTable";

const dateTime = new Intl.DateTimeFormat("ru-RU", { dateStyle: "short", timeStyle: "short" });

function stateOf(user: UserListing): string {
  if (user.disabled) return "заблокирована";
  if (user.lockedUntil && new Date(user.lockedUntil) > new Date()) return "временно заблокирована (неверные пароли)";
  return "активна";
}

type Dialog = { kind: "create" } | { kind: "edit"; user: UserListing } | { kind: "password"; user: UserListing };

export function UsersTab() {
  const me = useUser();
  const state = useAsync(fetchUsers, []);
  const units = useAsync(fetchScopeUnits, []);
  const [dialog, setDialog] = useState<Dialog>();
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  if (!state.data) return <LoadState loading={state.loading} error={state.error} onRetry={state.reload} what="учётные записи" />;

  const run = async (action: () => Promise<unknown>, done: string) => {
    setError(undefined);
    setNotice(undefined);
    try {
      await action();
      setNotice(done);
      state.reload();
    } catch (failure) {
      setError((failure as Error).message);
    }
  };
  const toggle = (user: UserListing) =>
    run(() => setUserDisabled(user.id, !user.disabled), `Учётная запись ${user.login} ${user.disabled ? "разблокирована" : "заблокирована"}`);
  const saved = (done: string) => {
    setDialog(undefined);
    setError(undefined);
    setNotice(done);
    state.reload();
  };

  return (
    <>
      <Group mb="sm">
        <Button onClick={() => setDialog({ kind: "create" })} disabled={!units.data}>
          Создать учётную запись
        </Button>
      </Group>
      {units.error && <LoadState loading={false} error={units.error} onRetry={units.reload} what="подразделения" />}
      {error && (
        <Alert color="red" role="alert" mb="sm">
          {error}
        </Alert>
      )}
      {notice && (
        <Alert color="green" role="status" mb="sm" data-testid="users-notice">
          {notice}
        </Alert>
      )}
      {state.data.users.length === 0 ? (
        <EmptyState>Учётных записей нет.</EmptyState>
      ) : (
        <ScrollTable label="Учётные записи" minWidth={900}>
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
                <Table.Th scope="col">Действия</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {state.data.users.map((user) => {
                const own = user.login === me.login;
                return (
                  <Table.Tr key={user.id} data-login={user.login}>
                    <Table.Td>{user.login}</Table.Td>
                    <Table.Td>{user.displayName}</Table.Td>
                    <Table.Td>{roleLabels[user.role]}</Table.Td>
                    <Table.Td>{user.scopeUnitName ?? "вся страна"}</Table.Td>
                    <Table.Td data-col="state">{stateOf(user)}</Table.Td>
                    <Table.Td>{user.lastLoginAt ? dateTime.format(new Date(user.lastLoginAt)) : "—"}</Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button size="compact-xs" variant="outline" onClick={() => setDialog({ kind: "edit", user })} disabled={!units.data}>
                          Изменить
                          <span className="visually-hidden"> {user.login}</span>
                        </Button>
                        {!own && (
                          <>
                            <Button size="compact-xs" variant="outline" onClick={() => setDialog({ kind: "password", user })}>
                              Задать пароль
                              <span className="visually-hidden"> {user.login}</span>
                            </Button>
                            <Button size="compact-xs" variant="outline" color={user.disabled ? "blue" : "red"} onClick={() => void toggle(user)}>
                              {user.disabled ? "Разблокировать" : "Заблокировать"}
                              <span className="visually-hidden"> {user.login}</span>
                            </Button>
                          </>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      {dialog?.kind === "create" && units.data && (
        <AccountDialog callerRole={me.role} units={units.data.units} onClose={() => setDialog(undefined)} onSaved={() => saved("Учётная запись создана")} />
      )}
      {dialog?.kind === "edit" && units.data && (
        <AccountDialog
          callerRole={me.role}
          units={units.data.units}
          account={dialog.user}
          own={dialog.user.login === me.login}
          onClose={() => setDialog(undefined)}
          onSaved={() => saved(`Учётная запись ${dialog.user.login} изменена`)}
        />
      )}
      {dialog?.kind === "password" && <PasswordResetDialog account={dialog.user} onClose={() => setDialog(undefined)} />}
    </>
  );
}
