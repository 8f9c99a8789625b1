// CPU of a server that is otherwise idle while questionnaires trickle in: the process's CPU time over a window of
// steady submissions, as a share of one core (with PGlite the database's work is in this process too). The
// submissions come over HTTP from another process (idle-load.ts), so its work is not counted.
import { fork } from "node:child_process";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import type { IdleLoadOrder, IdleLoadReport } from "./idle-load.js";

/** What one window measured. */
export interface IdleCpuFigures {
  /** CPU time of this process over the window, in % of one core. */
  cpuPercent: number;
  submitted: number;
  refused: number;
  seconds: number;
}

/** The address `app` listens on, listening on a free loopback port first if it does not yet. */
async function listeningAddress(app: FastifyInstance): Promise<string> {
  if (!app.server.listening) await app.listen({ host: "127.0.0.1", port: 0 });
  const { address, port } = app.server.address() as AddressInfo;
  return `http://${address}:${port}`;
}

/** Has another process submit `perSec` questionnaires a second to `units` (in turn) for `seconds`, and measures this process's CPU meanwhile. */
export async function measureIdleCpu(app: FastifyInstance, secret: string, units: readonly string[], perSec: number, seconds: number): Promise<IdleCpuFigures> {
  const order: IdleLoadOrder = { baseUrl: await listeningAddress(app), secret, units, perSec, seconds };
  const script = fileURLToPath(new URL(`./idle-load.${import.meta.url.endsWith(".ts") ? "ts" : "js"}`, import.meta.url));
  const load = fork(script, [], { execArgv: script.endsWith(".ts") ? ["--import", "tsx"] : [], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  let cpu = process.cpuUsage(),
    started = performance.now();
  const report = await new Promise<IdleLoadReport>((resolve, reject) => {
    load.on("message", (message: { started: true } | IdleLoadReport) => {
      if ("started" in message) {
        cpu = process.cpuUsage();
        started = performance.now();
      } else resolve(message);
    });
    load.once("error", reject);
    load.once("exit", (code) => reject(new Error(`the idle load stopped with exit code ${code}`)));
    load.send(order);
  });
  const used = process.cpuUsage(cpu);
  const wallMs = performance.now() - started;
  return { cpuPercent: ((used.user + used.system) / 1000 / wallMs) * 100, submitted: report.submitted, refused: report.refused, seconds: report.seconds };
}
