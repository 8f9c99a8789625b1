// `bench loop`, the HTTP part: a unit's page with its pain points (the dashboard page and /api/loop/pain-points, one
// after the other: the app asks them at once, so the sum bounds the page) warm p50/p95, on the demo data and on a national database of two quarters.
import type { FastifyInstance } from "fastify";
import { parsePeriod, previousPeriod, type Methodology, type Period } from "../../core/index.js";
import { runDemoSeed } from "../seed/demo-seed.js";
import { demoUsers } from "../seed/demo-users.js";
import { demoQuarters } from "../seed/demo-world.js";
import { generateNationalDataset } from "../synthetic/national-dataset.js";
import { addBenchAdmin, benchAdmin, benchServer } from "./api-timing.js";
import { openBenchDatabase } from "./bench-database.js";
import { duration, grouped, printFigures } from "./bench-report.js";
import { bulkLoad } from "./bulk-load.js";

const quantile = (sorted: readonly number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;

/** The requests of one unit page with its pain points. */
export const unitPageUrls = (unit: string, period: string, view: string): string[] => [
  `/api/dashboard/unit/${encodeURIComponent(unit)}?period=${period}&view=${view}`,
  `/api/loop/pain-points?unit=${encodeURIComponent(unit)}&period=${period}&view=${view}`,
];

export interface PageLoadTiming {
  coldMs: number;
  p50: number;
  p95: number;
  max: number;
  painP95: number;
  dashboardP95: number;
  baselineP95: number;
}

/** Times `repeat` loads of the pages of `units` in turn (each load: its two requests one after the other); the first load of each is cold. */
export async function timeUnitPages(app: FastifyInstance, cookie: string, units: readonly string[], period: string, repeat: number): Promise<PageLoadTiming> {
  // The page asks both at once; here they go one after the other, so each one's share is its own (the sum bounds the page).
  const load = async (unit: string) => {
    const each = [0, 0];
    for (const [k, url] of unitPageUrls(unit, period, "combined").entries()) {
      const start = performance.now();
      const answer = await app.inject({ method: "GET", url, headers: { cookie } });
      if (answer.statusCode !== 200) throw new Error(`${url}: ${answer.statusCode} ${answer.body.slice(0, 300)}`);
      each[k] = performance.now() - start;
    }
    const start = performance.now();
    await app.inject({ method: "GET", url: "/api/auth/me", headers: { cookie } });
    return { ms: each[0]! + each[1]!, dashboard: each[0]!, pain: each[1]!, baseline: performance.now() - start };
  };
  let coldMs = 0;
  for (const unit of units) coldMs = Math.max(coldMs, (await load(unit)).ms);
  const samples: Awaited<ReturnType<typeof load>>[] = [];
  for (let i = 0; i < repeat; i++) samples.push(await load(units[i % units.length]!));
  const sorted = (pick: (s: (typeof samples)[number]) => number) => samples.map(pick).sort((a, b) => a - b);
  const total = sorted((s) => s.ms);
  return {
    coldMs,
    p50: quantile(total, 0.5),
    p95: quantile(total, 0.95),
    max: total[total.length - 1]!,
    painP95: quantile(
      sorted((s) => s.pain),
      0.95,
    ),
    dashboardP95: quantile(
      sorted((s) => s.dashboard),
      0.95,
    ),
    baselineP95: quantile(
      sorted((s) => s.baseline),
      0.95,
    ),
  };
}

function print(title: string, t: PageLoadTiming, repeat: number, units: number): void {
  printFigures(title, [
    [`страница подразделения с проблемными точками, первая загрузка (худшая из ${units})`, duration(t.coldMs)],
    [`прогретая, p50 (${grouped(repeat)} загрузок)`, duration(t.p50)],
    ["прогретая, p95", `${duration(t.p95)} (цель ≤ 50 ms)`],
    ["прогретая, max", duration(t.max)],
    ["  из них /api/loop/pain-points, p95", duration(t.painP95)],
    ["  из них /api/dashboard/unit, p95", duration(t.dashboardP95)],
    ["для сравнения: /api/auth/me (сессия, без данных), p95", duration(t.baselineP95)],
  ]);
}

/** The demo: Брянск's and Владивосток's centres and regions in the newest demo quarter, as the federal admin. */
export async function demoUnitPages(repeat: number): Promise<void> {
  const database = await openBenchDatabase("loop-demo");
  try {
    await runDemoSeed(database.db);
    const admin = demoUsers.find((u) => u.role === "federal_admin")!;
    const period = demoQuarters.at(-1)!;
    const { app, cookie } = await benchServer(database, admin.login, admin.password);
    try {
      const units = ["32-01", "32-02", "25-01", "32", "25"];
      print(
        `Демо-данные (${database.backend}), ${period}, сводный срез, inject без сети`,
        await timeUnitPages(app, cookie, units, period, repeat),
        repeat,
        units.length,
      );
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}

/** A national database with the period and the one before (`responses` each), then the pages of a region and its centres. */
export async function nationalUnitPages(o: { responses: number; seed: string; period: string; repeat: number }, methodology: Methodology): Promise<void> {
  const database = await openBenchDatabase("loop-national");
  try {
    const previous = previousPeriod(parsePeriod(o.period) as Period).label;
    const start = performance.now();
    let units: string[] = [];
    for (const [period, seed] of [
      [previous, `${o.seed}-previous`],
      [o.period, o.seed],
    ] as const) {
      const dataset = generateNationalDataset({ responses: o.responses, seed, period, methodology });
      await bulkLoad(database.db, dataset, methodology);
      units = [
        "77",
        ...dataset.units
          .filter((u) => u.kind === "territorial" && u.id.startsWith("77-"))
          .slice(0, 9)
          .map((u) => u.id),
      ];
    }
    process.stdout.write(
      `Национальная база (${database.backend}): ${grouped(o.responses)} анкет × 2 квартала, загрузка ${duration(performance.now() - start)}\n`,
    );
    await addBenchAdmin(database);
    const { app, cookie } = await benchServer(database, benchAdmin.login, benchAdmin.password);
    try {
      print(
        `Национальная база (${database.backend}), ${o.period}, сводный срез, inject без сети`,
        await timeUnitPages(app, cookie, units, o.period, o.repeat),
        o.repeat,
        units.length,
      );
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}
