// Applies the pending SQL migrations, each in its own transaction, and reports per migration.
import { sql } from "kysely";
import type { Db } from "../database-schema.js";
import { loadMigrationFiles, type MigrationFile } from "./migration-files.js";

/** What happened to one migration. */
export type MigrationStatus = "applied" | "already-applied" | "failed" | "skipped";

export interface MigrationResult {
  name: string;
  status: MigrationStatus;
  /** Time spent applying it (applied and failed migrations). */
  durationMs?: number;
  /** Why it failed, or why it was skipped. */
  error?: string;
}

export interface MigrationReport {
  /** True when every migration is now applied. */
  ok: boolean;
  results: MigrationResult[];
  /** A failure before any migration could be looked at (e.g. the folder cannot be read). */
  error?: string;
}

export interface MigrateOptions {
  /** The folder of NNNN_name.sql files; the shipped migrations by default. */
  folder?: URL | string;
}

// One advisory lock id for every Zvezda migrator, so that two processes starting at once
// take turns (PGlite has one session: the lock is then simply granted).
const lockId = 4_733_261_907_221;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function lockedTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${lockId})`.execute(trx);
    return work(trx);
  });
}

async function appliedChecksums(trx: Db): Promise<Map<string, string>> {
  const rows = await trx.selectFrom("schema_migrations").select(["name", "checksum"]).execute();
  return new Map(rows.map((row) => [row.name, row.checksum]));
}

/** Mismatches between what was applied and the files: a changed checksum or a vanished file. */
function drift(files: MigrationFile[], applied: Map<string, string>): MigrationResult[] {
  const problems: MigrationResult[] = [];
  const byName = new Map(files.map((file) => [file.name, file]));
  for (const [name, checksum] of applied) {
    const file = byName.get(name);
    if (!file) {
      problems.push({ name, status: "failed", error: "applied to the database but missing from the migrations folder" });
    } else if (file.checksum !== checksum) {
      problems.push({
        name,
        status: "failed",
        error: `file changed after it was applied (checksum ${checksum.slice(0, 12)}… is now ${file.checksum.slice(0, 12)}…)`,
      });
    }
  }
  return problems;
}

/**
 * Brings the database up to date: creates `schema_migrations` if needed, refuses to run when
 * an applied migration was edited or removed, then applies each pending file in order inside
 * its own transaction and records its name and checksum. Never throws for a failed migration:
 * the report says which ones were applied, already applied, failed or skipped after a failure.
 */
export async function migrate(db: Db, options: MigrateOptions = {}): Promise<MigrationReport> {
  let files: MigrationFile[];
  let applied: Map<string, string>;
  try {
    files = await loadMigrationFiles(options.folder);
    applied = await lockedTransaction(db, async (trx) => {
      await sql`create table if not exists schema_migrations (
        name text primary key,
        checksum text not null,
        applied_at timestamptz not null default now()
      )`.execute(trx);
      return appliedChecksums(trx);
    });
  } catch (error) {
    return { ok: false, results: [], error: messageOf(error) };
  }

  const problems = drift(files, applied);
  if (problems.length > 0) {
    const failed = new Set(problems.map((problem) => problem.name));
    const others = files
      .filter((file) => !failed.has(file.name))
      .map((file): MigrationResult =>
        applied.has(file.name)
          ? { name: file.name, status: "already-applied" }
          : { name: file.name, status: "skipped", error: "not run: an applied migration does not match its file" },
      );
    return { ok: false, results: [...problems, ...others].sort((a, b) => a.name.localeCompare(b.name)) };
  }

  const results: MigrationResult[] = [];
  let failure: string | undefined;
  for (const file of files) {
    if (failure) {
      results.push({ name: file.name, status: "skipped", error: `not run: ${failure} failed` });
      continue;
    }
    const started = performance.now();
    try {
      const status = await lockedTransaction(db, async (trx) => {
        // Another process may have applied it since we looked.
        const done = await trx.selectFrom("schema_migrations").select("checksum").where("name", "=", file.name).executeTakeFirst();
        if (done) return "already-applied" as const;
        await sql.raw(file.sql).execute(trx);
        await trx.insertInto("schema_migrations").values({ name: file.name, checksum: file.checksum }).execute();
        return "applied" as const;
      });
      results.push(status === "applied" ? { name: file.name, status, durationMs: Math.round(performance.now() - started) } : { name: file.name, status });
    } catch (error) {
      failure = file.name;
      results.push({ name: file.name, status: "failed", durationMs: Math.round(performance.now() - started), error: messageOf(error) });
    }
  }
  return { ok: failure === undefined, results };
}
