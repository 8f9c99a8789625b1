// `zvezda migrate`: applies the pending migrations to the configured database and prints the report.
import { migrate, openDatabase, redactUrl, type Database, type MigrationReport, type MigrationResult } from "../../db/index.js";
import { isStartupError, loadConfig, type ServerConfig } from "../../server/index.js";
import { CliError } from "../cli-error.js";

const labels: Record<MigrationResult["status"], string> = {
  applied: "применена / applied",
  "already-applied": "уже применена / already applied",
  failed: "ОШИБКА / failed",
  skipped: "пропущена / skipped",
};

/** Where the database is, for people: the data dir or the server URL without its password. */
export function describeDatabase(config: ServerConfig, database: Database): string {
  return database.backend === "postgres" ? `postgres ${redactUrl(config.database.url ?? "")}` : `pglite ${config.database.dataDir}`;
}

/** The report as lines of text: one per migration, then a summary. */
export function formatMigrationReport(report: MigrationReport): string {
  const width = Math.max(0, ...report.results.map((result) => result.name.length));
  const lines = report.results.map((result) => {
    const time = result.durationMs === undefined ? "" : ` (${result.durationMs} ms)`;
    const error = result.error ? `: ${result.error}` : "";
    return `  ${result.name.padEnd(width)}  ${labels[result.status]}${time}${error}`;
  });
  if (report.error) lines.push(`  ОШИБКА / failed: ${report.error}`);
  const count = (status: MigrationResult["status"]) => report.results.filter((result) => result.status === status).length;
  lines.push(
    report.ok
      ? `Применено / applied: ${count("applied")}, уже были / already applied: ${count("already-applied")}`
      : "Миграции не выполнены: после ошибки ничего не применялось / migrations failed: nothing was applied after the error",
  );
  return lines.join("\n");
}

/** Opens the configured database, turning a person's problem into a one-line CLI error. */
export async function openConfiguredDatabase(config: ServerConfig): Promise<Database> {
  try {
    return await openDatabase(config.database);
  } catch (error) {
    if (isStartupError(error)) throw new CliError(error.message, "service_unavailable");
    throw error;
  }
}

/** Loads the configuration from the environment, or fails with one line. */
export function loadConfigOrFail(): ServerConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (isStartupError(error)) throw new CliError(error.message, "bad_request");
    throw error;
  }
}

export async function run(argv: string[]): Promise<number> {
  if (argv.includes("--help")) {
    process.stdout.write("Использование / usage: zvezda migrate\nПрименяет новые миграции к базе данных из DATABASE_URL или ZVEZDA_DATA_DIR.\n");
    return 0;
  }
  if (argv.length > 0) throw new CliError(`Лишние аргументы / unexpected arguments: ${argv.join(" ")}`);
  const config = loadConfigOrFail();
  const database = await openConfiguredDatabase(config);
  try {
    const report = await migrate(database.db);
    process.stdout.write(`Миграции / migrations — ${describeDatabase(config, database)}\n${formatMigrationReport(report)}\n`);
    return report.ok ? 0 : 1;
  } finally {
    await database.close();
  }
}
