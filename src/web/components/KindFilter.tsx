// Which units a national rating compares: regions, managing or territorial centres (kept in the URL as `kind`).
import { Select } from "@mantine/core";
import { useSearchParams } from "react-router-dom";
import type { UnitKind } from "../../contract/dashboard";

const options: { value: UnitKind; label: string }[] = [
  { value: "region", label: "регионы" },
  { value: "managing", label: "управляющие ЦЗН" },
  { value: "territorial", label: "территориальные ЦЗН" },
];

/** The `kind` of the address, when it names one. */
export function useKindParam(): UnitKind | undefined {
  const [search] = useSearchParams();
  const kind = search.get("kind");
  return options.find((o) => o.value === kind)?.value;
}

export function KindFilter() {
  const [, setSearch] = useSearchParams();
  const kind = useKindParam() ?? "region";
  return (
    <Select
      label="Сравнивать"
      size="xs"
      w={210}
      data={options}
      value={kind}
      allowDeselect={false}
      onChange={(value) =>
        setSearch((previous) => {
          const next = new URLSearchParams(previous);
          if (!value || value === "region") next.delete("kind");
          else next.set("kind", value);
          return next;
        })
      }
    />
  );
}
