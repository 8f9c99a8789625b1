// The data picker: published figures, all responses, or as if the pending quality flags were confirmed (reviewers only).
import { SegmentedControl, Text } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useId } from "react";
import type { CounterBasis } from "../../contract/dashboard";
import { useUser } from "../app/auth-context";
import { useViewParams } from "../app/view-params";

const options: { value: CounterBasis; label: string }[] = [
  { value: "published", label: "Опубликованные" },
  { value: "raw", label: "Все ответы" },
  { value: "confirmed_pending", label: "Если подтвердить флаги" },
];

export function BasisPicker() {
  const { role } = useUser();
  const { basis, update } = useViewParams();
  const labelId = useId();
  // On a phone the three options do not fit side by side: they stack.
  const narrow = useMediaQuery("(max-width: 30em)");
  if (role === "unit_manager") return null;
  return (
    <div data-testid="basis-picker">
      <Text id={labelId} size="xs" fw={500} mb={2}>
        Данные
      </Text>
      <SegmentedControl
        size="xs"
        orientation={narrow ? "vertical" : "horizontal"}
        fullWidth={narrow}
        aria-labelledby={labelId}
        value={basis}
        onChange={(value) => update({ basis: value === "published" ? undefined : value })}
        data={options}
      />
    </div>
  );
}
