// The view picker: С (соискатели), Р (работодатели), сводный.
import { SegmentedControl, Text } from "@mantine/core";
import { useId } from "react";
import type { ViewName } from "../../contract/dashboard";
import { useViewParams } from "../app/view-params";

const options: { value: ViewName; short: string; full: string }[] = [
  { value: "seeker", short: "С", full: "соискатели" },
  { value: "employer", short: "Р", full: "работодатели" },
  { value: "combined", short: "Сводный", full: "" },
];

export function ViewPicker() {
  const { view, update } = useViewParams();
  const labelId = useId();
  return (
    <div>
      <Text id={labelId} size="xs" fw={500} mb={2}>
        Вид
      </Text>
      <SegmentedControl
        size="xs"
        aria-labelledby={labelId}
        value={view}
        onChange={(value) => update({ view: value })}
        data={options.map((option) => ({
          value: option.value,
          label: (
            <span title={option.full || undefined}>
              {option.short}
              {option.full && <span className="visually-hidden"> — {option.full}</span>}
            </span>
          ),
        }))}
      />
    </div>
  );
}
