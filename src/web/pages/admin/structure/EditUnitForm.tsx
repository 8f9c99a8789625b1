// Edits a unit's name and opening hours; for a region the federal administrator also sets the network type and time zone.
import { Alert, Button, Group, NativeSelect, Stack, TextInput, Title } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { updateUnit, type AdminUnit, type UpdateUnitBody } from "../../../api/units-admin-api";
import { networkLabels } from "../../../format/labels";
import { HoursEditor } from "./HoursEditor";
import { aaErrorColour } from "./form-style";
import { hoursFormOf, hoursOf, hoursProblems } from "./hours-form";

export interface EditUnitFormProps {
  unit: AdminUnit;
  /** Network type and time zone are the federal administrator's. */
  federal: boolean;
  onSaved(unit: AdminUnit): void;
  onCancel(): void;
}

const sameHours = (a: AdminUnit["hours"], b: AdminUnit["hours"]) => JSON.stringify(hoursOf(hoursFormOf(a))) === JSON.stringify(hoursOf(hoursFormOf(b)));

export function EditUnitForm({ unit, federal, onSaved, onCancel }: EditUnitFormProps) {
  const regionFields = federal && unit.kind === "region";
  const [name, setName] = useState(unit.name);
  const [network, setNetwork] = useState(unit.network ?? "decentralized");
  const [timezone, setTimezone] = useState(unit.timezone ?? "");
  const [hours, setHours] = useState(() => hoursFormOf(unit.hours));
  const [checked, setChecked] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();

  const nameProblem = name.trim() === "" ? "Укажите наименование" : undefined;
  const hourProblems = hoursProblems(hours);

  const changes = (): UpdateUnitBody => {
    const body: UpdateUnitBody = {};
    if (name.trim() !== unit.name) body.name = name.trim();
    const newHours = hoursOf(hours);
    if (!sameHours(newHours, unit.hours)) body.hours = newHours;
    if (regionFields) {
      if (network !== unit.network) body.network = network;
      const zone = timezone.trim() === "" ? null : timezone.trim();
      if (zone !== unit.timezone) body.timezone = zone;
    }
    return body;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    setError(undefined);
    if (nameProblem || Object.keys(hourProblems).length > 0) return;
    const body = changes();
    if (Object.keys(body).length === 0) {
      setError("Изменений нет");
      return;
    }
    setSaving(true);
    try {
      onSaved((await updateUnit(unit.id, body)).unit);
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} aria-labelledby="edit-unit-title" noValidate data-testid="edit-unit-form" style={aaErrorColour}>
      <Stack gap="sm">
        <Title order={3} size="h5" id="edit-unit-title">
          Изменить «{unit.id}»
        </Title>
        <TextInput
          label="Наименование"
          required
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={checked ? nameProblem : undefined}
          maxLength={300}
        />
        {regionFields && (
          <>
            <NativeSelect
              label="Тип сети"
              value={network}
              onChange={(event) => setNetwork(event.currentTarget.value as "centralized" | "decentralized")}
              data={(["centralized", "decentralized"] as const).map((n) => ({ value: n, label: networkLabels[n] }))}
            />
            <TextInput
              label="Часовой пояс (IANA)"
              description="Например Europe/Moscow; пусто — по умолчанию"
              value={timezone}
              onChange={(event) => setTimezone(event.currentTarget.value)}
            />
          </>
        )}
        <HoursEditor value={hours} onChange={setHours} problems={checked ? hourProblems : {}} />
        {error && (
          <Alert color="red" role="alert" title="Изменения не сохранены">
            {error}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={saving}>
            Сохранить
          </Button>
          <Button variant="default" onClick={onCancel}>
            Отмена
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
