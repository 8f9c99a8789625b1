// The survey's write path under load: a server on a throwaway database, autocannon POSTing valid questionnaires.
import { randomBytes } from "node:crypto";
import { Worker } from "node:worker_threads";
import pg from "pg";
import { sql } from "kysely";
import { migrate, openDatabase, workerSource, type Backend, type Database } from "../../db/index.js";
import { buildServer, loadConfig } from "../../server/index.js";
import { syncMethodologies } from "../methodology-sync.js";
import type { LoadOrder } from "./survey-load-worker.js";

interface LoadResult {
  requestsPerSec: number;
  p50: number;
  p99: number;
  answered: number;
  redirected: number;
  failed: number;
  sent: number;
}

export interface LoadFigures {
  backend: Backend;
  requestsPerSec: number;
  p50: number;
  p99: number;
  /** Answers other than 303 (a stored or repeated questionnaire). */
  unexpected: number;
  /** 303 answers: each a stored questionnaire, as every one carries a fresh token. */
  accepted: number;
  stored: number;
  countersAgree: boolean;
}

export const units = ["32-01", "32-02", "32-03", "32-04", "32-05"];
export const benchAnswers =
  "q1=9&q2=8&q3=7&q4=yes&q5=6&q6=10&q7=9&q8=8&q9=7&q10=6&q11=5&q12=yes&q12r=8&q13=no&q14=office" +
  `&q15office=9&q15site=8&note_q9=${encodeURIComponent("Долго ждала в очереди, но консультант всё объяснил")}&comment=%D0%A1%D0%BF%D0%B0%D1%81%D0%B8%D0%B1%D0%BE` +
  "&gender=female&age=30-39&categories=pensioners&categories=disabled";

/**
 * A throwaway database of the backend (PGlite in memory, or in `dataDir`), migrated, with the methodology
 * and five open centres; `url` names a PostgreSQL one; `close` removes it.
 */
export async function benchDatabase(backend: Backend, adminUrl: string | undefined, dataDir?: string): Promise<Database & { url?: string }> {
  let database: Database & { url?: string };
  if (backend === "pglite") database = await openDatabase(dataDir ? { dataDir } : {});
  else {
    const name = `zvezda_bench_${randomBytes(6).toString("hex")}`;
    const admin = async (statement: string) => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(statement).finally(() => client.end());
    };
    await admin(`create database ${name}`);
    const url = new URL(adminUrl as string);
    url.pathname = `/${name}`;
    const opened = await openDatabase({ url: url.toString() }).catch(async (error) => {
      await admin(`drop database if exists ${name}`);
      throw error;
    });
    database = { ...opened, url: url.toString(), close: () => opened.close().finally(() => admin(`drop database if exists ${name} with (force)`)) };
  }
  const report = await migrate(database.db);
  if (!report.ok) throw new Error(`migrations failed: ${JSON.stringify(report)}`);
  await syncMethodologies(database.db);
  await database.db
    .insertInto("org_units")
    .values(units.map((id, i) => ({ id, kind: "territorial" as const, name: `Бенч-центр ${i + 1}`, parent_id: "32" })))
    .execute();
  return database;
}

/** Runs the load generator in a worker thread and returns its figures. */
function runLoad(order: LoadOrder): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerSource(import.meta.url, "survey-load-worker"), { eval: true, workerData: order });
    worker.once("message", (message: LoadResult) => resolve(message));
    worker.once("error", reject);
    worker.once("exit", (code) => (code === 0 ? undefined : reject(new Error(`load worker exited with ${code}`))));
  });
}

/**
 * Responses stored and the `_n` counters, read in one statement once they stop changing: a request
 * the load generator gave up on at the end may still be completing on the server.
 */
async function settledCounts(database: Database): Promise<{ stored: number; counted: number }> {
  let last = { stored: -1, counted: -1 };
  for (let i = 0; i < 50; i++) {
    const row = await sql<{ stored: string | number; counted: string | number }>`select (select count(*) from responses) as stored,
      (select coalesce(sum(count), 0) from response_counters where key = '_n') as counted`.execute(database.db);
    const now = { stored: Number(row.rows[0]?.stored), counted: Number(row.rows[0]?.counted) };
    if (now.stored === last.stored && now.counted === last.counted) return now;
    last = now;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return last;
}

/** Runs `durationSec` seconds of submissions against a fresh server on `backend` and checks the counters after. */
export async function measureSubmissions(backend: Backend, durationSec: number, connections: number): Promise<LoadFigures> {
  const database = await benchDatabase(backend, process.env.DATABASE_URL);
  const secret = randomBytes(32).toString("base64url");
  const app = await buildServer({
    database,
    config: loadConfig({ PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "silent", ZVEZDA_SECRET: secret, ZVEZDA_TRUSTED_PROXIES: "127.0.0.1" }),
    logger: false,
  });
  try {
    const address = await app.listen({ port: 0, host: "127.0.0.1" });
    const load = await runLoad({ url: address, durationSec, connections, secret, units, answers: benchAnswers });
    await app.close();
    const { stored, counted } = await settledCounts(database);
    return {
      backend,
      requestsPerSec: load.requestsPerSec,
      p50: load.p50,
      p99: load.p99,
      unexpected: load.answered + load.failed - load.redirected,
      accepted: load.redirected,
      stored,
      countersAgree: counted === stored,
    };
  } finally {
    await app.close();
    await database.close();
  }
}
