// A cheap marker that changes whenever the database has written anything: the current WAL position.
import { sql } from "kysely";
import type { Db } from "./database-schema.js";

/**
 * The current WAL position as text (`0/17104B8`), or undefined where it cannot be read (a standby).
 * Equal markers mean no write was committed in between, so derived data is still current; a
 * changed marker says only that something (anything, anywhere in the cluster) was written.
 */
export async function readChangeMarker(db: Db): Promise<string | undefined> {
  try {
    const result = await sql<{ lsn: string }>`select pg_current_wal_lsn()::text as lsn`.execute(db);
    return result.rows[0]?.lsn;
  } catch {
    return undefined;
  }
}
