// Import, export and results from the database: the same numbers as the core computing from the file; all or nothing; idempotent.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeFromDataset, readDataset, type Dataset, type ResultDocument } from "../../src/core/index.js";
import { computeResultsFromDatabase, exportDataset, importDataset, ImportRefusedError, type Database, type Db } from "../../src/db/index.js";
import { loadDefaultMethodology } from "../../src/cli/methodology-files.js";
import { generateNationalDataset } from "../../src/cli/synthetic/national-dataset.js";
import { backends, openTestDatabase } from "../support/databases.js";

const methodology = loadDefaultMethodology();
const period = "2025-Q2";
const text = JSON.stringify(generateNationalDataset({ responses: 3_000, seed: 7, period, territorialUnits: 150, methodology }));

function validated(json: string): Dataset {
  const outcome = readDataset(json, methodology);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.value;
}

/** Entries keyed by unit id (or "country") and view, as plain JSON. */
function keyed(doc: ResultDocument, ids?: Set<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const u of doc.units) if (!ids || ids.has(u.id as string)) out[`${u.id}|${u.view}`] = JSON.parse(JSON.stringify(u));
  for (const c of doc.country) out[`country|${c.view}`] = JSON.parse(JSON.stringify(c));
  return out;
}

async function counts(db: Db): Promise<Record<string, number>> {
  const n = async (table: "responses" | "objective_entries" | "org_units" | "response_counters") =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const total = await db
    .selectFrom("response_counters")
    .select((eb) => eb.fn.sum<number>("count").as("s"))
    .executeTakeFirstOrThrow();
  return {
    responses: await n("responses"),
    objective: await n("objective_entries"),
    units: await n("org_units"),
    counters: await n("response_counters"),
    sum: Number(total.s ?? 0),
  };
}

async function exported(db: Db, unit?: string): Promise<string> {
  let out = "";
  await exportDataset(db, period, (chunk) => void (out += chunk), { unit, pageSize: 700 });
  return out;
}

describe.each(backends)("dataset exchange on %s", (backend) => {
  let database: Database;
  const dataset = validated(text);
  beforeAll(async () => {
    database = await openTestDatabase(backend);
  }, 120_000);
  afterAll(async () => database?.close());

  it("refuses a file with a bad last response as a whole: nothing written", async () => {
    const before = await counts(database.db);
    const bad = { ...dataset, responses: [...dataset.responses, { ...dataset.responses[0]!, id: "dup-unit", unit: "no-such-unit" }] };
    // The core refuses an unknown unit; the database layer must also roll back what it wrote before a failure.
    await expect(importDataset(database.db, bad as Dataset, methodology)).rejects.toThrow();
    expect(await counts(database.db)).toEqual(before);
    const badRegion = {
      ...dataset,
      units: [...dataset.units, { id: "R1", kind: "region" as const, name: "Р", parent: null, network: "centralized" as const }],
    };
    await expect(importDataset(database.db, badRegion, methodology)).rejects.toThrow(ImportRefusedError);
    expect(await counts(database.db)).toEqual(before);
  }, 120_000);

  it("imports; results from the counters equal the core on the file", async () => {
    const report = await importDataset(database.db, dataset, methodology);
    expect(report.responses).toEqual({ created: dataset.responses.length, skipped: 0 });
    expect(report.units.created + report.units.updated + report.units.unchanged).toBe(dataset.units.length);
    expect(report.objective.created).toBe(dataset.objective.length);
    const fromDb = await computeResultsFromDatabase(database.db, methodology, period);
    const ids = new Set(dataset.units.map((u) => u.id));
    expect(keyed(fromDb, ids)).toEqual(keyed(computeFromDataset(dataset, methodology, period)));
  }, 120_000);

  it("re-import creates nothing and leaves the counters unchanged", async () => {
    const before = await counts(database.db);
    const report = await importDataset(database.db, validated(text), methodology);
    expect(report).toEqual({
      units: { created: 0, updated: 0, unchanged: dataset.units.length },
      responses: { created: 0, skipped: dataset.responses.length },
      objective: { created: 0, replaced: 0, unchanged: dataset.objective.length },
    });
    expect(await counts(database.db)).toEqual(before);
  }, 120_000);

  it("replaces an objective entry with the same unit, indicator and period", async () => {
    const entry = dataset.objective.find((e) => "met" in e)!;
    const changed = { ...entry, met: 0 };
    const report = await importDataset(database.db, { ...dataset, responses: [], objective: [changed] }, methodology);
    expect(report.objective).toEqual({ created: 0, replaced: 1, unchanged: 0 });
    const back = await importDataset(database.db, { ...dataset, responses: [], objective: [entry] }, methodology);
    expect(back.objective).toEqual({ created: 0, replaced: 1, unchanged: 0 });
  }, 120_000);

  it("exports a file the core computes to the same results", async () => {
    const file = validated(await exported(database.db));
    expect(file.responses).toHaveLength(dataset.responses.length);
    expect(keyed(computeFromDataset(file, methodology, period))).toEqual(keyed(await computeResultsFromDatabase(database.db, methodology, period)));
  }, 120_000);

  it("exports and computes a subtree (ranks stay national, so they are left out of the comparison)", async () => {
    const region = dataset.units.find((u) => u.kind === "region" && dataset.responses.some((r) => r.unit.startsWith(`${u.id}-`)))!.id;
    const file = validated(await exported(database.db, region));
    expect(file.units.every((u) => u.id === region || u.id.startsWith(`${region}-`))).toBe(true);
    const scoped = await computeResultsFromDatabase(database.db, methodology, period, { unit: region });
    expect(scoped.country).toEqual([]);
    expect(scoped.units.every((u) => u.id === region || u.id?.startsWith(`${region}-`))).toBe(true);
    const unranked = (doc: ResultDocument) => {
      const out = keyed({ ...doc, country: [] });
      for (const v of Object.values(out) as Record<string, unknown>[]) {
        delete v.rank;
        delete v.rankOf;
      }
      return out;
    };
    expect(unranked(computeFromDataset(file, methodology, period))).toEqual(unranked(scoped));
  }, 120_000);
});
