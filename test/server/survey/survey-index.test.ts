// After submissions the index read through the core changes as the methodology says; concurrent submissions lose no count.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CounterStore, computeIndex, type DatasetUnit, type ViewResult } from "../../../src/core/index.js";
import { loadDefaultMethodology } from "../../../src/cli/methodology-files.js";
import { readCounterCells, type Db } from "../../../src/db/index.js";
import { backends } from "../../support/databases.js";
import { seekerFields, submit } from "../../support/survey-forms.js";
import { startSurveyServer, testUnits, type SurveyServer } from "../../support/survey-server.js";

const methodology = loadDefaultMethodology();
/** The current month in Moscow, where region 32 lives: the month the responses count in. */
const month = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Moscow", year: "numeric", month: "2-digit" }).format(new Date());

/** The seeker view of `unit` computed by the core from the stored counters of this month. */
async function seekerResult(db: Db, unit: string): Promise<ViewResult | undefined> {
  const rows = await db.selectFrom("org_units").selectAll().execute();
  const units: DatasetUnit[] = rows.map((u) => ({
    id: u.id,
    kind: u.kind,
    name: u.name,
    parent: u.parent_id,
    ...(u.network ? { network: u.network } : {}),
    ...(u.timezone ? { timezone: u.timezone } : {}),
  }));
  const cells = await readCounterCells(db, [month]);
  const result = computeIndex({ methodology, units, objective: [], counters: CounterStore.fromCells(cells.map((c) => ({ ...c, month }))), period: month });
  return result.units.find((u) => u.id === unit && u.view === "seeker");
}

describe.each(backends)("survey and index on %s", (backend) => {
  let server: SurveyServer;
  beforeAll(async () => {
    server = await startSurveyServer(backend);
  });
  afterAll(async () => server?.close());

  it("moves the unit's q1 share to positives/valid, insufficient at 29 responses and sufficient at 30", async () => {
    const unit = testUnits.open;
    expect((await seekerResult(server.database.db, unit))?.status).toBe("empty");
    // 20 answers of 8 and above (positive), 10 below: П1's survey part is 20/30.
    const q1 = [
      ...Array(20)
        .fill(0)
        .map((_, i) => 8 + (i % 3)),
      ...Array(10)
        .fill(0)
        .map((_, i) => 1 + (i % 7)),
    ];
    for (const [i, value] of q1.entries()) {
      const { response } = await submit(server.app, unit, "seeker", seekerFields(value, 9));
      expect(response.statusCode).toBe(303);
      if (i === 28) {
        const at29 = await seekerResult(server.database.db, unit);
        expect(at29?.n).toBe(29);
        expect(at29?.status).toBe("insufficient");
        expect(at29?.indicators?.["П1"]?.survey).toMatchObject({ positive: 20, valid: 29 });
      }
    }
    const at30 = await seekerResult(server.database.db, unit);
    expect(at30?.n).toBe(30);
    expect(at30?.indicators?.["П1"]?.survey).toMatchObject({ positive: 20, valid: 30 });
    // Every other scale answer was 9: its share is 1; q12r was never asked, so Д3 has no survey part.
    expect(at30?.indicators?.["Д1"]?.survey).toMatchObject({ positive: 30, valid: 30 });
    expect(at30?.indicators?.["Д3"]?.survey).toBeUndefined();
    expect(at30?.status).toBe("ok");
  });

  it("loses no counter update under 20 concurrent submissions to one unit", async () => {
    const unit = testUnits.other;
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => submit(server.app, unit, "seeker", seekerFields(1 + (i % 10)))));
    expect(results.map((r) => r.response.statusCode)).toEqual(Array(20).fill(303));
    const db = server.database.db;
    const stored = await db
      .selectFrom("responses")
      .select((eb) => eb.fn.countAll().as("n"))
      .where("unit_id", "=", unit)
      .executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(20);
    const cells = await readCounterCells(db, [month], [unit]);
    const count = (key: string, value: string) => cells.find((c) => c.key === key && c.value === value)?.count;
    expect(Number(count("_n", ""))).toBe(20);
    for (let v = 1; v <= 10; v++) expect(Number(count("q1", String(v)))).toBe(2);
    expect(Number(count("q2", "7"))).toBe(20);
  });
});
