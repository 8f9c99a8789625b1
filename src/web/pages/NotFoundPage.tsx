// «Not found»: an unknown address, or a unit outside the user's scope (the server answers both alike).
import { Anchor, Stack, Text, Title } from "@mantine/core";
import { useEffect } from "react";
import { Link } from "react-router-dom";

export function NotFoundPage({ message = "Такой страницы нет." }: { message?: string }) {
  useEffect(() => {
    document.title = "Не найдено — Звезда ЦЗН";
  }, []);
  return (
    <Stack py="xl" data-testid="not-found">
      <Title order={1}>Не найдено</Title>
      <Text>{message}</Text>
      <Anchor component={Link} to="/">
        На главную страницу
      </Anchor>
    </Stack>
  );
}
