// Narrow a national rating of centres to one region (kept in the URL as `region`; places stay national).
import { Select } from "@mantine/core";
import { useSearchParams } from "react-router-dom";
import type { UnitRef } from "../../contract/dashboard";

/** The `region` of the address when it names one of `regions`. */
export function useRegionParam(regions: readonly UnitRef[]): string | undefined {
  const [search] = useSearchParams();
  const region = search.get("region");
  return regions.some((r) => r.id === region) ? (region ?? undefined) : undefined;
}

export function RegionFilter({ regions }: { regions: readonly UnitRef[] }) {
  const [, setSearch] = useSearchParams();
  const region = useRegionParam(regions);
  const options = [{ value: "all", label: "все регионы" }, ...regions.map((r) => ({ value: r.id, label: r.name }))];
  return (
    <Select
      label="Регион"
      size="xs"
      w={240}
      searchable
      data={options}
      value={region ?? "all"}
      allowDeselect={false}
      data-testid="region-filter"
      onChange={(value) =>
        setSearch((previous) => {
          const next = new URLSearchParams(previous);
          if (!value || value === "all") next.delete("region");
          else next.set("region", value);
          return next;
        })
      }
    />
  );
}
