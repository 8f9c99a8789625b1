// Freshness of /api/results: from a survey submission's 303 until /api/results shows it, with other
// submissions arriving meanwhile at a steady rate. Submissions go to an in-process server (inject); the reads go to
// the same one, or over HTTP to another server process on the same database.
import type { FastifyInstance } from "fastify";
import { issueFormToken } from "../../server/index.js";
import { benchAnswers } from "./survey-load.js";

/** What one run measured: milliseconds per probe, and the background submissions' rate. */
export interface FreshnessFigures {
  ackToSeen: number[];
  readsPerProbe: number[];
  backgroundPerSec: number;
  backgroundRefused: number;
}

/** The month label (a period) of now in Moscow, where the bench's centres lie. */
export function currentMonthLabel(now = new Date()): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Moscow", year: "numeric", month: "2-digit" }).formatToParts(now);
  return `${parts.find((p) => p.type === "year")?.value}-${parts.find((p) => p.type === "month")?.value}`;
}

let device = 0;
/** One seeker questionnaire to `unit` through `app`, as a browser posts it; the HTTP status. */
export async function submit(app: FastifyInstance, secret: string, unit: string): Promise<number> {
  const response = await app.inject({
    method: "POST",
    url: `/s/${unit}/seeker`,
    headers: { "content-type": "application/x-www-form-urlencoded", "user-agent": `bench-fresh/${++device}` },
    payload: `token=${issueFormToken(secret, unit, "seeker")}&${benchAnswers}`,
  });
  return response.statusCode;
}

/** Reads a centre's seeker count of a period from /api/results, somewhere. */
export type SeekerCountReader = (period: string, unit: string) => Promise<number>;

type ResultsBody = { units: { id?: string; view: string; n: number }[] };
const seekersOf = (document: ResultsBody, unit: string) => document.units.find((u) => u.id === unit && u.view === "seeker")?.n ?? 0;

/** Reads through `app` in process. */
export function injectSeekerCount(app: FastifyInstance, cookie: string): SeekerCountReader {
  return async (period, unit) => {
    const response = await app.inject({ method: "GET", url: `/api/results?period=${period}&unit=${unit}`, headers: { cookie } });
    if (response.statusCode !== 200) throw new Error(`/api/results: ${response.statusCode} ${response.body.slice(0, 200)}`);
    return seekersOf(response.json(), unit);
  };
}

/** Reads over HTTP from the server at `baseUrl`. */
export function httpSeekerCount(baseUrl: string, cookie: string): SeekerCountReader {
  return async (period, unit) => {
    const response = await fetch(`${baseUrl}/api/results?period=${period}&unit=${unit}`, { headers: { cookie } });
    if (response.status !== 200) throw new Error(`/api/results: ${response.status} ${(await response.text()).slice(0, 200)}`);
    return seekersOf((await response.json()) as ResultsBody, unit);
  };
}

/**
 * `probes` times: submits one response to `probeUnit` through `app`, and once it is answered 303 reads /api/results
 * for that centre with `read` until its seeker count has grown; meanwhile `backgroundPerSec` submissions a second go
 * to `backgroundUnits`.
 */
export async function measureFreshness(
  app: FastifyInstance,
  read: SeekerCountReader,
  secret: string,
  probeUnit: string,
  backgroundUnits: readonly string[],
  probes: number,
  backgroundPerSec: number,
): Promise<FreshnessFigures> {
  const period = currentMonthLabel();
  let running = true,
    sent = 0,
    refused = 0,
    skipped = 0;
  const started = performance.now();
  // At most 32 submissions in flight: a server slower than the rate asked for gets what it can take
  // (the rate printed is the one reached), instead of a queue that grows for ever.
  let inFlight = 0;
  const background = (async () => {
    while (running) {
      const due = Math.floor(((performance.now() - started) / 1000) * backgroundPerSec);
      for (; sent < due && inFlight < 32; sent++) {
        inFlight++;
        void submit(app, secret, backgroundUnits[sent % backgroundUnits.length] as string)
          .then(
            (s) => void (s === 303 || refused++),
            () => void refused++,
          )
          .finally(() => inFlight--);
      }
      if (sent < due && inFlight >= 32) {
        skipped += due - sent;
        sent = due;
      }
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    while (inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 5));
  })();
  const ackToSeen: number[] = [],
    readsPerProbe: number[] = [];
  try {
    for (let i = 0; i < probes; i++) {
      const before = await read(period, probeUnit);
      const status = await submit(app, secret, probeUnit);
      if (status !== 303) throw new Error(`survey submission answered ${status}, not 303`);
      const acknowledged = performance.now();
      let reads = 0;
      for (;;) {
        reads++;
        if ((await read(period, probeUnit)) > before) break;
        if (performance.now() - acknowledged > 10_000) throw new Error("a submission was not reflected within 10 s");
      }
      ackToSeen.push(performance.now() - acknowledged);
      readsPerProbe.push(reads);
    }
  } finally {
    running = false;
    await background;
  }
  return { ackToSeen, readsPerProbe, backgroundPerSec: ((sent - skipped) / (performance.now() - started)) * 1000, backgroundRefused: refused };
}
