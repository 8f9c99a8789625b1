// `zvezda bench <suite> [options]`: prints performance figures; each suite lives in src/cli/bench/<suite>-bench.ts.

import { CliError } from "../cli-error.js";

type Suite = { run(argv: string[]): Promise<number> };

/** The suites; add `survey`, `api`, `quality` here as their files appear. */
const suites: Record<string, { summary: string; load: () => Promise<Suite> }> = {
  core: { summary: "core [--responses N] [--seed S] [--period P] [--repeat K]: generation, counters, compute", load: () => import("../bench/core-bench.js") },
  quality: {
    summary: "quality [--responses N] [--seed S] [--period P] [--simulation yes|no]: data-quality detection, simulation recall",
    load: () => import("../bench/quality-bench.js"),
  },
  survey: {
    summary: "survey [--duration S] [--connections C]: page weight (gzip), submissions per second on each backend",
    load: () => import("../bench/survey-bench.js"),
  },
  comments: {
    summary: "comments [--texts N] [--repeat K] [--skip-demo] [--skip-national]: voice of the client, tagging cost, search and theme summary p50/p95",
    load: () => import("../bench/comments-bench.js"),
  },
  loop: {
    summary: "loop [--responses N] [--seed S] [--period P] [--repeat K]: pain points of every unit cold, one unit warm",
    load: () => import("../bench/loop-bench.js"),
  },
  crash: {
    summary:
      "crash [--seconds S] [--connections C] [--runs N]: kill -9 of the server under survey load, restart, acknowledged submissions missing (PGlite; PostgreSQL with DATABASE_URL)",
    load: () => import("../bench/crash-bench.js"),
  },
  web: { summary: "web [--runs N]: admin app's first screen on 10 Mbit/s, 40 ms, CPU ×4 (target ≤ 1,5 s)", load: () => import("../bench/web-bench.js") },
  api: {
    summary:
      "api [--responses N] [--repeat K] [--period P] [--probes N] [--skip-demo] [--skip-national]: /api/results and dashboard p50/p95, freshness under load, demo and national database",
    load: () => import("../bench/api-bench.js"),
  },
};

/** Runs one bench suite (first positional argument). */
export async function run(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const suite = name === undefined ? undefined : suites[name];
  if (!suite) {
    const list = Object.entries(suites)
      .map(([n, s]) => `  ${n.padEnd(8)} ${s.summary}`)
      .join("\n");
    throw new CliError(`${name === undefined ? "bench: укажите набор" : `bench: неизвестный набор «${name}»`}\n${list}`);
  }
  return (await suite.load()).run(rest);
}
