// Marked statements are prepared once per PostgreSQL connection; the rest are parsed each time,
// and on PGlite the marker is only a comment.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/db/index.js";
import { preparedMarker } from "../../../src/db/driver/prepared-statements.js";
import { backends, openTestDatabase } from "../../support/databases.js";

describe.each(backends)("prepared statements on %s", (backend) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(backend, { migrated: false });
  });
  afterAll(() => database?.close());

  it("runs a marked statement with its parameters, every time", async () => {
    for (const n of [1, 2, 3]) {
      const result = await sql<{ doubled: number }>`${sql.raw(preparedMarker)} select ${n}::int * 2 as doubled`.execute(database.db);
      expect(result.rows).toEqual([{ doubled: n * 2 }]);
    }
  });

  it.runIf(backend === "postgres")("prepares only the marked statements, once per connection", async () => {
    await database.db.connection().execute(async (connection) => {
      await sql`${sql.raw(preparedMarker)} select ${"a"}::text as marked`.execute(connection);
      await sql`${sql.raw(preparedMarker)} select ${"b"}::text as marked`.execute(connection);
      await sql`select ${"c"}::text as plain`.execute(connection);
      const prepared = await sql<{
        statement: string;
      }>`select statement from pg_prepared_statements where statement like ${"%as marked"} or statement like ${"%as plain"}`.execute(connection);
      expect(prepared.rows.map((row) => row.statement)).toEqual([`${preparedMarker} select $1::text as marked`]);
    });
  });
});
