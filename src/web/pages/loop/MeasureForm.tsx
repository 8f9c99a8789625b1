// Create or edit a measure: title, kind, indicators, respondents, how clients took part, owner, planned and actual dates.
import { Alert, Button, Group, MultiSelect, Select, SimpleGrid, Stack, TextInput, Textarea } from "@mantine/core";
import { useState } from "react";
import type { MeasureKind, MeasureView } from "../../../contract/measures";
import type { MeasureFields } from "../../api/measures-api";
import { useDashboard } from "../../app/dashboard-context";

export interface MeasureFormProps {
  initial?: MeasureView;
  kinds: { value: MeasureKind; label: string }[];
  /** Show the actual dates (the regional level fills them). */
  withActualDates: boolean;
  onSave: (fields: MeasureFields) => Promise<void>;
  onCancel: () => void;
}

const empty: MeasureFields = {
  title: "",
  description: "",
  kind: "process",
  clientParticipation: "",
  owner: "",
  view: "seeker",
  plannedStart: "",
  plannedEnd: "",
  indicators: [],
};

export function MeasureForm({ initial, kinds, withActualDates, onSave, onCancel }: MeasureFormProps) {
  const { indicators } = useDashboard();
  const [fields, setFields] = useState<MeasureFields>(() =>
    initial
      ? {
          title: initial.title,
          description: initial.description,
          kind: initial.kind,
          clientParticipation: initial.clientParticipation,
          owner: initial.owner,
          view: initial.view,
          plannedStart: initial.plannedStart,
          plannedEnd: initial.plannedEnd,
          actualStart: initial.actualStart,
          actualEnd: initial.actualEnd,
          indicators: initial.indicators.map((i) => i.code),
        }
      : empty,
  );
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof MeasureFields>(key: K, value: MeasureFields[K]) => setFields((f) => ({ ...f, [key]: value }));
  const save = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await onSave({ ...fields, actualStart: fields.actualStart || null, actualEnd: fields.actualEnd || null });
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack
      gap="sm"
      component="form"
      aria-label={initial ? "Изменение меры" : "Новая мера"}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      data-testid="measure-form"
    >
      {error && (
        <Alert color="red" role="alert" data-testid="measure-form-error">
          {error}
        </Alert>
      )}
      <TextInput label="Название меры" required value={fields.title} onChange={(e) => set("title", e.currentTarget.value)} maxLength={300} />
      <Textarea label="Описание" value={fields.description} onChange={(e) => set("description", e.currentTarget.value)} autosize minRows={2} maxLength={5000} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select label="Вид меры" data={kinds} value={fields.kind} onChange={(v) => v && set("kind", v as MeasureKind)} allowDeselect={false} />
        <Select
          label="Чей опыт меняет"
          data={[
            { value: "seeker", label: "соискатели" },
            { value: "employer", label: "работодатели" },
          ]}
          value={fields.view}
          onChange={(v) => v && set("view", v as "seeker" | "employer")}
          allowDeselect={false}
        />
      </SimpleGrid>
      <MultiSelect
        label="Показатели, на которые направлена мера"
        required
        searchable
        data={indicators.map((i) => ({ value: i.code, label: `${i.code} ${i.name}` }))}
        value={fields.indicators}
        onChange={(v) => set("indicators", v)}
      />
      <Textarea
        label="Как участвовали клиенты"
        description="Сессии, опросы, рабочая группа со службой дизайна клиентского опыта"
        value={fields.clientParticipation}
        onChange={(e) => set("clientParticipation", e.currentTarget.value)}
        autosize
        minRows={1}
        maxLength={2000}
      />
      <TextInput label="Ответственный" value={fields.owner} onChange={(e) => set("owner", e.currentTarget.value)} maxLength={300} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput type="date" label="Начало (план)" required value={fields.plannedStart} onChange={(e) => set("plannedStart", e.currentTarget.value)} />
        <TextInput type="date" label="Окончание (план)" required value={fields.plannedEnd} onChange={(e) => set("plannedEnd", e.currentTarget.value)} />
        {withActualDates && (
          <TextInput type="date" label="Начало (факт)" value={fields.actualStart ?? ""} onChange={(e) => set("actualStart", e.currentTarget.value)} />
        )}
        {withActualDates && (
          <TextInput type="date" label="Окончание (факт)" value={fields.actualEnd ?? ""} onChange={(e) => set("actualEnd", e.currentTarget.value)} />
        )}
      </SimpleGrid>
      <Group>
        <Button type="submit" loading={busy}>
          {initial ? "Сохранить" : "Предложить меру"}
        </Button>
        <Button variant="default" onClick={onCancel}>
          Отмена
        </Button>
      </Group>
    </Stack>
  );
}
