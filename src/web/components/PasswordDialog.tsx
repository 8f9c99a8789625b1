// The password change dialog: current password, new password twice, the server's rules in Russian.
import { Alert, Button, Group, Modal, PasswordInput, Stack } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { changePassword } from "../api/auth-api";

export function PasswordDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [repeat, setRepeat] = useState("");
  const [error, setError] = useState<string>();
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setCurrent("");
    setNext("");
    setRepeat("");
    setError(undefined);
    setDone(false);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    if (next !== repeat) return setError("Новый пароль и повтор не совпадают");
    setBusy(true);
    try {
      await changePassword(current, next);
      setDone(true);
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={close} title="Смена пароля" closeButtonProps={{ "aria-label": "Закрыть" }}>
      {done ? (
        <Stack>
          <Alert color="green" role="status">
            Пароль изменён. Другие сеансы этой учётной записи завершены.
          </Alert>
          <Button onClick={close}>Готово</Button>
        </Stack>
      ) : (
        <form onSubmit={submit}>
          <Stack>
            <PasswordInput
              label="Текущий пароль"
              autoComplete="current-password"
              required
              value={current}
              onChange={(e) => setCurrent(e.currentTarget.value)}
            />
            <PasswordInput
              label="Новый пароль"
              description="Не короче 10 символов и не совпадает с логином"
              autoComplete="new-password"
              required
              value={next}
              onChange={(e) => setNext(e.currentTarget.value)}
            />
            <PasswordInput
              label="Повторите новый пароль"
              autoComplete="new-password"
              required
              value={repeat}
              onChange={(e) => setRepeat(e.currentTarget.value)}
            />
            {error && (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Отмена
              </Button>
              <Button type="submit" loading={busy}>
                Сменить пароль
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
