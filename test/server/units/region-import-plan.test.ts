// The import plan on its own: row checks against the region's tree, the order of creation, what counts as unchanged.
import { describe, expect, it } from "vitest";
import type { UnitDetails } from "../../../src/db/index.js";
import { planRegionImport, type RegionImportPlan, type RowError } from "../../../src/server/units/region-import-plan.js";
import type { SheetRow } from "../../../src/server/units/region-sheet-reader.js";

const unit = (id: string, kind: UnitDetails["kind"], parentId: string | null, extra: Partial<UnitDetails> = {}): UnitDetails => ({
  id,
  kind,
  name: `ЦЗН ${id}`,
  parentId,
  network: kind === "region" ? "centralized" : null,
  timezone: null,
  hours: null,
  closedAt: null,
  ...extra,
});
const region = unit("32", "region", null);
const existing = [
  region,
  unit("32-M", "managing", "32"),
  unit("32-01", "territorial", "32-M", { hours: { sun: null, mon: "09:00-18:00", tue: null, wed: null, thu: null, fri: null, sat: null } }),
];
let rowNumber = 1;
const row = (code: string, kind: string, parent: string, days: string[] = [], name = `ЦЗН ${code}`): SheetRow => ({
  row: ++rowNumber,
  code,
  kind,
  name,
  parent,
  days: [...days, ...Array(7 - days.length).fill("")],
});
const errorsOf = (plan: ReturnType<typeof planRegionImport>): RowError[] => ("errors" in plan ? plan.errors : []);

describe("region import plan", () => {
  it("creates parents before children and counts rows that change nothing", () => {
    rowNumber = 1;
    const plan = planRegionImport(region, existing, new Set(), [
      row("32-02", "территориальный", "32-M2"),
      row("32-M2", "Управляющий", "32"),
      row("32-01", "территориальный", "32-M", ["09:00-18:00", "выходной"]),
    ]) as RegionImportPlan;
    expect(errorsOf(plan)).toEqual([]);
    expect(plan.creates.map((u) => u.id)).toEqual(["32-M2", "32-02"]);
    expect(plan.updates).toEqual([]);
    expect(plan.unchanged).toBe(1);
  });

  it("refuses turning a managing centre territorial while an unlisted centre stays under it", () => {
    rowNumber = 1;
    const errors = errorsOf(planRegionImport(region, existing, new Set(), [row("32-M", "территориальный", "32")]));
    expect(errors).toEqual([{ row: 2, message: expect.stringContaining("подчинённое подразделение «32-01»") }]);
  });

  it("refuses region codes, self-parenting and a managing centre in a decentralised region", () => {
    rowNumber = 1;
    const decentralized = { ...region, network: "decentralized" as const };
    const errors = errorsOf(
      planRegionImport(decentralized, [decentralized], new Set(), [
        row("33", "территориальный", "32"),
        row("32-05", "территориальный", "32-05"),
        row("32-M9", "управляющий", "32"),
        row("", "", "", [], ""),
      ]),
    );
    expect(errors.map((e) => e.row)).toEqual([2, 3, 4, 5, 5, 5, 5]);
    expect(errors[0]!.message).toContain("код субъекта РФ");
    expect(errors[1]!.message).toContain("родителем самому себе");
    expect(errors[2]!.message).toContain("централизованной сети");
  });
});
