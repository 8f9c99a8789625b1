// Creates a managing or territorial centre under the selected unit: code, name, kind, opening hours; the server's Russian errors beside the form.
import { Alert, Button, Group, NativeSelect, Stack, TextInput, Title } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { createUnit, type AdminUnit } from "../../../api/units-admin-api";
import { kindLabels } from "../../../format/labels";
import { HoursEditor } from "./HoursEditor";
import { aaErrorColour } from "./form-style";
import { defaultHoursForm, hoursOf, hoursProblems } from "./hours-form";

type ChildKind = "managing" | "territorial";

/** The kinds that may stand under `parent` (the server checks the same rules). */
export function childKinds(parent: AdminUnit): ChildKind[] {
  if (parent.kind === "region") return parent.network === "centralized" ? ["territorial", "managing"] : ["territorial"];
  return parent.kind === "managing" ? ["territorial"] : [];
}

const codePattern = /^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$/;

function codeProblem(code: string): string | undefined {
  if (code === "") return "Укажите код";
  if (!codePattern.test(code)) return "Код: латинские буквы, цифры и знаки . _ - (до 64 символов, первый — буква или цифра)";
  if (/^[0-9]{2}$/.test(code)) return "Двузначные коды зарезервированы за субъектами РФ";
  return undefined;
}

export function CreateUnitForm({ parent, onCreated, onCancel }: { parent: AdminUnit; onCreated(unit: AdminUnit): void; onCancel(): void }) {
  const kinds = childKinds(parent);
  const [code, setCode] = useState("");
  const [name, setName] = useState("");
  const [kind, setKind] = useState<ChildKind>(kinds[0] ?? "territorial");
  const [hours, setHours] = useState(defaultHoursForm);
  const [checked, setChecked] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();

  const problems = { code: codeProblem(code.trim()), name: name.trim() === "" ? "Укажите наименование" : undefined, hours: hoursProblems(hours) };
  const valid = !problems.code && !problems.name && Object.keys(problems.hours).length === 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    setError(undefined);
    if (!valid) return;
    setSaving(true);
    try {
      const { unit } = await createUnit({ id: code.trim(), kind, name: name.trim(), parentId: parent.id, hours: hoursOf(hours) });
      onCreated(unit);
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} aria-labelledby="create-unit-title" noValidate data-testid="create-unit-form" style={aaErrorColour}>
      <Stack gap="sm">
        <Title order={3} size="h5" id="create-unit-title">
          Новое подразделение в «{parent.name}»
        </Title>
        <TextInput
          label="Код (в ссылках опроса)"
          description="Латинские буквы, цифры и знаки . _ -, например 32-15"
          required
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
          error={checked ? problems.code : undefined}
        />
        <TextInput
          label="Наименование"
          required
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={checked ? problems.name : undefined}
          maxLength={300}
        />
        <NativeSelect
          label="Вид"
          value={kind}
          onChange={(event) => setKind(event.currentTarget.value as ChildKind)}
          data={kinds.map((k) => ({ value: k, label: kindLabels[k] }))}
        />
        <HoursEditor value={hours} onChange={setHours} problems={checked ? problems.hours : {}} />
        {error && (
          <Alert color="red" role="alert" title="Подразделение не создано">
            {error}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={saving}>
            Создать
          </Button>
          <Button variant="default" onClick={onCancel}>
            Отмена
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
