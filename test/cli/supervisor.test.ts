// The supervisor behind `npm start`: a crashed child is started again with a growing delay; a clean stop or a refused configuration is final.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { supervise } from "../../src/cli/supervisor.js";
import { temporaryDir } from "../support/databases.js";

const dir = temporaryDir();
afterAll(() => dir.remove());

/** A child that appends its start time to `file`, then dies the way `script` says. */
const child = (file: string, script: string) => () =>
  spawn(process.execPath, ["-e", `require("fs").appendFileSync(${JSON.stringify(file)}, Date.now() + "\\n"); ${script}`], { stdio: "ignore" });
const starts = (file: string) => readFileSync(file, "utf8").trim().split("\n").map(Number);
const options = { minDelayMs: 100, maxDelayMs: 400, stableMs: 10_000, log: () => undefined };

describe("supervisor", () => {
  it("restarts a child killed with SIGKILL or crashing, with doubling delays, until it stops cleanly", async () => {
    const file = join(dir.path, "crashes");
    writeFileSync(file, "");
    // Runs 1 and 2 die by SIGKILL and by an uncaught error; run 3 exits 0.
    const script = `const n = require("fs").readFileSync(${JSON.stringify(file)}, "utf8").trim().split("\\n").length;
      if (n === 1) process.kill(process.pid, "SIGKILL"); else if (n === 2) throw new Error("crash"); else process.exit(0);`;
    const lines: string[] = [];
    expect(await supervise(child(file, script), { ...options, log: (l) => lines.push(l) })).toBe(0);
    const times = starts(file);
    expect(times).toHaveLength(3);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(190);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(390);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain("перезапуск");
  }, 30_000);

  it("does not restart a child that refuses its configuration (exit 2)", async () => {
    const file = join(dir.path, "config");
    writeFileSync(file, "");
    expect(await supervise(child(file, "process.exit(2)"), options)).toBe(2);
    expect(starts(file)).toHaveLength(1);
  });

  it("stops the child and itself when asked to stop", async () => {
    const file = join(dir.path, "long");
    writeFileSync(file, "");
    let stop!: () => void;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const running = supervise(child(file, "setInterval(() => {}, 1000)"), { ...options, stop: stopped });
    await new Promise((resolve) => setTimeout(resolve, 500));
    stop();
    expect(await running).toBe(0);
    expect(starts(file)).toHaveLength(1);
  });
});
