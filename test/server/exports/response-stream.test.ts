// Streaming responses page by page: every response of the units and months once, in (unit, time, id) order, ties included.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDefaultMethodology } from "../../../src/cli/methodology-files.js";
import { syncMethodologies } from "../../../src/cli/methodology-sync.js";
import { importDataset, readDatasetUnits, streamResponses, type Database } from "../../../src/db/index.js";
import { backends, openTestDatabase } from "../../support/databases.js";

const m = loadDefaultMethodology();

describe.each(backends)("streamResponses on %s", (backend) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(backend);
    await syncMethodologies(database.db);
    await database.db.updateTable("org_units").set({ network: "decentralized" }).where("id", "=", "32").execute();
    await database.db
      .insertInto("org_units")
      .values([
        { id: "32-01", kind: "territorial", name: "А", parent_id: "32" },
        { id: "32-02", kind: "territorial", name: "Б", parent_id: "32" },
      ])
      .execute();
    // 23 responses per unit; several share a submission time, so the keyset must break ties by id.
    const responses = ["32-01", "32-02"].flatMap((unit) =>
      Array.from({ length: 23 }, (_, i) => ({
        id: `${unit}-r${String(i % 7).padStart(2, "0")}-${i}`,
        unit,
        respondent: "seeker" as const,
        submittedAt: `2025-05-0${1 + (i % 3)}T10:00:00Z`,
        answers: { q1: 1 + (i % 10) },
      })),
    );
    responses.push({ id: "june", unit: "32-01", respondent: "seeker", submittedAt: "2025-07-02T10:00:00Z", answers: { q1: 5 } });
    await importDataset(database.db, { format: "zvezda-dataset/1", units: await readDatasetUnits(database.db), responses, objective: [] }, m);
  });
  afterAll(async () => database?.close());

  it("yields pages of at most pageSize, each response once, in unit, time and id order", async () => {
    const pages: number[] = [];
    const seen: { id: string; unit: string; at: number }[] = [];
    for await (const page of streamResponses(database.db, ["32-01", "32-02"], ["2025-04", "2025-05", "2025-06"], 5)) {
      pages.push(page.length);
      seen.push(...page.map((r) => ({ id: r.id, unit: r.unitId, at: r.submittedAt.getTime() })));
    }
    expect(Math.max(...pages)).toBe(5);
    expect(seen).toHaveLength(46);
    expect(new Set(seen.map((s) => s.id)).size).toBe(46);
    expect(seen.some((s) => s.id === "june")).toBe(false);
    const sorted = [...seen].sort((a, b) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : a.at - b.at || (a.id < b.id ? -1 : 1)));
    expect(seen).toEqual(sorted);
  });
});
