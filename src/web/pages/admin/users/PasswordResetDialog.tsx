// Sets a new password for another account (its sessions end); the server's rules and errors in Russian.
import { Alert, Button, Group, Modal, PasswordInput, Stack } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { setUserPassword, type UserListing } from "../../../api/admin-api";
import { passwordProblem } from "./account-rules";

export function PasswordResetDialog({ account, onClose }: { account: UserListing; onClose: () => void }) {
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [error, setError] = useState<string>();
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = passwordProblem(account.login, password) ?? (password !== repeat ? "Пароль и повтор не совпадают" : undefined);
    setError(problem);
    if (problem) return;
    setBusy(true);
    try {
      await setUserPassword(account.id, password);
      setDone(true);
    } catch (failure) {
      setError((failure as Error).message.replace(/^password: /, ""));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={`Новый пароль для ${account.login}`} closeButtonProps={{ "aria-label": "Закрыть" }}>
      {done ? (
        <Stack>
          <Alert color="green" role="status">
            Пароль задан. Все сеансы учётной записи {account.login} завершены.
          </Alert>
          <Button onClick={onClose}>Готово</Button>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <PasswordInput
              label="Новый пароль"
              name="new-password"
              description="Не короче 10 символов и не совпадает с логином"
              autoComplete="new-password"
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={error}
            />
            <PasswordInput
              label="Повторите пароль"
              name="repeat-password"
              autoComplete="new-password"
              required
              value={repeat}
              onChange={(e) => setRepeat(e.currentTarget.value)}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Отмена
              </Button>
              <Button type="submit" loading={busy}>
                Задать пароль
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
