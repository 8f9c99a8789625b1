// П2 «База вакансий»: vacancies at the end of the period and a year before, as a draft or submitted for approval.
import { Group, NumberInput } from "@mantine/core";
import { useEffect, useState } from "react";
import type { ObjectiveBlock } from "../../../contract/objective";
import { saveVacancies } from "../../api/objective-api";
import { EntryFormFrame, useEntryRequest } from "./EntryFormFrame";

type Value = number | string;

/** The field's problem in Russian, or undefined when it holds a non-negative integer. */
function countProblem(value: Value): string | undefined {
  if (value === "") return "Укажите число";
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? undefined : "Нужно целое неотрицательное число";
}

export function VacancyForm({
  block,
  unit,
  period,
  inheritedNote,
  onChanged,
}: {
  block: ObjectiveBlock;
  unit: string;
  period: string;
  inheritedNote?: string;
  onChanged: () => void;
}) {
  const entry = block.entry;
  const stored = (field: string): Value => {
    const value = entry?.payload[field];
    return typeof value === "number" ? value : "";
  };
  const [now, setNow] = useState<Value>(() => stored("vacanciesNow"));
  const [yearAgo, setYearAgo] = useState<Value>(() => stored("vacanciesYearAgo"));
  const [touched, setTouched] = useState(false);
  const request = useEntryRequest(onChanged);
  useEffect(() => {
    setNow(stored("vacanciesNow"));
    setYearAgo(stored("vacanciesYearAgo"));
    setTouched(false);
  }, [entry?.id, entry?.updatedAt]);

  const editable = entry ? entry.actions.edit : block.canCreate;
  const problems = { now: countProblem(now), yearAgo: countProblem(yearAgo) };
  const valid = !problems.now && !problems.yearAgo;
  const save = (submit: boolean) => {
    setTouched(true);
    if (!valid) return;
    void request.run(() => saveVacancies({ unit, period, vacanciesNow: Number(now), vacanciesYearAgo: Number(yearAgo), submit }));
  };
  return (
    <EntryFormFrame
      id="objective-vacancies"
      title="П2 · База вакансий"
      {...(entry ? { entry } : {})}
      {...(inheritedNote ? { inheritedNote } : {})}
      editable={editable}
      busy={request.busy}
      {...(request.error ? { error: request.error } : {})}
      {...(valid ? {} : { submitBlocker: "Заполните оба числа" })}
      onSave={save}
      onChanged={onChanged}
      onError={request.setError}
    >
      <Group align="start" gap="md">
        <NumberInput
          label="Вакансий на конец периода"
          value={now}
          onChange={setNow}
          min={0}
          allowNegative={false}
          allowDecimal={false}
          thousandSeparator=" "
          disabled={!editable}
          required
          error={touched ? problems.now : undefined}
          w={240}
        />
        <NumberInput
          label="Вакансий годом ранее"
          value={yearAgo}
          onChange={setYearAgo}
          min={0}
          allowNegative={false}
          allowDecimal={false}
          thousandSeparator=" "
          disabled={!editable}
          required
          error={touched ? problems.yearAgo : undefined}
          w={240}
        />
      </Group>
    </EntryFormFrame>
  );
}
