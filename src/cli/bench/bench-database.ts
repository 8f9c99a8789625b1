// A fresh, migrated database for a bench: PGlite in a temporary directory, or a new database on DATABASE_URL's server.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { migrate, openDatabase, type Database } from "../../db/index.js";
import { syncMethodologies } from "../methodology-sync.js";

async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A bench database; `url` is set on PostgreSQL (other processes may connect to it). */
export type BenchDatabase = Database & { readonly url?: string };

/** Opens a new empty database (migrated, methodologies synced); `close()` removes it. */
export async function openBenchDatabase(label: string): Promise<BenchDatabase> {
  const url = process.env.DATABASE_URL;
  let database: BenchDatabase;
  if (url) {
    // An unquoted identifier: labels such as "voice-national" keep letters, digits and underscores only.
    const name = `zvezda_bench_${label.replace(/[^a-z0-9_]/gi, "_").toLowerCase()}_${randomBytes(4).toString("hex")}`;
    await admin(url, `create database ${name}`);
    const target = new URL(url);
    target.pathname = `/${name}`;
    const opened = await openDatabase({ url: target.toString() });
    // ZVEZDA_BENCH_KEEP=1 leaves the database in place, to read its plans with EXPLAIN after the figures.
    const drop = () =>
      process.env.ZVEZDA_BENCH_KEEP ? process.stderr.write(`bench database kept: ${name}\n`) : admin(url, `drop database if exists ${name} with (force)`);
    database = { ...opened, url: target.toString(), close: () => opened.close().finally(drop) };
  } else {
    const dir = mkdtempSync(join(tmpdir(), `zvezda-bench-${label}-`));
    const opened = await openDatabase({ dataDir: dir });
    database = { ...opened, close: () => opened.close().finally(() => rmSync(dir, { recursive: true, force: true })) };
  }
  const report = await migrate(database.db);
  if (!report.ok) {
    await database.close();
    throw new Error(`migrations failed: ${JSON.stringify(report)}`);
  }
  await syncMethodologies(database.db);
  return database;
}
