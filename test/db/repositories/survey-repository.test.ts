// Storing survey submissions: one statement stores a batch and its counters; a repeated token and a
// malformed batch change nothing.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadDefaultMethodology } from "../../../src/cli/methodology-files.js";
import { syncMethodologies } from "../../../src/cli/methodology-sync.js";
import { readCounterCells, storeSurveyResponses, type Database } from "../../../src/db/index.js";
import { addBryanskCentres, backends, openTestDatabase } from "../../support/databases.js";
import { submission } from "../../support/survey-submission.js";

const m = loadDefaultMethodology();
describe.each(backends)("survey repository on %s", (backend) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(backend);
    await syncMethodologies(database.db, [m], m);
    await addBryanskCentres(database.db);
  });
  beforeEach(async () => {
    await database.db.deleteFrom("response_counters").execute();
    await database.db.deleteFrom("responses").execute();
  });
  afterAll(() => database?.close());

  it("stores a batch with its counters, once per token, also within the batch", async () => {
    await storeSurveyResponses(database.db, [submission("old", "32-01", 3, "f:old")]);
    const outcomes = await storeSurveyResponses(database.db, [
      submission("a", "32-01", 9, "f:a"),
      submission("b", "32-01", 9, "f:b"),
      submission("c", "32-02", 7, "f:c"),
      submission("c-again", "32-02", 7, "f:c"),
      submission("old-again", "32-01", 3, "f:old"),
    ]);
    expect(outcomes).toEqual(["stored", "stored", "stored", "duplicate", "duplicate"]);
    const stored = await database.db.selectFrom("responses").select("id").orderBy("id").execute();
    expect(stored.map((r) => r.id)).toEqual(["a", "b", "c", "old"]);
    const cells = await readCounterCells(database.db, ["2025-04"]);
    const count = (unit: string, key: string, value: string) => cells.find((c) => c.unit === unit && c.key === key && c.value === value)?.count;
    expect(count("32-01", "_n", "")).toBe(3);
    expect(count("32-01", "q1", "9")).toBe(2);
    expect(count("32-01", "q1", "3")).toBe(1);
    expect(count("32-01", "profile.categories", "disabled")).toBe(3);
    expect(count("32-02", "_n", "")).toBe(1);
    expect(count("32-02", "q4", "yes")).toBe(1);
    expect(cells.filter((c) => c.unit === "32-02")).toHaveLength(5);
  });

  it("refuses cells that are not the response's own month, and stores nothing of the batch", async () => {
    const stray = submission("stray", "32-01", 9, "f:stray");
    const wrongMonth = { ...stray, cells: stray.cells.map((c) => ({ ...c, month: "2025-05" })) };
    await expect(storeSurveyResponses(database.db, [submission("fine", "32-01", 9, "f:fine"), wrongMonth])).rejects.toThrow(/own month/);
    expect(await database.db.selectFrom("responses").select("id").execute()).toEqual([]);
    expect(await readCounterCells(database.db, ["2025-04", "2025-05"])).toEqual([]);
  });
});
