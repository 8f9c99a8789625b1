// The answer counters: upserts add up atomically, reads sum the months of a period.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCounterCells, readCounterCells, type CounterCell, type Database } from "../../../src/db/index.js";
import { addBryanskCentres, backends, openTestDatabase } from "../../support/databases.js";

const cell = (unit: string, month: string, key: string, value: string, count = 1, view: CounterCell["view"] = "seeker"): CounterCell => ({
  unit,
  month,
  view,
  key,
  value,
  count,
});

describe.each(backends)("counter repository on %s", (backend) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(backend);
    await addBryanskCentres(database.db, [{ id: "25-01", kind: "territorial", name: "ЦЗН Уссурийск", parent_id: "25" }]);
  });
  afterAll(() => database?.close());

  it("adds cells, merging duplicates within one call, and sums the months of a period", async () => {
    await database.db.transaction().execute(async (trx) => {
      await addCounterCells(
        trx,
        [
          cell("32-01", "2025-04", "_n", ""),
          cell("32-01", "2025-04", "q1", "9"),
          cell("32-01", "2025-04", "_n", ""),
          cell("32-01", "2025-04", "q1", "9"),
          cell("32-01", "2025-05", "_n", "", 3),
          cell("32-01", "2025-05", "q1", "9", 2),
          cell("32-01", "2025-07", "_n", "", 4),
          cell("32-02", "2025-04", "_n", "", 1, "employer"),
          cell("25-01", "2025-06", "q14", "office", 6),
        ],
        1,
      );
    });
    const q2 = await readCounterCells(database.db, ["2025-04", "2025-05", "2025-06"]);
    expect(q2).toEqual([
      { unit: "25-01", view: "seeker", key: "q14", value: "office", count: 6 },
      { unit: "32-01", view: "seeker", key: "_n", value: "", count: 5 },
      { unit: "32-01", view: "seeker", key: "q1", value: "9", count: 4 },
      { unit: "32-02", view: "employer", key: "_n", value: "", count: 1 },
    ]);
    expect(await readCounterCells(database.db, ["2025-04", "2025-05", "2025-06"], ["32-02"])).toEqual([
      { unit: "32-02", view: "employer", key: "_n", value: "", count: 1 },
    ]);
    expect(await readCounterCells(database.db, [])).toEqual([]);
    expect(await readCounterCells(database.db, ["2025-04"], [])).toEqual([]);
  });

  it("subtracts with sign -1 and leaves out counters that reach zero", async () => {
    await database.db.transaction().execute((trx) => addCounterCells(trx, [cell("32-02", "2025-04", "_n", "", 1, "employer")], -1));
    expect(await readCounterCells(database.db, ["2025-04"], ["32-02"])).toEqual([]);
  });

  it("refuses to count below zero (a removal of something never added)", async () => {
    await expect(database.db.transaction().execute((trx) => addCounterCells(trx, [cell("32-02", "2025-04", "_n", "", 2, "employer")], -1))).rejects.toThrow();
  });

  it("refuses to subtract from a counter that does not exist", async () => {
    await expect(database.db.transaction().execute((trx) => addCounterCells(trx, [cell("32-02", "2031-01", "_n", "", 1)], -1))).rejects.toThrow(/do not exist/);
  });

  it("rolls back with the transaction it runs in", async () => {
    await expect(
      database.db.transaction().execute(async (trx) => {
        await addCounterCells(trx, [cell("32-01", "2025-08", "_n", "", 10)], 1);
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    expect(await readCounterCells(database.db, ["2025-08"])).toEqual([]);
  });

  it("stays exact under 50 concurrent increments of one cell", async () => {
    const increments = Array.from({ length: 50 }, () =>
      database.db.transaction().execute((trx) => addCounterCells(trx, [cell("32-01", "2025-09", "q2", "10"), cell("32-01", "2025-09", "_n", "")], 1)),
    );
    await Promise.all(increments);
    expect(await readCounterCells(database.db, ["2025-09"])).toEqual([
      { unit: "32-01", view: "seeker", key: "_n", value: "", count: 50 },
      { unit: "32-01", view: "seeker", key: "q2", value: "10", count: 50 },
    ]);
  });

  it("stays exact under concurrent increments and decrements of shared cells", async () => {
    const shared = [cell("32-01", "2025-09", "q2", "10"), cell("32-01", "2025-09", "_n", ""), cell("25-01", "2025-09", "_n", "")];
    // Enough in stock that a decrement running before every increment cannot go below zero.
    await database.db.transaction().execute((trx) =>
      addCounterCells(
        trx,
        shared.map((c) => ({ ...c, count: 20 })),
        1,
      ),
    );
    const work = Array.from({ length: 40 }, (_, i) =>
      database.db.transaction().execute((trx) => addCounterCells(trx, i % 2 === 0 ? shared : [...shared].reverse(), i % 4 < 2 ? 1 : -1)),
    );
    await Promise.all(work);
    expect(await readCounterCells(database.db, ["2025-09"])).toEqual([
      { unit: "25-01", view: "seeker", key: "_n", value: "", count: 20 },
      { unit: "32-01", view: "seeker", key: "_n", value: "", count: 70 },
      { unit: "32-01", view: "seeker", key: "q2", value: "10", count: 70 },
    ]);
  });

  it("writes large batches in several statements", async () => {
    const cells = Array.from({ length: 2_500 }, (_, i) => cell("25-01", "2025-10", `k${i}`, String(i % 10), 2));
    await database.db.transaction().execute((trx) => addCounterCells(trx, cells, 1));
    const read = await readCounterCells(database.db, ["2025-10"]);
    expect(read).toHaveLength(2_500);
    expect(read.every((c) => c.count === 2)).toBe(true);
  });
});
