// The demo's measures tell the story: the waiting fix at Брянск and Владивосток confirmed, the stands without effect, the training overdue.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDefaultMethodology } from "../../../src/cli/methodology-files.js";
import { listMeasures, type Database } from "../../../src/db/index.js";
import { ResultsCache } from "../../../src/server/dashboard/results-cache.js";
import { MeasureEffectSource } from "../../../src/server/loop/measure-effect-source.js";
import { loadMeasureEffectSettings } from "../../../src/server/loop/measure-effect-settings-file.js";
import { isMeasureOverdue } from "../../../src/core/index.js";
import { runsOnPglite } from "../../support/databases.js";
import { openDemoDatabase } from "../../support/demo-server.js";

const methodology = loadDefaultMethodology();

// The seeded demo template (made once per version of the sources) is the demo as `npm start` seeds it.
describe.runIf(runsOnPglite)("demo measures", () => {
  let database: Database;
  beforeAll(async () => {
    database = await openDemoDatabase();
  }, 300_000);
  afterAll(async () => database?.close());

  it("confirm the waiting fix, not the stands, and show the training overdue", async () => {
    const db = database.db;
    const measures = await listMeasures(db, { subtreeOf: null });
    const source = new MeasureEffectSource(new ResultsCache(db, { methodology: async () => methodology }), loadMeasureEffectSettings());
    const byUnit = new Map(measures.map((m) => [m.unitId, m]));
    const verdict = async (unit: string) => (await source.effectOf(byUnit.get(unit)!))?.verdict;
    expect(await verdict("32-01")).toBe("confirmed");
    expect(await verdict("25-01")).toBe("confirmed");
    expect(await verdict("32-03")).toBe("not_confirmed");
    const training = byUnit.get("32-04")!;
    expect(isMeasureOverdue(training.status, training.plannedEnd, new Date().toISOString().slice(0, 10))).toBe(true);
    expect(byUnit.get("32-02")!.status).toBe("draft");
  }, 300_000);
});
