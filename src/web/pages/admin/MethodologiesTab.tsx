// The methodology versions: which one is in force, each one read for people, a new one uploaded, one activated, two compared on a period.
import { Alert, Button, Group, Modal, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { activateMethodology, fetchMethodologies, type MethodologyVersion } from "../../api/admin-api";
import { useUser } from "../../app/auth-context";
import { useAsync } from "../../app/use-async";
import { EmptyState, LoadState } from "../../components/LoadState";
import { MethodologyCompare } from "./methodologies/MethodologyCompare";
import { MethodologySummary } from "./methodologies/MethodologySummary";
import { MethodologyUpload } from "./methodologies/MethodologyUpload";

const date = new Intl.DateTimeFormat("ru-RU", { dateStyle: "long" });

export function MethodologiesTab() {
  const me = useUser();
  const federalAdmin = me.role === "federal_admin";
  const state = useAsync(fetchMethodologies, []);
  const [shown, setShown] = useState<string>();
  const [confirming, setConfirming] = useState<MethodologyVersion>();
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  if (!state.data) return <LoadState loading={state.loading} error={state.error} onRetry={state.reload} what="версии методики" />;
  const versions = state.data.methodologies;

  const activate = async (version: MethodologyVersion) => {
    setBusy(true);
    setError(undefined);
    try {
      await activateMethodology(version.id);
      setNotice(`Версия ${version.id} стала действующей`);
      state.reload();
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
      setConfirming(undefined);
    }
  };
  const uploaded = (id: string) => {
    setError(undefined);
    setNotice(`Версия ${id} загружена (не действует)`);
    setShown(id);
    state.reload();
  };

  return (
    <Stack gap="lg">
      {notice && (
        <Alert color="green" role="status" data-testid="methodologies-notice">
          {notice}
        </Alert>
      )}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {versions.length === 0 ? (
        <EmptyState>Версий методики нет.</EmptyState>
      ) : (
        <Table striped fz="sm" data-testid="methodologies-table">
          <caption className="visually-hidden">Версии методики</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Версия</Table.Th>
              <Table.Th scope="col">Название</Table.Th>
              <Table.Th scope="col">Добавлена</Table.Th>
              <Table.Th scope="col">Статус</Table.Th>
              <Table.Th scope="col">Действия</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {versions.map((m) => (
              <Table.Tr key={m.id} data-version={m.id} aria-current={shown === m.id ? "true" : undefined}>
                <Table.Td>{m.id}</Table.Td>
                <Table.Td>{m.title}</Table.Td>
                <Table.Td>{date.format(new Date(m.createdAt))}</Table.Td>
                <Table.Td data-col="status">{m.active ? <strong>действует</strong> : "не действует"}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button size="compact-xs" variant="outline" onClick={() => setShown(m.id)}>
                      Открыть
                      <span className="visually-hidden"> версию {m.id}</span>
                    </Button>
                    {federalAdmin && !m.active && (
                      <Button size="compact-xs" variant="outline" onClick={() => setConfirming(m)}>
                        Сделать действующей
                        <span className="visually-hidden"> версию {m.id}</span>
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {shown && <MethodologySummary id={shown} />}
      {federalAdmin && (
        <section aria-labelledby="methodology-upload-title">
          <Title order={2} size="h4" id="methodology-upload-title" mb="xs">
            Новая версия
          </Title>
          <MethodologyUpload onUploaded={uploaded} />
        </section>
      )}
      {versions.length > 0 && (
        <section aria-labelledby="methodology-compare-title">
          <Title order={2} size="h4" id="methodology-compare-title" mb="xs">
            Сравнение версий на периоде
          </Title>
          <MethodologyCompare key={versions.map((v) => v.id).join()} versions={versions} {...(shown ? { initialB: shown } : {})} />
        </section>
      )}
      {confirming && (
        <Modal opened onClose={() => setConfirming(undefined)} title="Сменить действующую методику?" closeButtonProps={{ "aria-label": "Закрыть" }}>
          <Stack>
            <Text size="sm">
              Версия {confirming.id} станет действующей: все рейтинги, индексы и выгрузки будут считаться по ней. Прежняя действующая версия останется в списке.
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(undefined)}>
                Отмена
              </Button>
              <Button loading={busy} onClick={() => void activate(confirming)}>
                Сделать действующей
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </Stack>
  );
}
