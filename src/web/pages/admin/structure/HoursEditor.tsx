// Opening hours per weekday: open and close times or «выходной»; optionally «как у вышестоящего».
import { Checkbox, Table, Text, TextInput } from "@mantine/core";
import { weekdays, type Weekday } from "../../../../contract/unit-rules";
import { weekdayNames, type DayForm, type DayProblem, type HoursForm } from "./hours-form";

export interface HoursEditorProps {
  value: HoursForm;
  onChange(value: HoursForm): void;
  problems: Partial<Record<Weekday, DayProblem>>;
}

export function HoursEditor({ value, onChange, problems }: HoursEditorProps) {
  const setDay = (day: Weekday, patch: Partial<DayForm>) => onChange({ ...value, days: { ...value.days, [day]: { ...value.days[day], ...patch } } });
  return (
    <fieldset className="hours-editor" style={{ border: 0, padding: 0, margin: 0 }}>
      <legend>
        <Text fw={600} size="sm">
          Часы работы (местное время субъекта)
        </Text>
      </legend>
      <Checkbox
        my="xs"
        label="Как у вышестоящего подразделения"
        checked={value.inherit}
        onChange={(event) => onChange({ ...value, inherit: event.currentTarget.checked })}
      />
      {!value.inherit && (
        <Table fz="sm" withRowBorders={false} verticalSpacing={4}>
          <caption className="visually-hidden">Часы работы по дням недели</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">День</Table.Th>
              <Table.Th scope="col">Выходной</Table.Th>
              <Table.Th scope="col">Открытие</Table.Th>
              <Table.Th scope="col">Закрытие</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {weekdays.map((day) => {
              const { off, open, close } = value.days[day];
              const problem = problems[day];
              // The message goes under the input at fault; both are marked invalid when the order is wrong.
              const errorOf = (field: DayProblem["field"]) => (problem?.field === field ? problem.message : Boolean(problem));
              return (
                <Table.Tr key={day} data-day={day}>
                  <Table.Th scope="row">{weekdayNames[day]}</Table.Th>
                  <Table.Td>
                    <Checkbox
                      aria-label={`${weekdayNames[day]}: выходной`}
                      checked={off}
                      onChange={(event) => setDay(day, { off: event.currentTarget.checked })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      maw={200}
                      styles={{ input: { width: 80 } }}
                      aria-label={`${weekdayNames[day]}: открытие`}
                      placeholder="09:00"
                      maxLength={5}
                      inputMode="numeric"
                      disabled={off}
                      value={open}
                      error={errorOf("open")}
                      onChange={(event) => setDay(day, { open: event.currentTarget.value.trim() })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      maw={200}
                      styles={{ input: { width: 80 } }}
                      aria-label={`${weekdayNames[day]}: закрытие`}
                      placeholder="18:00"
                      maxLength={5}
                      inputMode="numeric"
                      disabled={off}
                      value={close}
                      error={errorOf("close")}
                      onChange={(event) => setDay(day, { close: event.currentTarget.value.trim() })}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </fieldset>
  );
}
