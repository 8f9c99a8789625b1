// Times dashboard requests against an in-process server (inject): cold first call, then p50/p95 of repeated calls.
import type { FastifyInstance } from "fastify";
import type { Database } from "../../db/index.js";
import { buildServer, loadConfig, hashPassword } from "../../server/index.js";

/** One measured page. */
export interface PageTiming {
  label: string;
  url: string;
  coldMs: number;
  p50: number;
  p95: number;
  max: number;
  status: number;
  bytes: number;
}

export const quantile = (sorted: readonly number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;

/** The bench server's secret (the freshness bench signs form tokens with it). */
export const benchSecret = "bench-secret-0123456789abcdefghijklmnop";

/** A server on `database`, signed in as `login`. */
export async function benchServer(database: Database, login: string, password: string): Promise<{ app: FastifyInstance; cookie: string }> {
  const config = loadConfig({ PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "silent", ZVEZDA_SECRET: benchSecret });
  // Every bench submission comes from one address (inject, in-process); real respondents come from many, so the
  // per-address limits of the survey would measure themselves here, not the server.
  const surveyAddressLimits = { perAddressUnitHour: Number.MAX_SAFE_INTEGER, perAddressHour: Number.MAX_SAFE_INTEGER };
  const app = await buildServer({ database, config, logger: false, loginRateLimit: { max: 1000, timeWindowMs: 60_000 }, surveyAddressLimits });
  await app.ready();
  const signed = await app.inject({
    method: "POST",
    url: "/api/auth/login",
    headers: { "content-type": "application/json" },
    payload: JSON.stringify({ login, password }),
  });
  if (signed.statusCode !== 200) throw new Error(`sign-in failed: ${signed.statusCode} ${signed.body}`);
  return { app, cookie: String(signed.headers["set-cookie"]).split(";")[0] ?? "" };
}

/** Requests each page once (cold: computes what the cache lacks), then `repeat` times in turn; latencies in ms. */
export async function timePages(
  app: FastifyInstance,
  cookie: string,
  pages: readonly { label: string; url: string; headers?: Record<string, string> }[],
  repeat: number,
): Promise<PageTiming[]> {
  // As bytes off the stream: a client reads the body, and light-my-request's default would also decode it to a string
  // (80 ms for the 17 MB national document), which no client of a server on the network pays.
  const get = async ({ url, headers }: { url: string; headers?: Record<string, string> }) => {
    const start = performance.now();
    const response = await app.inject({ method: "GET", url, headers: { ...headers, cookie }, payloadAsStream: true });
    const chunks: Buffer[] = [];
    for await (const chunk of response.stream()) chunks.push(chunk as Buffer);
    const ms = performance.now() - start;
    const bytes = chunks.reduce((n, c) => n + c.length, 0);
    if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${Buffer.concat(chunks).toString("utf8").slice(0, 300)}`);
    return { ms, status: response.statusCode, bytes };
  };
  const cold: { ms: number; status: number; bytes: number }[] = [];
  for (const p of pages) cold.push(await get(p));
  const samples: number[][] = pages.map(() => []);
  for (let i = 0; i < repeat; i++) {
    for (let k = 0; k < pages.length; k++) samples[k]!.push((await get(pages[k]!)).ms);
  }
  return pages.map((p, k) => {
    const sorted = [...samples[k]!].sort((a, b) => a - b);
    return {
      ...p,
      coldMs: cold[k]!.ms,
      p50: quantile(sorted, 0.5),
      p95: quantile(sorted, 0.95),
      max: sorted[sorted.length - 1] as number,
      status: cold[k]!.status,
      bytes: cold[k]!.bytes,
    };
  });
}

/** Prints the timings as a table. */
export function printTimings(title: string, timings: readonly PageTiming[]): void {
  const rows = [
    ["страница", "первый запрос", "p50", "p95", "max", "ответ"],
    ...timings.map((t) => [
      t.label,
      `${t.coldMs.toFixed(0)} ms`,
      `${t.p50.toFixed(1)} ms`,
      `${t.p95.toFixed(1)} ms`,
      `${t.max.toFixed(1)} ms`,
      `${(t.bytes / 1024).toFixed(0)} KB`,
    ]),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  process.stdout.write(
    `${title}\n${rows.map((r) => "  " + r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  ")).join("\n")}\n`,
  );
}

/** The federal admin a bench on a generated database signs in as. */
export const benchAdmin = { login: "bench-admin", password: "bench-admin-password" } as const;

/** Adds {@link benchAdmin} to a generated database (which has no accounts). */
export async function addBenchAdmin(database: Database): Promise<void> {
  await database.db
    .insertInto("users")
    .values({
      login: benchAdmin.login,
      password_hash: await hashPassword(benchAdmin.password),
      display_name: "Bench",
      role: "federal_admin",
      scope_unit_id: null,
    })
    .execute();
}
