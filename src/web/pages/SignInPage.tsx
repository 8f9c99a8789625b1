// The sign-in page: login and password, the server's Russian errors (wrong password, lock-out).
import { Alert, Button, Container, Paper, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { useEffect, useState, type FormEvent } from "react";
import { useAuth } from "../app/auth-context";

export function SignInPage() {
  const { signIn, notice } = useAuth();
  const [login, setLogin] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    document.title = "Вход — Звезда клиентоцентричности ЦЗН";
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setBusy(true);
    try {
      await signIn(login.trim(), password);
    } catch (failure) {
      setError((failure as Error).message);
      setPassword("");
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main">
      <Container size={420} py={60}>
        <Title order={1} ta="center" size="h2">
          <span aria-hidden="true" className="stars">
            ★{" "}
          </span>
          Звезда клиентоцентричности ЦЗН
        </Title>
        <Text ta="center" mt="xs">
          Вход для сотрудников службы занятости
        </Text>
        <Paper withBorder shadow="sm" p="lg" mt="lg">
          <form onSubmit={submit} aria-label="Вход в систему">
            <Stack>
              {notice && !error && (
                <Alert color="blue" role="status">
                  {notice}
                </Alert>
              )}
              <TextInput label="Логин" name="login" autoComplete="username" required value={login} onChange={(e) => setLogin(e.currentTarget.value)} />
              <PasswordInput
                label="Пароль"
                name="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
              />
              {error && (
                <Alert color="red" role="alert" data-testid="sign-in-error">
                  {error}
                </Alert>
              )}
              <Button type="submit" loading={busy} fullWidth>
                Войти
              </Button>
            </Stack>
          </form>
        </Paper>
        <Text size="sm" ta="center" mt="md">
          <a href="/">На главную</a>
        </Text>
      </Container>
    </main>
  );
}
