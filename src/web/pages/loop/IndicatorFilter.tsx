// The «Показатель» filter of the measures register and the practice library: one indicator of the methodology, or all.
import { Select } from "@mantine/core";
import { useDashboard } from "../../app/dashboard-context";

export function IndicatorFilter({ value, onChange }: { value: string | undefined; onChange(value: string | undefined): void }) {
  const { indicators } = useDashboard();
  return (
    <Select
      label="Показатель"
      size="xs"
      w={260}
      clearable
      searchable
      placeholder="все"
      data={indicators.map((i) => ({ value: i.code, label: `${i.code} ${i.name}` }))}
      value={value ?? null}
      onChange={(v) => onChange(v ?? undefined)}
    />
  );
}
