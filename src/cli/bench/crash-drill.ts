// The crash drill: a real server process under survey load is killed with SIGKILL, started again, and
// every submission it had acknowledged (303) must be in the database.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase, type Backend, type Database } from "../../db/index.js";
import { issueFormToken } from "../../server/index.js";
import { benchAnswers as answers, benchDatabase, units } from "./survey-load.js";

export interface CrashFigures {
  backend: Backend;
  /** Submissions answered 303 before the kill. */
  acknowledged: number;
  /** Of those, how many are not in the database after the restart. */
  missing: number;
  /** Milliseconds from the new process's start to a healthy /api/health. */
  restartMs: number;
}

const main = fileURLToPath(new URL(`../main.${import.meta.url.endsWith(".ts") ? "ts" : "js"}`, import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** `zvezda serve` in a child process; resolves once /api/health answers 200. */
async function startServer(env: Record<string, string>, url: string): Promise<ChildProcess> {
  const args = main.endsWith(".ts") ? ["--import", "tsx", main, "serve"] : [main, "serve"];
  const child = spawn(process.execPath, args, { env: { PATH: process.env.PATH ?? "", ...env }, stdio: ["ignore", "ignore", "inherit"] });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode} on start`);
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill("SIGKILL");
  throw new Error("the server did not become healthy in 120 s");
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise<void>((resolve) => child.once("exit", () => resolve()));

/** The idempotency key the server stores for a form token: `f:` + its nonce. */
function storedKeyOf(token: string): string {
  const claims = JSON.parse(Buffer.from(token.split(".")[0] ?? "", "base64url").toString("utf8")) as unknown[];
  return `f:${String(claims[3])}`;
}

/** `connections` loops POSTing questionnaires until the server stops answering; returns the acknowledged keys. */
async function load(url: string, secret: string, connections: number): Promise<string[]> {
  const acknowledged: string[] = [];
  let sent = 0;
  const loop = async () => {
    for (;;) {
      const n = sent++;
      const unit = units[n % units.length] as string;
      const token = issueFormToken(secret, unit, "seeker");
      try {
        const response = await fetch(`${url}/s/${unit}/seeker`, {
          method: "POST",
          redirect: "manual",
          // A distinct client per submission (the server trusts loopback as its proxy): the drill is about crashes, not limits.
          headers: {
            "content-type": "application/x-www-form-urlencoded",
            "user-agent": `crash-drill/${n}`,
            "x-forwarded-for": `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
          },
          body: `token=${encodeURIComponent(token)}&${answers}`,
        });
        await response.arrayBuffer();
        if (response.status === 303) acknowledged.push(storedKeyOf(token));
      } catch {
        return; // The server is gone.
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  return acknowledged;
}

async function countMissing(database: Database, keys: string[]): Promise<number> {
  let found = 0;
  for (let i = 0; i < keys.length; i += 1000) {
    const chunk = keys.slice(i, i + 1000);
    const row = await database.db
      .selectFrom("responses")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("form_token", "in", chunk)
      .executeTakeFirstOrThrow();
    found += Number(row.n);
  }
  return keys.length - found;
}

/** Runs the drill once on `backend` (PostgreSQL needs `adminUrl`): load for `loadMs`, SIGKILL, restart, count. */
export async function crashDrill(backend: Backend, options: { loadMs: number; connections: number; adminUrl?: string }): Promise<CrashFigures> {
  const dir = mkdtempSync(join(tmpdir(), "zvezda-crash-"));
  const dataDir = join(dir, "data");
  const database = await benchDatabase(backend, options.adminUrl, dataDir);
  let keepOpen: Database | undefined = database;
  try {
    // PGlite allows one process: hand the directory to the server.
    if (backend === "pglite") {
      await database.close();
      keepOpen = undefined;
    }
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const secret = randomBytes(32).toString("base64url");
    const env = {
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "silent",
      ZVEZDA_SECRET: secret,
      ZVEZDA_TRUSTED_PROXIES: "127.0.0.1",
      ...(backend === "pglite" ? { ZVEZDA_DATA_DIR: dataDir } : { DATABASE_URL: database.url as string }),
    };
    const first = await startServer(env, url);
    const loading = load(url, secret, options.connections);
    await new Promise((resolve) => setTimeout(resolve, options.loadMs));
    first.kill("SIGKILL");
    const acknowledged = await loading;
    await exited(first);

    const restartStarted = Date.now();
    const second = await startServer(env, url);
    const restartMs = Date.now() - restartStarted;
    second.kill("SIGTERM");
    await exited(second);

    const reader = keepOpen ?? (await openDatabase({ dataDir }));
    try {
      return { backend, acknowledged: acknowledged.length, missing: await countMissing(reader, acknowledged), restartMs };
    } finally {
      if (reader !== keepOpen) await reader.close();
    }
  } finally {
    await keepOpen?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
