// The demo seed: deterministic, complete, its stored counters give the same index as the raw data, and its planted fabrication is flagged.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CounterStore, computeFromDataset, computeIndex, type Dataset } from "../../../src/core/index.js";
import { readCounterCells, type Database } from "../../../src/db/index.js";
import { loadDefaultMethodology } from "../../../src/cli/methodology-files.js";
import { runDemoSeed } from "../../../src/cli/seed/demo-seed.js";
import { demoQuarters, generateDemoWorld } from "../../../src/cli/seed/demo-world.js";
import { demoRegions } from "../../../src/cli/seed/demo-structure.js";
import { verifyPassword } from "../../../src/server/auth/password-hash.js";
import { backends, openTestDatabase } from "../../support/databases.js";
import { openDemoDatabase } from "../../support/demo-server.js";

const methodology = loadDefaultMethodology();
const zones = new Map([["25", "Asia/Vladivostok"]]);

describe("demo world", () => {
  it("is deterministic", () => {
    const a = generateDemoWorld(methodology, zones);
    const b = generateDemoWorld(methodology, zones);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.responses.length).toBeGreaterThan(20_000);
  });

  it("covers the 13 pilot regions and four quarters, with centres that differ", () => {
    const world = generateDemoWorld(methodology, zones);
    expect(world.networks.size).toBe(13);
    expect(new Set(world.units.map((u) => u.id.slice(0, 2)))).toEqual(new Set(demoRegions.map((r) => r.code)));
    const shares = new Map<string, { top: number; all: number }>();
    for (const r of world.responses) {
      const s = shares.get(r.unit) ?? { top: 0, all: 0 };
      if (typeof r.answers["q1"] === "number") {
        s.all++;
        if (r.answers["q1"] >= 8) s.top++;
      }
      shares.set(r.unit, s);
    }
    const values = [...shares.values()].map((s) => s.top / s.all);
    expect(Math.max(...values) - Math.min(...values)).toBeGreaterThan(0.2);
    expect(demoQuarters).toHaveLength(4);
  });
});

// One seeded database per backend for all the checks below: the seed is the slow part. On PGlite it is
// the browser tests' template, made by the same runDemoSeed on a fresh migrated database, once per machine.
describe.each(backends)("demo seed on %s", (backend) => {
  let database: Database;
  let result: Awaited<ReturnType<typeof runDemoSeed>>;
  beforeAll(async () => {
    if (backend === "pglite") {
      const demo = await openDemoDatabase();
      database = demo;
      result = demo.seed;
    } else {
      database = await openTestDatabase(backend);
      result = await runDemoSeed(database.db, methodology);
    }
  }, 300_000);
  afterAll(async () => database?.close());

  it("loads units, responses, counters, objective data and working demo logins", async () => {
    const db = database.db;
    const count = async (table: "responses" | "objective_entries" | "users") =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count("responses")).toBe(result.responses);
    expect(await count("objective_entries")).toBe(result.objectiveEntries);
    expect(await count("users")).toBe(result.logins.length);
    expect(new Set(result.logins.map((l) => l.role))).toEqual(new Set(["federal_admin", "federal_analyst", "regional_admin", "unit_manager"]));
    const admin = await db.selectFrom("users").select("password_hash").where("login", "=", "admin").executeTakeFirstOrThrow();
    expect(await verifyPassword("zvezda-admin", admin.password_hash)).toBe(true);

    // The index read from the stored counters equals the index computed from the raw responses.
    const units = await db.selectFrom("org_units").selectAll().execute();
    const datasetUnits = units.map((u) => ({
      id: u.id,
      kind: u.kind,
      name: u.name,
      parent: u.parent_id,
      ...(u.network ? { network: u.network } : {}),
      ...(u.timezone ? { timezone: u.timezone } : {}),
    }));
    const world = generateDemoWorld(methodology, new Map(units.filter((u) => u.kind === "region").map((u) => [u.id, u.timezone ?? "Europe/Moscow"])));
    const dataset: Dataset = { format: "zvezda-dataset/1", units: datasetUnits, responses: world.responses, objective: world.objective };
    const period = "2026-Q2";
    const months = ["2026-04", "2026-05", "2026-06"];
    const cells = (await readCounterCells(db, months)).map((c) => ({ ...c, month: "2026-04" }));
    const fromDb = computeIndex({ methodology, units: datasetUnits, objective: world.objective, counters: CounterStore.fromCells(cells), period });
    expect(JSON.parse(JSON.stringify(fromDb))).toEqual(JSON.parse(JSON.stringify(computeFromDataset(dataset, methodology, period))));
    const bryansk = fromDb.units.find((u) => u.id === "32" && u.view === "seeker");
    expect(bryansk?.status).toBe("ok");
  }, 300_000);

  it("plants fabricated responses that the seed's run flags for review, in Klintsy, Bryansk and Primorye", async () => {
    const db = database.db;
    const stored = Number(
      (
        await db
          .selectFrom("responses")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
    expect(stored).toBe(result.responses);
    const run = await db.selectFrom("quality_runs").selectAll().executeTakeFirstOrThrow();
    expect(run).toMatchObject({ period: "2026-Q3", scope_unit_id: null });
    const fabricated = await db.selectFrom("responses").select("id").where("id", "like", "demo-fab-%").execute();
    const flags = await db.selectFrom("response_flags").select(["response_id", "unit_id", "status"]).where("response_id", "like", "demo-fab-%").execute();
    expect(flags.length).toBeGreaterThanOrEqual(Math.ceil(fabricated.length * 0.9));
    expect(new Set(flags.map((f) => f.unit_id))).toEqual(new Set(["32-02", "32-03", "25-02"]));
    expect(flags.every((f) => f.status === "pending")).toBe(true);
    // Honest demo traffic is rarely flagged.
    const all = Number(
      (
        await db
          .selectFrom("response_flags")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
    expect(all - flags.length).toBeLessThan(run.responses_checked * 0.03);
  }, 300_000);
});
