// The account form in a dialog: a new account (login, name, role, scope, initial password) or an existing one's name, role and scope.
import { Alert, Button, Group, Modal, NativeSelect, PasswordInput, Stack, TextInput } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { createUser, updateUser, type AccountPatch, type ScopeUnit, type UserListing } from "../../../api/admin-api";
import type { Role } from "../../../api/auth-api";
import {
  fieldOfMessage,
  grantableRoles,
  isFederalRole,
  loginPattern,
  loginPatternMessage,
  passwordProblem,
  roleOptions,
  scopeOptions,
  scopeUnitsFor,
  withoutPath,
  type AccountField,
} from "./account-rules";

type Errors = Partial<Record<AccountField | "form", string>>;

interface Props {
  callerRole: Role;
  units: readonly ScopeUnit[];
  /** The account to edit; undefined to create one. */
  account?: UserListing;
  /** Whether the account is the caller's own (only the name may change then). */
  own?: boolean;
  onClose: () => void;
  onSaved: () => void;
}

export function AccountDialog({ callerRole, units, account, own = false, onClose, onSaved }: Props) {
  const roles = grantableRoles(callerRole);
  const [login, setLogin] = useState(account?.login ?? "");
  const [displayName, setDisplayName] = useState(account?.displayName ?? "");
  const [role, setRole] = useState<Role>(account?.role ?? roles[roles.length - 1] ?? "unit_manager");
  const [scope, setScope] = useState(account?.scopeUnitId ?? "");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const creating = account === undefined;
  // The server refuses changing one's own grant, and a grant the caller could not give it cannot change either.
  const grantEditable = !own && roles.includes(role);

  const changeRole = (next: Role) => {
    setRole(next);
    if (!scopeUnitsFor(next, units).some((unit) => unit.id === scope)) setScope("");
  };

  const localErrors = (): Errors => {
    const found: Errors = {};
    if (creating && !loginPattern.test(login.trim())) found.login = loginPatternMessage;
    if (displayName.trim() === "") found.displayName = "Укажите имя";
    if (!isFederalRole(role) && scope === "") found.scopeUnitId = role === "regional_admin" ? "Выберите субъект РФ" : "Выберите центр занятости";
    const problem = creating ? passwordProblem(login, password) : undefined;
    if (problem) found.password = problem;
    return found;
  };

  const patch = (): AccountPatch => {
    const changes: AccountPatch = {};
    if (displayName.trim() !== account?.displayName) changes.displayName = displayName.trim();
    if (grantEditable && role !== account?.role) changes.role = role;
    const scopeUnitId = isFederalRole(role) ? null : scope;
    if (grantEditable && scopeUnitId !== account?.scopeUnitId) changes.scopeUnitId = scopeUnitId;
    return changes;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = localErrors();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      if (creating) await createUser({ login: login.trim(), displayName: displayName.trim(), role, scopeUnitId: isFederalRole(role) ? null : scope, password });
      else {
        const changes = patch();
        if (Object.keys(changes).length > 0) await updateUser(account.id, changes);
      }
      onSaved();
    } catch (failure) {
      const message = (failure as Error).message;
      setErrors({ [fieldOfMessage(message) ?? "form"]: withoutPath(message) });
    } finally {
      setBusy(false);
    }
  };

  const title = creating ? "Новая учётная запись" : `Учётная запись ${account.login}`;
  return (
    <Modal opened onClose={onClose} title={title} closeButtonProps={{ "aria-label": "Закрыть" }}>
      <form onSubmit={submit} noValidate data-testid="account-form">
        <Stack>
          {creating && (
            <TextInput
              label="Логин"
              name="login"
              required
              autoComplete="off"
              description="Латинские буквы, цифры и знаки . _ @ -"
              value={login}
              onChange={(e) => setLogin(e.currentTarget.value)}
              error={errors.login}
            />
          )}
          <TextInput
            label="Имя"
            name="displayName"
            required
            value={displayName}
            onChange={(e) => setDisplayName(e.currentTarget.value)}
            error={errors.displayName}
          />
          {grantEditable || creating ? (
            <NativeSelect
              label="Роль"
              name="role"
              data={roleOptions(roles)}
              value={role}
              onChange={(e) => changeRole(e.currentTarget.value as Role)}
              error={errors.role}
            />
          ) : (
            own && <Alert color="gray">Свою роль и зону доступа изменить нельзя.</Alert>
          )}
          {(grantEditable || creating) && !isFederalRole(role) && (
            <NativeSelect
              label={role === "regional_admin" ? "Субъект РФ" : "Центр занятости"}
              name="scopeUnitId"
              required
              data={[{ value: "", label: "— выберите —" }, ...scopeOptions(role, units)]}
              value={scope}
              onChange={(e) => setScope(e.currentTarget.value)}
              error={errors.scopeUnitId}
            />
          )}
          {creating && (
            <PasswordInput
              label="Начальный пароль"
              name="password"
              required
              autoComplete="new-password"
              description="Не короче 10 символов и не совпадает с логином"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={errors.password}
            />
          )}
          {errors.form && (
            <Alert color="red" role="alert">
              {errors.form}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Отмена
            </Button>
            <Button type="submit" loading={busy}>
              {creating ? "Создать" : "Сохранить"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
