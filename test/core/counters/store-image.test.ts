// A counter store's byte image gives back the same cells, and a period aggregate restored from it keeps following deltas.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CounterStore, PeriodAggregate, type CounterCell } from "../../../src/core/index.js";

const cell: fc.Arbitrary<CounterCell> = fc.record({
  unit: fc.constantFrom("32-01", "32-02", "Ж-юг", ""),
  month: fc.constantFrom("2025-04", "2025-05"),
  view: fc.constantFrom("seeker" as const, "employer" as const),
  key: fc.constantFrom("_n", "q1", "q14", "p:age"),
  value: fc.oneof(fc.constantFrom("", "9", "10", "other"), fc.string({ maxLength: 6 })),
  count: fc.integer({ min: -5, max: 1_000_000 }),
});

const sorted = (cells: Iterable<CounterCell>) => [...cells].map((c) => JSON.stringify(c)).sort();

describe("counter store image", () => {
  it("round-trips every cell", () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 60 }), (cells) => {
        const store = CounterStore.fromCells(cells);
        const again = CounterStore.fromBytes(store.toBytes());
        expect(sorted(again.cells())).toEqual(sorted(store.cells()));
        // The restored store takes new cells into the same dictionaries.
        store.add({ unit: "32-01", month: "2025-04", view: "seeker", key: "q1", value: "9", count: 2 });
        again.add({ unit: "32-01", month: "2025-04", view: "seeker", key: "q1", value: "9", count: 2 });
        expect(sorted(again.cells())).toEqual(sorted(store.cells()));
      }),
    );
  });

  it("refuses bytes cut short or of another format", () => {
    const bytes = CounterStore.fromCells([{ unit: "u", month: "2025-04", view: "seeker", key: "_n", value: "", count: 3 }]).toBytes();
    expect(() => CounterStore.fromBytes(bytes.subarray(0, bytes.length - 4))).toThrow(/do not fill/);
    expect(() => CounterStore.fromBytes(bytes.subarray(0, 2))).toThrow(/cut short/);
    const other = bytes.slice();
    other.set(new TextEncoder().encode("x"), 5);
    expect(() => CounterStore.fromBytes(other)).toThrow();
  });

  it("restores a period aggregate that then applies deltas like the original", () => {
    const keys = new Set(["_n", "q1"]);
    const original = new PeriodAggregate("published", ["2025-04", "2025-05", "2025-06"], keys);
    original.load([
      { unit: "32-01", view: "seeker", key: "_n", value: "", count: 4 },
      { unit: "32-01", view: "seeker", key: "q1", value: "9", count: 3 },
    ]);
    const restored = new PeriodAggregate("published", ["2025-04", "2025-05", "2025-06"], keys);
    restored.restore(original.toBytes());
    const delta = { source: "excluded", unit: "32-01", month: "2025-05", view: "seeker", key: "q1", value: "9", delta: 1 } as const;
    for (const a of [original, restored]) {
      a.apply({ ...delta, source: "response", delta: -1 });
      a.apply(delta);
    }
    const rows = (a: PeriodAggregate) => {
      const out: string[] = [];
      a.rows.forEachRow(["2025-04"], (unit, view, row) => out.push(`${unit} ${view} ${[...row].join(",").replace(/(,0)+$/, "")}`));
      return out;
    };
    expect(rows(restored)).toEqual(rows(original));
    expect(rows(restored)).toEqual(["32-01 seeker 4,2"]);
    const otherPeriod = new PeriodAggregate("published", ["2025-07"], keys);
    expect(() => otherPeriod.restore(original.toBytes())).toThrow(/bucket/);
  });
});
