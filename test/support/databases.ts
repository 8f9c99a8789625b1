// One suite, two databases: PGlite always, PostgreSQL too when DATABASE_URL is set.
// ZVEZDA_TEST_BACKENDS=postgres narrows a run to PostgreSQL (CI's second pass, after a pass on PGlite).
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { loadMigrationFiles, migrate, openDatabase, type Backend, type Database, type Db } from "../../src/db/index.js";
import { scratchRoot } from "./scratch-dir.js";

function chosenBackends(): Backend[] {
  const available: Backend[] = process.env.DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
  const requested = process.env.ZVEZDA_TEST_BACKENDS?.split(",").map((name) => name.trim());
  if (!requested) return available;
  const unknown = requested.filter((name) => !available.includes(name as Backend));
  if (unknown.length > 0) throw new Error(`ZVEZDA_TEST_BACKENDS names ${unknown.join(", ")}, but this run has ${available.join(", ")}`);
  return requested as Backend[];
}

/** The backends every data-layer test runs on, for `describe.each(backends)`. */
export const backends: Backend[] = chosenBackends();

/** Whether this run covers PGlite: tests bound to it alone (the demo server of the browser tests) run only then. */
export const runsOnPglite = backends.includes("pglite");

const pgliteVersion = JSON.parse(readFileSync(new URL("../../node_modules/@electric-sql/pglite/package.json", import.meta.url), "utf8")).version as string;

/** Writes a file aside and renames it, so a parallel worker never reads half a file. */
function writeAtomically(path: string, bytes: Uint8Array): void {
  const partial = `${path}.${process.pid}.${randomBytes(4).toString("hex")}`;
  writeFileSync(partial, bytes);
  renameSync(partial, path);
}

/** A throwaway database reads little: a small buffer cache, which Postgres zeroes at every start, opens it faster. */
const testSharedBuffers = "16MB";

const templates = new Map<string, Blob>();
/** The tarball at `path`, read once per process. */
function readTemplate(path: string): Blob {
  let blob = templates.get(path);
  if (!blob) templates.set(path, (blob = new Blob([readFileSync(path)])));
  return blob;
}

/**
 * A freshly initialised PGlite data directory as a tarball, made once per machine and PGlite
 * version: loading it takes under a second where initdb takes five or more.
 */
async function emptyPgliteTemplate(): Promise<Blob> {
  const path = join(scratchRoot, `zvezda-test-pglite-${pgliteVersion}.tar`);
  if (!existsSync(path)) {
    const pglite = await PGlite.create();
    writeAtomically(path, new Uint8Array(await (await pglite.dumpDataDir("none")).arrayBuffer()));
    await pglite.close();
  }
  return readTemplate(path);
}

/**
 * The same with every shipped migration applied, made once per set of migrations: most tests
 * open a migrated database, and replaying the migrations each time cost seconds per file.
 */
async function migratedPgliteTemplate(): Promise<Blob> {
  const files = await loadMigrationFiles();
  const fingerprint = createHash("sha256")
    .update(files.map((file) => `${file.name}:${file.checksum}`).join("\n"))
    .digest("hex")
    .slice(0, 16);
  const path = join(scratchRoot, `zvezda-test-pglite-${pgliteVersion}-migrated-${fingerprint}.tar`);
  if (!existsSync(path)) {
    const dir = mkdtempSync(join(scratchRoot, "zvezda-template-"));
    try {
      const database = await openDatabase({
        dataDir: dir,
        pgliteTemplate: await emptyPgliteTemplate(),
        pgliteSharedBuffers: testSharedBuffers,
        pgliteThread: "caller",
      });
      const report = await migrate(database.db);
      await database.close();
      if (!report.ok) throw new Error(`migrations failed: ${JSON.stringify(report)}`);
      const pglite = await PGlite.create(join(dir, "pglite"));
      writeAtomically(path, new Uint8Array(await (await pglite.dumpDataDir("none")).arrayBuffer()));
      await pglite.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return readTemplate(path);
}

/** A new, empty PostgreSQL database on the server of DATABASE_URL, and how to drop it. */
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error("DATABASE_URL is not set");
  const name = `zvezda_test_${randomBytes(6).toString("hex")}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}

export interface OpenTestDatabaseOptions {
  /** Apply the shipped migrations first (default true). */
  migrated?: boolean;
  /** PGlite only: a data directory (the template is loaded into it); in memory by default. */
  dataDir?: string;
  /** PGlite only: on the test's own thread by default (it opens faster), or on a thread of its own as the server runs it. */
  pgliteThread?: "own" | "caller";
}

/**
 * Opens a fresh database of the backend (an in-memory PGlite, or a new PostgreSQL database
 * that `close()` drops), migrated unless told otherwise.
 */
export async function openTestDatabase(backend: Backend, options: OpenTestDatabaseOptions = {}): Promise<Database> {
  let database: Database;
  if (backend === "pglite") {
    const template = (options.migrated ?? true) ? await migratedPgliteTemplate() : await emptyPgliteTemplate();
    database = await openDatabase({
      dataDir: options.dataDir,
      pgliteTemplate: template,
      pgliteSharedBuffers: testSharedBuffers,
      pgliteThread: options.pgliteThread ?? "caller",
    });
  } else {
    const created = await createPostgresDatabase();
    const opened = await openDatabase({ url: created.url });
    database = { ...opened, close: () => opened.close().finally(() => created.drop()) };
  }
  if (options.migrated ?? true) {
    const report = await migrate(database.db);
    if (!report.ok) {
      await database.close();
      throw new Error(`migrations failed: ${JSON.stringify(report)}`);
    }
  }
  return database;
}

/** Adds two territorial centres of the Bryansk region (32-01 Клинцы, 32-02 Новозыбков) and any `more` units. */
export async function addBryanskCentres(db: Db, more: { id: string; kind: "territorial" | "managing"; name: string; parent_id: string }[] = []): Promise<void> {
  await db
    .insertInto("org_units")
    .values([
      { id: "32-01", kind: "territorial", name: "ЦЗН Клинцы", parent_id: "32" },
      { id: "32-02", kind: "territorial", name: "ЦЗН Новозыбков", parent_id: "32" },
      ...more,
    ])
    .execute();
}

/** A new temporary directory, and how to remove it. */
export function temporaryDir(prefix = "zvezda-test-"): { path: string; remove(): void } {
  const path = mkdtempSync(join(scratchRoot, prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** What /api/health reports about migrations once every shipped migration is applied. */
export async function allMigrationsApplied(): Promise<{ applied: number; latest: string }> {
  const files = await loadMigrationFiles();
  return { applied: files.length, latest: files[files.length - 1]!.name };
}
