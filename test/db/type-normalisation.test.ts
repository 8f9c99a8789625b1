// Both backends return the same JS types: numbers for count/bigint/numeric, Date for timestamptz, parsed jsonb.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonb, type Database } from "../../src/db/index.js";
import { backends, openTestDatabase } from "../support/databases.js";

const expected = {
  n: 3,
  big: 9_007_199_254_740_991,
  num: 12.5,
  at: new Date("2025-03-31T14:30:00.000Z"),
  doc: { a: [1, "x", null], b: { c: true } },
  day: "2025-04-01",
  int: 7,
  month: "2025-04",
};

describe.each(backends)("type normalisation on %s", (backend) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(backend);
  });
  afterAll(() => database?.close());

  it("a query without parameters (simple protocol)", async () => {
    const { rows } = await sql`
      select count(*) as n, 9007199254740991::int8 as big, 12.5::numeric as num,
             '2025-04-01T00:30:00+10:00'::timestamptz as at, '{"a":[1,"x",null],"b":{"c":true}}'::jsonb as doc,
             '2025-04-01'::date as day, 7::int4 as int, '2025-04'::char(7) as month
      from (values (1), (2), (3)) as t(x)`.execute(database.db);
    expect(rows).toEqual([expected]);
  });

  it("a query with parameters (extended protocol)", async () => {
    const { rows } = await sql`
      select count(*) as n, ${"9007199254740991"}::int8 as big, ${"12.5"}::numeric as num,
             ${new Date("2025-03-31T14:30:00Z")}::timestamptz as at, ${JSON.stringify(expected.doc)}::jsonb as doc,
             ${"2025-04-01"}::date as day, ${7}::int4 as int, ${"2025-04"}::char(7) as month
      from (values (1), (2), (3)) as t(x) where x > ${0}`.execute(database.db);
    expect(rows).toEqual([expected]);
  });

  it("typed columns read through the query builder", async () => {
    await database.db
      .insertInto("org_units")
      .values({ id: "TT-1", kind: "managing", name: "Типы", parent_id: "32", hours: jsonb({ mon: "09:00-18:00", sat: null }) })
      .execute();
    await database.db.insertInto("response_counters").values({ unit_id: "TT-1", month: "2025-04", view: "seeker", key: "_n", value: "", count: 5 }).execute();
    const unit = await database.db.selectFrom("org_units").selectAll().where("id", "=", "TT-1").executeTakeFirstOrThrow();
    expect(unit.hours).toEqual({ mon: "09:00-18:00", sat: null });
    expect(unit.created_at).toBeInstanceOf(Date);
    const counter = await database.db.selectFrom("response_counters").select(["count", "month"]).where("unit_id", "=", "TT-1").executeTakeFirstOrThrow();
    expect(counter).toEqual({ count: 5, month: "2025-04" });
    const total = await database.db
      .selectFrom("response_counters")
      .select((eb) => [eb.fn.countAll().as("rows"), eb.fn.sum("count").as("sum")])
      .where("unit_id", "=", "TT-1")
      .executeTakeFirstOrThrow();
    expect(total).toEqual({ rows: 1, sum: 5 });
  });

  it("a jsonb array survives a round trip", async () => {
    await database.db
      .insertInto("audit_log")
      .values({ action: "test", entity: "types", after: jsonb([1, { two: 2 }, "three"]) })
      .execute();
    const row = await database.db.selectFrom("audit_log").select(["id", "after", "at"]).where("entity", "=", "types").executeTakeFirstOrThrow();
    expect(row.after).toEqual([1, { two: 2 }, "three"]);
    expect(typeof row.id).toBe("number");
    expect(row.at).toBeInstanceOf(Date);
  });
});
