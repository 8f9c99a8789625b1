// How far the database is migrated: the figure health checks report.
import { sql } from "kysely";
import type { Db } from "../database-schema.js";

export interface MigrationStatusSummary {
  /** How many migrations are recorded as applied. */
  applied: number;
  /** The name of the last applied migration, null when none is. */
  latest: string | null;
}

/** Reads `schema_migrations` (an unmigrated database reports 0 and null); also proves the database answers. */
export async function readMigrationStatus(db: Db): Promise<MigrationStatusSummary> {
  const table = await sql<{ name: string | null }>`select to_regclass('schema_migrations')::text as name`.execute(db);
  if (!table.rows[0]?.name) return { applied: 0, latest: null };
  const row = await db
    .selectFrom("schema_migrations")
    .select((eb) => [eb.fn.countAll<number>().as("applied"), eb.fn.max("name").as("latest")])
    .executeTakeFirstOrThrow();
  return { applied: row.applied, latest: row.latest ?? null };
}
