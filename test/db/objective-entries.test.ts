// The objective tables: overlapping periods refused by the database too, photo limits, the returned-has-reason rule,
// and the methodology setting `objective.countStatuses` deciding which entries the index counts.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDefaultMethodology } from "../../src/cli/methodology-files.js";
import { syncMethodologies } from "../../src/cli/methodology-sync.js";
import {
  changeObjectiveStatus,
  computeResultsFromDatabase,
  countStatusesOf,
  insertObjectiveEntry,
  insertObjectivePhoto,
  readCountStatuses,
  type Database,
  type Db,
  type ObjectiveStatus,
} from "../../src/db/index.js";
import { backends, openTestDatabase } from "../support/databases.js";

const m = loadDefaultMethodology();
const checklist = (met: number, applicable: number) => ({ payload: { met, applicable }, answers: [] });

describe.each(backends)("objective entries on %s", (backend) => {
  let database: Database;
  let db: Db;
  beforeAll(async () => {
    database = await openTestDatabase(backend);
    db = database.db;
    await syncMethodologies(db, [m], m);
    await db.insertInto("org_units").values({ id: "32-01", kind: "territorial", name: "ЦЗН", parent_id: "32" }).execute();
  });
  afterAll(async () => database?.close());

  const add = (period: string, status: ObjectiveStatus = "draft", indicator: string | null = "К1") =>
    insertObjectiveEntry(db, {
      unitId: "32-01",
      indicator,
      period,
      status,
      actorId: null,
      content: indicator === null ? { payload: { channels: [] } } : checklist(1, 2),
    });

  it("refuses an entry whose period overlaps another of the same unit and indicator, in Russian", async () => {
    await add("2024-Q2");
    await expect(add("2024-05")).rejects.toThrow(/Период 2024-05 пересекается с уже введённым периодом 2024-Q2/);
    await expect(add("2024")).rejects.toThrow(/пересекается/);
    // Another indicator, channels, or an adjacent period are fine.
    await add("2024-05", "draft", "К3");
    await add("2024-Q2", "draft", null);
    await add("2024-Q3");
  });

  it("keeps a reason with every returned entry and records reopenings", async () => {
    const id = await add("2023", "approved");
    await expect(db.updateTable("objective_entries").set({ status: "returned" }).where("id", "=", id).execute()).rejects.toThrow();
    await changeObjectiveStatus(db, id, { to: "returned", actorId: await someUser(db), reason: "Исправить пункт 2", reopening: true });
    const row = await db.selectFrom("objective_entries").select(["status", "return_reason"]).where("id", "=", id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: "returned", return_reason: "Исправить пункт 2" });
    expect(await db.selectFrom("objective_reopenings").select("reason").where("entry_id", "=", id).execute()).toEqual([{ reason: "Исправить пункт 2" }]);
  });

  it("stores photos of at most 5 MB in JPEG, PNG or WebP only", async () => {
    const entryId = await add("2022");
    const photo = (contentType: "image/png", size: number) =>
      insertObjectivePhoto(db, { entryId, item: null, fileName: null, contentType, data: new Uint8Array(size), uploadedBy: null });
    await photo("image/png", 1000);
    await expect(photo("image/png", 5 * 1024 * 1024 + 1)).rejects.toThrow();
    await expect(photo("image/gif" as "image/png", 10)).rejects.toThrow();
    const stored = await db.selectFrom("objective_photos").select(["size", "data"]).where("entry_id", "=", entryId).execute();
    expect(stored.map((p) => [p.size, p.data.byteLength])).toEqual([[1000, 1000]]);
  });

  it("counts the statuses the methodology names in objective.countStatuses, approved only by default", async () => {
    expect(countStatusesOf({})).toEqual(["approved"]);
    expect(countStatusesOf({ objective: { countStatuses: ["approved", "submitted"] } })).toEqual(["approved", "submitted"]);
    expect(countStatusesOf({ objective: { countStatuses: ["approved", "bogus"] } })).toEqual(["approved"]);
    await insertObjectiveEntry(db, { unitId: "32-01", indicator: "М1", period: "2025-Q2", status: "submitted", actorId: null, content: checklist(3, 4) });
    const m1 = async () =>
      (await computeResultsFromDatabase(db, m, "2025-Q2")).units.find((u) => u.id === "32-01" && u.view === "seeker")?.indicators?.["М1"]?.objective;
    expect(await readCountStatuses(db, m.id)).toEqual(["approved"]);
    expect(await m1()).toBeUndefined();
    await sql`update methodology_versions set body = jsonb_set(body, '{objective}', '{"countStatuses": ["approved", "submitted"]}'::jsonb) where id = ${m.id}`.execute(
      db,
    );
    expect(await m1()).toBe(0.75);
    await sql`update methodology_versions set body = body - 'objective' where id = ${m.id}`.execute(db);
    expect(await m1()).toBeUndefined();
  });
});

async function someUser(db: Db): Promise<string> {
  const row = await db
    .insertInto("users")
    .values({
      login: `reviewer-${Math.random().toString(36).slice(2)}`,
      password_hash: "x",
      display_name: "Проверяющий",
      role: "federal_admin",
      scope_unit_id: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}
