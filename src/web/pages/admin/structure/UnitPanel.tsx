// The selected unit: its facts, and the actions the caller may take (edit, add a subordinate, close or reopen with confirmation).
import { Alert, Button, Group, Modal, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { closeUnit, reopenUnit, type AdminUnit } from "../../../api/units-admin-api";
import { kindLabels, networkLabels } from "../../../format/labels";
import { CreateUnitForm, childKinds } from "./CreateUnitForm";
import { EditUnitForm } from "./EditUnitForm";
import { hoursText } from "./hours-form";

const dateTime = new Intl.DateTimeFormat("ru-RU", { dateStyle: "short", timeStyle: "short" });

export interface UnitPanelProps {
  unit: AdminUnit;
  federal: boolean;
  /** Called with the unit changed or created, to reload the tree and select it. */
  onChanged(unit: AdminUnit): void;
}

function Facts({ unit }: { unit: AdminUnit }) {
  const rows: [string, string][] = [
    ["Код", unit.id],
    ["Наименование", unit.name],
    ["Вид", kindLabels[unit.kind]],
    ...(unit.kind === "region"
      ? ([
          ["Тип сети", unit.network ? networkLabels[unit.network] : "не задан"],
          ["Часовой пояс", unit.timezone ?? "по умолчанию"],
        ] as [string, string][])
      : []),
    ["Часы работы", hoursText(unit.hours)],
    ["Состояние", unit.closedAt === null ? "работает" : `закрыт ${dateTime.format(new Date(unit.closedAt))}`],
  ];
  return (
    <Table fz="sm" data-testid="unit-facts" withRowBorders={false} verticalSpacing={2}>
      <caption className="visually-hidden">Сведения о подразделении</caption>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th scope="row" w={140}>
              {label}
            </Table.Th>
            <Table.Td data-fact={label}>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function UnitPanel({ unit, federal, onChanged }: UnitPanelProps) {
  const [mode, setMode] = useState<"view" | "edit" | "create">("view");
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const closed = unit.closedAt !== null;
  // Regions are closed and reopened by the federal administrator only.
  const mayClose = unit.kind !== "region" || federal;
  const mayAdd = !closed && childKinds(unit).length > 0;

  const closeOrReopen = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const { unit: changed } = closed ? await reopenUnit(unit.id) : await closeUnit(unit.id);
      setConfirming(false);
      onChanged(changed);
    } catch (failure) {
      setConfirming(false);
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  };

  if (mode === "edit") {
    return (
      <Paper withBorder p="md">
        <EditUnitForm
          unit={unit}
          federal={federal}
          onCancel={() => setMode("view")}
          onSaved={(saved) => {
            setMode("view");
            onChanged(saved);
          }}
        />
      </Paper>
    );
  }
  if (mode === "create") {
    return (
      <Paper withBorder p="md">
        <CreateUnitForm
          parent={unit}
          onCancel={() => setMode("view")}
          onCreated={(created) => {
            setMode("view");
            onChanged(created);
          }}
        />
      </Paper>
    );
  }
  return (
    <Paper withBorder p="md" data-testid="unit-panel" data-unit={unit.id}>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {unit.name}
        </Title>
        <Facts unit={unit} />
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group gap="xs">
          <Button size="xs" onClick={() => setMode("edit")}>
            Изменить
          </Button>
          {mayAdd && (
            <Button size="xs" variant="outline" onClick={() => setMode("create")}>
              Добавить подчинённое
            </Button>
          )}
          {mayClose && (
            <Button size="xs" variant="outline" color={closed ? "blue" : "red.9"} onClick={() => setConfirming(true)}>
              {closed ? "Открыть снова" : "Закрыть"}
            </Button>
          )}
        </Group>
      </Stack>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={closed ? `Открыть «${unit.name}» снова?` : `Закрыть «${unit.name}»?`}
        closeButtonProps={{ "aria-label": "Отменить и закрыть окно" }}
        centered
      >
        <Text size="sm" mb="md">
          {closed
            ? "Опрос подразделения снова начнёт принимать ответы."
            : "Опрос подразделения перестанет принимать ответы. Собранные данные сохранятся; подразделение можно будет открыть снова."}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setConfirming(false)}>
            Отмена
          </Button>
          <Button color={closed ? "blue" : "red.9"} loading={busy} onClick={() => void closeOrReopen()} data-testid="confirm-action">
            {closed ? "Открыть" : "Закрыть подразделение"}
          </Button>
        </Group>
      </Modal>
    </Paper>
  );
}
