// «Киоски»: a centre's office tablets — list, register (its address and QR code shown once, printable) and revoke.
import { Alert, Anchor, Box, Button, Group, Modal, Paper, Table, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { createKiosk, fetchKiosks, revokeKiosk, type CreatedKiosk, type KioskRow } from "../api/kiosk-api";
import { useAsync } from "../app/use-async";
import { LoadState } from "./LoadState";

const stamp = new Intl.DateTimeFormat("ru-RU", { dateStyle: "short", timeStyle: "short" });
const when = (iso: string | null) => (iso ? stamp.format(new Date(iso)) : "—");

/** The address and QR code of a kiosk just registered: shown once, with print. */
function CreatedKioskDialog({ created, onClose }: { created: CreatedKiosk | undefined; onClose: () => void }) {
  return (
    <Modal opened={created !== undefined} onClose={onClose} title="Киоск зарегистрирован" size="lg" closeButtonProps={{ "aria-label": "Закрыть" }}>
      {created && (
        <Box className="kiosk-print">
          <Text fw={600}>{created.kiosk.label}</Text>
          <Alert color="blue" variant="light" my="sm">
            <Text size="sm">
              Адрес и QR-код показываются один раз и нигде не хранятся: откройте адрес на планшете или распечатайте QR-код сейчас. Если адрес потерян, отключите
              киоск и зарегистрируйте новый.
            </Text>
          </Alert>
          <Box
            w={220}
            h={220}
            mx="auto"
            role="img"
            aria-label={`QR-код киоска «${created.kiosk.label}»`}
            dangerouslySetInnerHTML={{ __html: created.qrSvg }}
            data-testid="kiosk-qr"
          />
          <Text size="sm" mt="sm" style={{ overflowWrap: "anywhere" }} data-testid="kiosk-url">
            <Anchor href={created.url} target="_blank" rel="noopener">
              {created.url}
            </Anchor>
          </Text>
          <Group mt="md" className="no-print">
            <Button onClick={() => window.print()}>Напечатать QR-код</Button>
            <Button variant="default" onClick={() => void navigator.clipboard?.writeText(created.url)}>
              Скопировать адрес
            </Button>
          </Group>
        </Box>
      )}
    </Modal>
  );
}

function KioskTable({ kiosks, onRevoke }: { kiosks: readonly KioskRow[]; onRevoke: (k: KioskRow) => void }) {
  return (
    <Table fz="sm" mt="sm" data-testid="kiosk-table">
      <caption className="visually-hidden">Киоски центра</caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Киоск</Table.Th>
          <Table.Th scope="col">Зарегистрирован</Table.Th>
          <Table.Th scope="col">Последняя активность</Table.Th>
          <Table.Th scope="col">Состояние</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {kiosks.map((k) => (
          <Table.Tr key={k.id} data-kiosk={k.id}>
            <Table.Td>{k.label}</Table.Td>
            <Table.Td>{when(k.createdAt)}</Table.Td>
            <Table.Td>{when(k.lastSeenAt)}</Table.Td>
            <Table.Td>
              {k.revokedAt ? (
                `отключён ${when(k.revokedAt)}`
              ) : (
                <Button size="compact-xs" variant="light" color="red" onClick={() => onRevoke(k)} aria-label={`Отключить киоск «${k.label}»`}>
                  Отключить
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function KioskPanel({ unit }: { unit: string }) {
  const state = useAsync(() => fetchKiosks(unit), [unit]);
  const [label, setLabel] = useState("Планшет у входа");
  const [error, setError] = useState<string>();
  const [created, setCreated] = useState<CreatedKiosk>();
  const [revoking, setRevoking] = useState<KioskRow>();
  const add = async () => {
    setError(undefined);
    try {
      setCreated(await createKiosk(unit, label));
      state.reload();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const revoke = async (k: KioskRow) => {
    try {
      await revokeKiosk(k.id);
      setRevoking(undefined);
      state.reload();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="kiosks-title" data-testid="kiosk-panel">
      <Title order={2} size="h4" id="kiosks-title">
        Киоски (планшеты в офисе)
      </Title>
      <Text size="sm" c="dimmed">
        Планшет с анкетой у входа: после каждой анкеты и через 90 секунд бездействия возвращается в начало, без связи копит ответы.
      </Text>
      {!state.data ? (
        <LoadState loading={state.loading} error={state.error} onRetry={state.reload} what="киоски" />
      ) : state.data.kiosks.length === 0 ? (
        <Text size="sm" mt="sm">
          Киосков пока нет.
        </Text>
      ) : (
        <KioskTable kiosks={state.data.kiosks} onRevoke={setRevoking} />
      )}
      <Group mt="sm" align="flex-end">
        <TextInput label="Где стоит планшет" value={label} onChange={(e) => setLabel(e.currentTarget.value)} maxLength={100} w={260} />
        <Button onClick={() => void add()}>Зарегистрировать киоск</Button>
      </Group>
      {error && (
        <Text c="red.8" size="sm" mt="xs" role="alert">
          {error}
        </Text>
      )}
      <CreatedKioskDialog created={created} onClose={() => setCreated(undefined)} />
      <Modal opened={revoking !== undefined} onClose={() => setRevoking(undefined)} title="Отключить киоск?" closeButtonProps={{ "aria-label": "Закрыть" }}>
        <Text size="sm">Адрес киоска «{revoking?.label}» перестанет работать сразу; анкеты, ещё не отправленные с планшета, не будут приняты.</Text>
        <Group mt="md" justify="flex-end">
          <Button variant="default" onClick={() => setRevoking(undefined)}>
            Отмена
          </Button>
          <Button color="red" onClick={() => revoking && void revoke(revoking)}>
            Отключить
          </Button>
        </Group>
      </Modal>
    </Paper>
  );
}
