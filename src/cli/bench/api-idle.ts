// CPU of a server that is otherwise idle while questionnaires trickle in: the process's CPU time over a window of
// steady submissions, as a share of one core (with PGlite the database's work is in this process too).
import type { FastifyInstance } from "fastify";
import { submit } from "./api-freshness.js";

/** What one window measured. */
export interface IdleCpuFigures {
  /** CPU time of this process over the window, in % of one core. */
  cpuPercent: number;
  submitted: number;
  refused: number;
  seconds: number;
}

/** Submits `perSec` questionnaires a second to `units` (in turn) for `seconds`, and measures this process's CPU meanwhile. */
export async function measureIdleCpu(app: FastifyInstance, secret: string, units: readonly string[], perSec: number, seconds: number): Promise<IdleCpuFigures> {
  let submitted = 0,
    refused = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  while (performance.now() - started < seconds * 1000) {
    const status = await submit(app, secret, units[submitted % units.length] as string).catch(() => 0);
    submitted++;
    if (status !== 303) refused++;
    const next = started + (submitted * 1000) / perSec;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - performance.now())));
  }
  const used = process.cpuUsage(cpu);
  const wallMs = performance.now() - started;
  return { cpuPercent: ((used.user + used.system) / 1000 / wallMs) * 100, submitted, refused, seconds: wallMs / 1000 };
}
