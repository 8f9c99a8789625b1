// Opens the configured database, brings it to the latest migration and the methodology files,
// runs a command's work on it and closes it: the frame of every command that touches the database.
import { migrate, type Db } from "../db/index.js";
import type { ServerConfig } from "../server/index.js";
import { CliError } from "./cli-error.js";
import { formatMigrationReport, loadConfigOrFail, openConfiguredDatabase } from "./commands/migrate.js";
import { syncMethodologies } from "./methodology-sync.js";

/** Runs `work` on the migrated database; a failed migration stops with exit 1 and its report. */
export async function withMigratedDatabase<T>(work: (db: Db, config: ServerConfig) => Promise<T>): Promise<T> {
  const config = loadConfigOrFail();
  const database = await openConfiguredDatabase(config);
  try {
    const report = await migrate(database.db);
    if (!report.ok) {
      process.stderr.write(`${formatMigrationReport(report)}\n`);
      throw new CliError("Не удалось применить миграции / migrations failed", "migration_failed");
    }
    await syncMethodologies(database.db);
    return await work(database.db, config);
  } finally {
    await database.close();
  }
}
