// The period picker: the periods with data, grouped as quarters, half-years, years and months.
import { Select } from "@mantine/core";
import { useDashboard } from "../app/dashboard-context";
import { useViewParams } from "../app/view-params";
import { groupPeriods } from "../format/periods";

export function PeriodPicker() {
  const { periods } = useDashboard();
  const { period, update } = useViewParams();
  return (
    <Select
      label="Период"
      size="xs"
      w={190}
      data={groupPeriods(periods)}
      value={period}
      onChange={(value) => value && update({ period: value })}
      allowDeselect={false}
      checkIconPosition="right"
      comboboxProps={{ withinPortal: true }}
    />
  );
}
