// The PGlite data-dir lock: exactly one of several concurrent openers wins over a stale lock; a reused pid does not block.
import { fork, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lockDataDir } from "../../../src/db/driver/data-dir-lock.js";
import { currentProcess } from "../../../src/db/driver/process-identity.js";
import { repoRoot } from "../../support/run-cli.js";
import { temporaryDir } from "../../support/databases.js";

const contenders = 4;
const trials = 15;

/** A pid that runs no process now: that of a child which has exited. */
async function deadPid(): Promise<number> {
  const child = fork("-e", ["0"], { execArgv: [], stdio: "ignore" });
  await new Promise((resolve) => child.once("exit", resolve));
  return child.pid as number;
}

function ask(child: ChildProcess, message: object): Promise<{ won?: boolean; error?: string }> {
  return new Promise((resolve) => {
    child.once("message", resolve);
    child.send(message);
  });
}

describe("data-dir lock", () => {
  const dir = temporaryDir();
  const children: ChildProcess[] = [];
  beforeAll(async () => {
    for (let i = 0; i < contenders; i++) {
      const child = fork(join(repoRoot, "test/db/support/lock-contender.ts"), [], {
        execArgv: ["--import", "tsx"],
        cwd: repoRoot,
        stdio: ["ignore", "ignore", "inherit", "ipc"],
      });
      await new Promise((resolve) => child.once("message", resolve));
      children.push(child);
    }
  }, 60_000);
  afterAll(() => {
    for (const child of children) child.kill();
    dir.remove();
  });

  it(`lets exactly one of ${contenders} concurrent processes take over a stale lock, ${trials} times out of ${trials}`, async () => {
    const stale = await deadPid();
    const winners: number[] = [];
    for (let trial = 0; trial < trials; trial++) {
      const data = join(dir.path, `trial-${trial}`);
      mkdirSync(data);
      // Half the trials with an old plain-pid file, half with a full record of a process that is gone.
      const record = trial % 2 === 0 ? String(stale) : JSON.stringify({ pid: stale, host: hostname(), boot: currentProcess().boot, start: "1", nonce: "x" });
      writeFileSync(join(data, "zvezda.lock"), record);
      const answers = await Promise.all(children.map((child) => ask(child, { dir: data })));
      winners.push(answers.filter((a) => a.won).length);
      for (const a of answers) if (!a.won) expect(a.error).toContain("занят");
      await Promise.all(children.map((child) => ask(child, { release: true })));
      expect(existsSync(join(data, "zvezda.lock"))).toBe(false);
      expect(readdirSync(data)).toEqual([]);
    }
    expect(winners).toEqual(Array.from({ length: trials }, () => 1));
  }, 120_000);

  it("takes over a lock whose pid now belongs to another process (a reused pid)", () => {
    const data = join(dir.path, "reused");
    mkdirSync(data);
    // pid 1 runs, but it is not the process that wrote this lock: its start time differs.
    writeFileSync(join(data, "zvezda.lock"), JSON.stringify({ pid: 1, host: hostname(), boot: currentProcess().boot, start: "999999999999", nonce: "old" }));
    const release = lockDataDir(data);
    expect(JSON.parse(readFileSync(join(data, "zvezda.lock"), "utf8"))).toMatchObject({ pid: process.pid });
    release();
    expect(existsSync(join(data, "zvezda.lock"))).toBe(false);
  });

  it("refuses a lock held by a live process, one of another host, and a second open in this process", async () => {
    const data = join(dir.path, "held");
    mkdirSync(data);
    const holder = children[0] as ChildProcess;
    expect((await ask(holder, { dir: data })).won).toBe(true);
    expect(() => lockDataDir(data)).toThrow(/занят другим процессом Zvezda \(pid \d+\)/);
    await ask(holder, { release: true });

    writeFileSync(join(data, "zvezda.lock"), JSON.stringify({ pid: 4_000_000, host: "another-host", boot: "", start: "", nonce: "n" }));
    expect(() => lockDataDir(data)).toThrow(/another-host/);

    const mine = join(dir.path, "mine");
    mkdirSync(mine);
    const release = lockDataDir(mine);
    expect(() => lockDataDir(mine)).toThrow(/занят/);
    release();
  });
});
