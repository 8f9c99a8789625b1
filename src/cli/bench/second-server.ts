// A second server process (`zvezda serve`) on the bench's PostgreSQL database, signed in over HTTP: what the
// freshness bench reads through to show that a write through one process is seen by another.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { freePort } from "../free-port.js";
import { benchSecret } from "./api-timing.js";

/** A running second server: its address, a signed-in cookie, and how to stop it. */
export interface SecondServer {
  readonly baseUrl: string;
  readonly cookie: string;
  stop(): Promise<void>;
}

const main = fileURLToPath(new URL("../main.ts", import.meta.url));

/** Starts `zvezda serve` on `databaseUrl` and signs in as `login`; throws with its output when it does not come up in 60 s. */
export async function startSecondServer(databaseUrl: string, login: { login: string; password: string }): Promise<SecondServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", main, "serve"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: "127.0.0.1", ZVEZDA_SECRET: benchSecret, LOG_LEVEL: "silent" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => void (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => void (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
  };
  try {
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the second server exited (${child.exitCode}): ${output.slice(-500)}`);
      const ok = await fetch(`${baseUrl}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (Date.now() > deadline) throw new Error(`the second server did not answer in 60 s: ${output.slice(-500)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const signed = await fetch(`${baseUrl}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(login),
    });
    if (signed.status !== 200) throw new Error(`sign-in on the second server failed: ${signed.status} ${await signed.text()}`);
    const cookie = (signed.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    return { baseUrl, cookie, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
