// A real server on a migrated PGlite database filled with the demo seed, listening on loopback, for the admin app's browser tests.
import { createHash, randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import { runDemoSeed, type DemoSeedResult } from "../../src/cli/seed/demo-seed.js";
import { openDatabase, type Database } from "../../src/db/index.js";
import { buildServer, loadConfig } from "../../src/server/index.js";
import { openTestDatabase } from "./databases.js";
import { onceAcrossWorkers } from "./once-across-workers.js";
import { freePort } from "./free-port.js";
import { scratchRoot } from "./scratch-dir.js";

/** The demo accounts (src/cli/seed/demo-users.ts) and what each may see. */
export const demoLogins = {
  admin: { password: "zvezda-admin", home: "country" },
  analyst: { password: "zvezda-analyst", home: "country" },
  bryansk: { password: "zvezda-region", home: "32" },
  primorye: { password: "zvezda-region", home: "25" },
  klintsy: { password: "zvezda-office", home: "32-02" },
} as const;
export type DemoLogin = keyof typeof demoLogins;

export interface DemoServer {
  url: string;
  app: FastifyInstance;
  database: Database;
  close(): Promise<void>;
}

const root = fileURLToPath(new URL("../../", import.meta.url));

let fingerprint: string | undefined;
/**
 * A fingerprint of everything the seeded database depends on: the code (the seed tags comments and hashes passwords
 * with the server's code), the methodology files and the scrypt cost of the demo accounts (read once per process).
 */
function sourcesFingerprint(): string {
  if (fingerprint) return fingerprint;
  const hash = createHash("sha256").update(`scrypt cost ${process.env.ZVEZDA_SCRYPT_COST ?? ""}\n`);
  for (const top of ["src/core", "src/db", "src/cli", "src/server", "methodology"]) {
    for (const file of (readdirSync(join(root, top), { recursive: true }) as string[]).sort()) {
      const path = join(root, top, file);
      if (/\.(ts|sql|json)$/.test(file)) hash.update(file).update(readFileSync(path));
    }
  }
  return (fingerprint = hash.digest("hex").slice(0, 16));
}

/**
 * Drops the WAL segments PostgreSQL preallocated beyond `current` (the segment holding the last checkpoint) but one,
 * from a data directory closed cleanly: they hold nothing, and they were half of what every test copied.
 */
function dropPreallocatedWal(pgliteDir: string, current: string): void {
  const wal = join(pgliteDir, "pg_wal");
  const later = readdirSync(wal)
    .filter((name) => /^[0-9A-F]{24}$/.test(name) && name > current)
    .sort();
  for (const name of later.slice(1)) rmSync(join(wal, name));
}

/** Removes templates of other source versions built an hour ago or earlier (a parallel run of another checkout may use a newer one). */
function removeStaleTemplates(keep: string): void {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of readdirSync(scratchRoot)) {
    const path = join(scratchRoot, name);
    if (!/^zvezda-demo-/.test(name) || path === keep) continue;
    try {
      if (statSync(path).mtimeMs < hourAgo) rmSync(path, { recursive: true, force: true });
    } catch {
      // removed meanwhile by another worker
    }
  }
}

/**
 * A data directory holding the seeded demo, copied from a template seeded once per version of
 * the sources (the seed takes a minute; a copy, a second), so every browser test starts alike.
 * The template keeps what the seed reported, for the tests of the seed itself.
 */
async function seededDemoDir(): Promise<{ dataDir: string; seed: DemoSeedResult }> {
  const template = join(scratchRoot, `zvezda-demo-${sourcesFingerprint()}`);
  const report = join(template, "seeded.json");
  await onceAcrossWorkers(
    `${template}.lock`,
    () => existsSync(report),
    async () => {
      const building = `${template}.${process.pid}.${randomBytes(4).toString("hex")}`;
      const database = await openTestDatabase("pglite", { dataDir: building });
      let seed: DemoSeedResult;
      let walSegment: string;
      try {
        seed = await runDemoSeed(database.db);
        await sql`checkpoint`.execute(database.db);
        walSegment = (await sql<{ name: string }>`select pg_walfile_name(pg_current_wal_lsn()) as name`.execute(database.db)).rows[0]!.name;
      } finally {
        await database.close();
      }
      dropPreallocatedWal(join(building, "pglite"), walSegment);
      writeFileSync(join(building, "seeded.json"), JSON.stringify(seed));
      rmSync(template, { recursive: true, force: true });
      renameSync(building, template);
      removeStaleTemplates(template);
    },
  );
  const copy = mkdtempSync(join(scratchRoot, "zvezda-demo-run-"));
  cpSync(template, copy, { recursive: true });
  return { dataDir: copy, seed: JSON.parse(readFileSync(report, "utf8")) as DemoSeedResult };
}

/** The seeded demo on PGlite, in a copy of the template that closing removes, with what the seed reported. */
export async function openDemoDatabase(): Promise<Database & { seed: DemoSeedResult }> {
  const { dataDir, seed } = await seededDemoDir();
  const opened = await openDatabase({ dataDir });
  return { ...opened, seed, close: () => opened.close().finally(() => rmSync(dataDir, { recursive: true, force: true })) };
}

export async function startDemoServer(): Promise<DemoServer> {
  const database = await openDemoDatabase();
  try {
    const port = await freePort();
    const config = loadConfig({
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "silent",
      ZVEZDA_SECRET: "admin-app-test-secret-0123456789abcdef",
      ZVEZDA_PUBLIC_URL: `http://127.0.0.1:${port}`,
    });
    const app = await buildServer({ database, config, logger: false, loginRateLimit: { max: 1000, timeWindowMs: 60_000 } });
    const url = await app.listen({ port, host: "127.0.0.1" });
    return {
      url,
      app,
      database,
      close: async () => {
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
