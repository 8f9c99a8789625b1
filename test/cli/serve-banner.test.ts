// `zvezda serve` prints the admin app's full address on every start, not only when the demo was just seeded.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot } from "../support/run-cli.js";

const dataDir = mkdtempSync(join(tmpdir(), "zvezda-banner-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Starts `zvezda serve`, returns what it printed once the banner is out, and stops it. */
async function bannerOfServe(port: number): Promise<string> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "serve"], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", LOG_LEVEL: "warn", PORT: String(port), HOST: "127.0.0.1", ZVEZDA_DATA_DIR: dataDir },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  const exited = new Promise<void>((resolve) => child.on("close", () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no banner: ${stdout}`)), 120_000);
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes("База данных")) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  child.kill("SIGTERM");
  await exited;
  return stdout;
}

describe("the start-up banner", () => {
  it("names the full admin address on the first start and on the next one", async () => {
    const port = await freePort();
    for (let start = 0; start < 2; start++) {
      const banner = await bannerOfServe(port);
      expect(banner, `start ${start + 1}`).toContain(`Вход для сотрудников / admin app: http://localhost:${port}/admin/`);
    }
  }, 300_000);
});
