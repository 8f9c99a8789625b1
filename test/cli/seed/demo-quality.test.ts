// The demo's planted fabrication: stored with its counters, and flagged pending after the seed's detection run.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/db/index.js";
import { loadDefaultMethodology } from "../../../src/cli/methodology-files.js";
import { runDemoSeed } from "../../../src/cli/seed/demo-seed.js";
import { backends, openTestDatabase } from "../../support/databases.js";

const methodology = loadDefaultMethodology();

describe.each(backends)("demo quality seed on %s", (backend) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(backend);
  }, 300_000);
  afterAll(async () => database?.close());

  it("plants fabricated responses that the seed's run flags for review, in Klintsy, Bryansk and Primorye", async () => {
    const result = await runDemoSeed(database.db, methodology);
    const db = database.db;
    const stored = Number((await db.selectFrom("responses").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
    expect(stored).toBe(result.responses);
    const run = await db.selectFrom("quality_runs").selectAll().executeTakeFirstOrThrow();
    expect(run).toMatchObject({ period: "2026-Q3", scope_unit_id: null });
    const fabricated = await db.selectFrom("responses").select("id").where("id", "like", "demo-fab-%").execute();
    const flags = await db.selectFrom("response_flags").select(["response_id", "unit_id", "status"]).where("response_id", "like", "demo-fab-%").execute();
    expect(flags.length).toBeGreaterThanOrEqual(Math.ceil(fabricated.length * 0.9));
    expect(new Set(flags.map((f) => f.unit_id))).toEqual(new Set(["32-02", "32-03", "25-02"]));
    expect(flags.every((f) => f.status === "pending")).toBe(true);
    // Honest demo traffic is rarely flagged.
    const all = Number((await db.selectFrom("response_flags").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
    expect(all - flags.length).toBeLessThan(run.responses_checked * 0.03);
  }, 300_000);
});
