// Filter a rating by network type: all, centralised, decentralised (kept in the URL).
import { Select } from "@mantine/core";
import { useViewParams } from "../app/view-params";

const options = [
  { value: "all", label: "все сети" },
  { value: "centralized", label: "централизованные" },
  { value: "decentralized", label: "децентрализованные" },
];

export function NetworkFilter() {
  const { network, update } = useViewParams();
  return (
    <Select
      label="Тип сети"
      size="xs"
      w={200}
      data={options}
      value={network ?? "all"}
      allowDeselect={false}
      onChange={(value) => update({ network: value === "all" ? undefined : (value ?? undefined) })}
    />
  );
}
