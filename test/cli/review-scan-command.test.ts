// `zvezda review-scan` in a child process: flags the fabricated batch of a stored dataset for review; bad input exits 2.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importDataset, openDatabase } from "../../src/db/index.js";
import { loadDefaultMethodology } from "../../src/cli/methodology-files.js";
import { zvezda } from "../support/run-cli.js";
import { openTestDatabase, temporaryDir } from "../support/databases.js";
import { reviewPeriod, reviewWorld } from "../support/quality-review-world.js";

const methodology = loadDefaultMethodology();
const world = reviewWorld(methodology, 40);

describe("zvezda review-scan on pglite", () => {
  const dir = temporaryDir();
  const dataDir = join(dir.path, "data");
  const env = { ZVEZDA_DATA_DIR: dataDir };

  beforeAll(async () => {
    const database = await openTestDatabase("pglite", { dataDir });
    try {
      await importDataset(database.db, world.dataset, methodology);
    } finally {
      await database.close();
    }
  }, 120_000);
  afterAll(() => dir.remove());

  it("stores pending flags for the scope's fabricated responses and prints the run", async () => {
    const run = await zvezda(["review-scan", "--period", reviewPeriod, "--unit", "32"], env);
    expect(run.code, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout) as { scopeUnitId: string; flagsAdded: number; settingsVersion: string };
    expect(summary).toMatchObject({ scopeUnitId: "32", settingsVersion: expect.any(String) });
    const database = await openDatabase({ dataDir });
    try {
      const flags = await database.db.selectFrom("response_flags").select(["response_id", "unit_id", "status"]).execute();
      expect(flags.length).toBe(summary.flagsAdded);
      expect(flags.every((f) => f.unit_id.startsWith("32") && f.status === "pending")).toBe(true);
      expect(flags.map((f) => f.response_id)).toEqual(expect.arrayContaining(world.fabricated["32-01"]));
    } finally {
      await database.close();
    }
  }, 120_000);

  it("refuses a bad period and an unknown unit", async () => {
    expect((await zvezda(["review-scan", "--period", "2025-Q9"], env)).code).toBe(2);
    const unknown = await zvezda(["review-scan", "--period", reviewPeriod, "--unit", "99-99"], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("99-99");
  }, 120_000);
});
