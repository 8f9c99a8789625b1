// The real command line: serve starts and stops cleanly in a child process; bad configuration fails in one line.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { allMigrationsApplied, backends, createPostgresDatabase, openTestDatabase, temporaryDir } from "../support/databases.js";
import { freePort } from "../support/free-port.js";
import { zvezda as zvezdaInProcess } from "../support/run-cli.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

function zvezda(args: string[], env: Record<string, string>): Run {
  // Node with tsx as a loader, as `npm start` runs it: tsx's CLI would relay signals and SIGKILL a
  // child slow to acknowledge them (60 ms), which a loaded machine can be; the server gets SIGTERM itself.
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", LOG_LEVEL: "warn", HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

async function waitForHealth(run: Run, port: number, timeoutMs = 90_000): Promise<unknown> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void run.exited.then(() => (exited = true));
  while (Date.now() < deadline && !exited) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) return await response.json();
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no health answer; stdout: ${run.stdout()}\nstderr: ${run.stderr()}`);
}

/** The non-empty lines of a stream; asserts none is a stack frame. */
function lines(text: string): string[] {
  const result = text.split("\n").filter((line) => line.trim() !== "");
  expect(result.some((line) => /^\s+at /.test(line))).toBe(false);
  return result;
}

describe.each(backends)("zvezda serve on %s", (backend) => {
  const dir = temporaryDir();
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
    dir.remove();
  });

  /** Starts `serve` on the data directory as a shell would, checks health, the page and the banner, and stops it with SIGTERM. */
  async function serveOnce(env: Record<string, string>, port: number): Promise<void> {
    const run = zvezda(["serve"], { ...env, PORT: String(port) });
    try {
      const health = await waitForHealth(run, port);
      expect(health).toMatchObject({ status: "ok", database: { backend, migrations: await allMigrationsApplied() } });
      expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toContain("Звезда клиентоцентричности");
      expect(run.stdout()).toContain(`http://127.0.0.1:${port}`);
      // The admin app's full address on every start, not only on the one that seeded the demo.
      expect(run.stdout()).toContain(`Вход для сотрудников / admin app: http://localhost:${port}/admin/`);
    } finally {
      run.child.kill("SIGTERM");
    }
    expect(await run.exited).toBe(0);
    expect(run.stderr().trim()).toBe("");
    if (backend === "pglite") expect(existsSync(join(dir.path, "data", "zvezda.lock"))).toBe(false);
  }

  it("starts, answers health, names the admin address, and exits 0 on SIGTERM; the same on the next start", async () => {
    const env: Record<string, string> = { ZVEZDA_DATA_DIR: join(dir.path, "data") };
    // Migrated from the test template: initdb on a fresh directory is the smoke test of `npm start` in CI, not this one's subject.
    if (backend === "pglite") await (await openTestDatabase("pglite", { dataDir: env.ZVEZDA_DATA_DIR })).close();
    if (backend === "postgres") {
      const created = await createPostgresDatabase();
      cleanups.push(created.drop);
      env.DATABASE_URL = created.url;
    }
    await serveOnce(env, await freePort());
    await serveOnce(env, await freePort());
  });

  // In-process from here: the exit code and the output are what a shell sees, without a second start of node and tsx.
  it.runIf(backend === "pglite")("migrate reports the migrations as already applied", async () => {
    const run = await zvezdaInProcess(["migrate"], { ZVEZDA_DATA_DIR: join(dir.path, "data") });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/0001_init\s+уже применена \/ already applied/);
    expect(run.stdout).toMatch(/0002_regions\s+уже применена \/ already applied/);
  });

  it.runIf(backend === "pglite")("refuses a port in use in one line, and leaves the data dir unlocked", async () => {
    const blocker: Server = createServer();
    const port = await new Promise<number>((resolve) => blocker.listen(0, "127.0.0.1", () => resolve((blocker.address() as { port: number }).port)));
    try {
      const run = await zvezdaInProcess(["serve"], { PORT: String(port), HOST: "127.0.0.1", ZVEZDA_DATA_DIR: join(dir.path, "data") });
      expect(run.code).not.toBe(0);
      expect(lines(run.stderr)).toEqual([`Порт ${port} занят / Port ${port} is already in use`]);
      expect(existsSync(join(dir.path, "data", "zvezda.lock"))).toBe(false);
    } finally {
      blocker.close();
    }
  });
});

describe("zvezda serve with bad configuration", () => {
  const dir = temporaryDir();
  afterAll(() => dir.remove());

  // In-process (the command fails before it would listen): the exit code and stderr are what a shell sees.
  it("an unreachable DATABASE_URL: one line, non-zero exit", async () => {
    const run = await zvezdaInProcess(["serve"], { DATABASE_URL: "postgres://127.0.0.1:1/x" });
    expect(run.code).not.toBe(0);
    const [line, ...rest] = lines(run.stderr);
    expect(rest).toEqual([]);
    expect(line).toMatch(/^Не удалось подключиться к базе данных postgres:\/\/127\.0\.0\.1:1\/x: .* \/ Cannot connect to the database /);
  });

  it("a data directory that cannot be written: one line, non-zero exit", async () => {
    const file = join(dir.path, "a-file");
    writeFileSync(file, "");
    const run = await zvezdaInProcess(["serve"], { ZVEZDA_DATA_DIR: join(file, "data") });
    expect(run.code).not.toBe(0);
    const [line, ...rest] = lines(run.stderr);
    expect(rest).toEqual([]);
    expect(line).toMatch(/^Каталог данных .* недоступен для записи .* \/ Data directory .* is not writable/);
  });

  it("an invalid PORT: one line, non-zero exit", async () => {
    const run = await zvezdaInProcess(["serve"], { PORT: "http", ZVEZDA_DATA_DIR: join(dir.path, "unused") });
    expect(run.code).not.toBe(0);
    expect(lines(run.stderr)).toEqual([expect.stringMatching(/^Неверное значение PORT \/ Invalid PORT: /)]);
    expect(existsSync(join(dir.path, "unused"))).toBe(false);
  });
});
