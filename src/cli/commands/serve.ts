// `zvezda serve`: opens the configured database, migrates it, serves until SIGTERM or SIGINT.
import type { Logger } from "pino";
import { migrate, type Database } from "../../db/index.js";
import { buildServer, createLogger, isStartupError, shutdownOnSignal, startListening } from "../../server/index.js";
import { CliError } from "../cli-error.js";
import { syncMethodologies } from "../methodology-sync.js";
import { startupBanner } from "./startup-banner.js";
import { describeDatabase, formatMigrationReport, loadConfigOrFail, openConfiguredDatabase } from "./migrate.js";

export interface RunServerOptions {
  /** Runs after migrating, before listening (the demo seed); returns lines to print once the server listens. */
  prepare?: (database: Database, logger: Logger) => Promise<string[]>;
}

/** Remembers a SIGTERM or SIGINT that arrives while starting, so start-up can stop cleanly instead of dying mid-write. */
function trapEarlySignals(): { readonly received: NodeJS.Signals | undefined; release(): void } {
  const state: { received: NodeJS.Signals | undefined } = { received: undefined };
  const onSignal = (signal: NodeJS.Signals) => {
    state.received ??= signal;
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
  return {
    get received() {
      return state.received;
    },
    release() {
      process.off("SIGTERM", onSignal);
      process.off("SIGINT", onSignal);
    },
  };
}

/** The whole life of a server process; resolves with the exit code after a clean shutdown. */
export async function runServer(options: RunServerOptions = {}): Promise<number> {
  const config = loadConfigOrFail();
  const logger = createLogger(config.logLevel);
  const early = trapEarlySignals();
  let database: Database | undefined;
  try {
    database = await openConfiguredDatabase(config);
    const where = describeDatabase(config, database);
    const report = await migrate(database.db);
    logger.info({ database: where, migrations: report.results }, "migrations checked");
    if (!report.ok) {
      process.stderr.write(`${formatMigrationReport(report)}\n`);
      throw new CliError(`Не удалось применить миграции (${where}) / Migrations failed (${where})`, "migration_failed");
    }
    await syncMethodologies(database.db);
    const notes = early.received ? [] : ((await options.prepare?.(database, logger)) ?? []);
    const app = await buildServer({ database, config, logger });
    if (early.received) {
      await app.close();
      return 0;
    }
    let url: string;
    try {
      url = await startListening(app, config);
    } catch (error) {
      await app.close();
      throw error;
    }
    if (early.received) {
      await app.close();
      return 0;
    }
    // Installed before the early trap is released, so no signal falls between the two.
    const stopped = shutdownOnSignal({ app, database, logger });
    early.release();
    process.stdout.write(startupBanner({ url, publicUrl: config.publicUrl, database: where, notes }));
    database = undefined; // closed by the shutdown from now on
    await stopped;
    return 0;
  } catch (error) {
    if (isStartupError(error)) throw new CliError(error.message, "service_unavailable");
    throw error;
  } finally {
    early.release();
    await database?.close();
  }
}

export async function run(argv: string[]): Promise<number> {
  if (argv.includes("--help")) {
    process.stdout.write(
      "Использование / usage: zvezda serve\nПрименяет миграции и запускает сервер (PORT, HOST, DATABASE_URL, ZVEZDA_DATA_DIR, LOG_LEVEL, ZVEZDA_SECRET).\n",
    );
    return 0;
  }
  if (argv.length > 0) throw new CliError(`Лишние аргументы / unexpected arguments: ${argv.join(" ")}`);
  return runServer();
}
