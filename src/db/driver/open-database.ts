// The one factory that picks the database driver from configuration: PostgreSQL or PGlite.
import { join, resolve } from "node:path";
import { pgliteChangeListen, postgresChangeListen, type ChangeListen } from "./change-listener.js";
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { lockDataDir } from "./data-dir-lock.js";
import { DatabaseOpenError } from "./database-open-error.js";
import type { Db, Schema } from "../database-schema.js";
import { ensureWritableDir } from "./ensure-writable-dir.js";
import { PgliteDialect } from "./pglite-dialect.js";
import type { PgliteStart } from "./pglite-instance.js";
import type { PgliteSession } from "./pglite-session.js";
import { openPgliteThread } from "./pglite-thread.js";
import { prepareMarkedStatements } from "./prepared-statements.js";
import { typeParsers } from "./type-parsers.js";

/** Where PGlite runs: on a thread of its own, or on the thread that opens it. */
export const pgliteThreads = ["own", "caller"] as const;
export type PgliteThread = (typeof pgliteThreads)[number];

/** Where the data lives. */
export interface DatabaseConfig {
  /** `postgres://…`: use this PostgreSQL server. Otherwise PGlite runs in-process. */
  url?: string | undefined;
  /** PGlite's directory (its files go to `<dataDir>/pglite`); absent: an in-memory database. */
  dataDir?: string | undefined;
  /**
   * PGlite only, for a new data directory: a tarball of a data directory to start from
   * instead of running initdb (tests use a pre-initialised one; also restores a dump).
   */
  pgliteTemplate?: Blob | undefined;
  /**
   * PGlite only: its buffer cache (PostgreSQL's `shared_buffers`, e.g. "16MB"); PGlite's 128MB when absent. Postgres
   * zeroes the whole cache at every start, so a small one opens a database a third faster where little data is read
   * (the tests' throwaway databases).
   */
  pgliteSharedBuffers?: string | undefined;
  /**
   * PGlite only: "own" (the default) runs it on a thread of its own, so that its statements never hold up the caller's
   * event loop; "caller" runs it on the calling thread, which opens faster (throwaway test databases).
   */
  pgliteThread?: PgliteThread | undefined;
}

export type Backend = "pglite" | "postgres";

/** An open database: the query builder, which backend runs it, and how to close it. */
export interface Database {
  readonly db: Db;
  readonly backend: Backend;
  /** Finishes the queries under way and closes the pool or PGlite (its files stay consistent). */
  close(): Promise<void>;
  /** Wake-ups when figures' inputs change (any process on the database); absent on a database opened otherwise. */
  readonly listenForChanges?: ChangeListen;
}

/** Opens the configured database; throws `DatabaseOpenError` with a one-line message when it cannot. */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  return config.url ? openPostgres(config.url) : openPglite(config);
}

function describeCause(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return describeCause(error.errors[0]);
  if (error instanceof Error) return error.message || (error as NodeJS.ErrnoException).code || error.name;
  return String(error);
}

/** The URL without its password, fit for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(неверный адрес / invalid URL)";
  }
}

function closer(db: Db, after: () => void = () => {}): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => (closing ??= db.destroy().finally(after));
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    connectionTimeoutMillis: 5_000,
    types: {
      getTypeParser: ((oid: number, format?: "text" | "binary") => typeParsers[oid] ?? pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client whose server went away emits 'error' on the pool; the pool drops that
  // client and the next query gets a new one, so this must not crash the process.
  pool.on("error", () => {});
  pool.on("connect", prepareMarkedStatements);
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy().catch(() => {});
    const where = redactUrl(url);
    const cause = describeCause(error);
    throw new DatabaseOpenError("unreachable", `Не удалось подключиться к базе данных ${where}: ${cause} / Cannot connect to the database ${where}: ${cause}`, {
      cause: error,
    });
  }
  return { db, backend: "postgres", close: closer(db), listenForChanges: postgresChangeListen(url) };
}

/** A PGlite session on the thread the configuration asks for. */
async function startPglite(start: PgliteStart, thread: DatabaseConfig["pgliteThread"]): Promise<PgliteSession> {
  if (thread !== "caller") return openPgliteThread(start);
  // Loaded only here: a process whose PGlite runs on its own thread never loads PGlite's code on this one.
  const [{ createPglite }, { localPgliteSession }] = await Promise.all([import("./pglite-instance.js"), import("./pglite-session.js")]);
  return localPgliteSession(await createPglite(start));
}

function pgliteDatabase(session: PgliteSession, after?: () => void): Database {
  const db = new Kysely<Schema>({ dialect: new PgliteDialect(session) });
  return { db, backend: "pglite", close: closer(db, after), listenForChanges: pgliteChangeListen(session) };
}

async function openPglite(config: DatabaseConfig): Promise<Database> {
  const start = { template: config.pgliteTemplate, sharedBuffers: config.pgliteSharedBuffers };
  if (!config.dataDir) return pgliteDatabase(await startPglite(start, config.pgliteThread));
  const dir = resolve(config.dataDir);
  ensureWritableDir(dir);
  const unlock = lockDataDir(dir);
  try {
    const pgliteDir = join(dir, "pglite");
    ensureWritableDir(pgliteDir);
    const session = await startPglite({ ...start, dir: pgliteDir }, config.pgliteThread).catch((error: unknown) => {
      const cause = describeCause(error);
      throw new DatabaseOpenError(
        "data-dir-unusable",
        `Не удалось открыть базу данных в каталоге ${pgliteDir}: ${cause} / Cannot open the database in ${pgliteDir}: ${cause}`,
        { cause: error },
      );
    });
    return pgliteDatabase(session, unlock);
  } catch (error) {
    unlock();
    throw error;
  }
}
