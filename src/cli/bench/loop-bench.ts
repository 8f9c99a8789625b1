// `bench loop`: pain points of every unit of a national synthetic database, cold from the result documents, and one
// unit's pain points warm (the part a unit page adds), p50/p95; then a unit's page with its pain points over HTTP
// (demo data and a national database, `--pages`).

import { parseArgs } from "node:util";
import { computeFromDataset, painPointFinder, parsePeriod, previousPeriod, type Methodology, type Period, type ViewName } from "../../core/index.js";
import { loadPainSettings } from "../../server/index.js";
import { CliError } from "../cli-error.js";
import { loadMethodology } from "../methodology-files.js";
import { generateNationalDataset } from "../synthetic/national-dataset.js";
import { duration, grouped, printFigures, timed } from "./bench-report.js";
import { demoUnitPages, nationalUnitPages } from "./loop-pages.js";

interface Options {
  responses: number;
  seed: string;
  period: string;
  repeat: number;
  pages: Set<string>;
  pageResponses: number;
  pageRepeat: number;
}

const integerAtLeast = (value: string | undefined, name: string, min: number): number => {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min) throw new Error(`--${name} ${value}: нужно целое не меньше ${min}`);
  return n;
};

function options(argv: string[]): Options {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        responses: { type: "string", default: "1000000" },
        seed: { type: "string", default: "42" },
        period: { type: "string", default: "2025-Q2" },
        repeat: { type: "string", default: "2000" },
        pages: { type: "string", default: "demo,national" },
        "page-responses": { type: "string", default: "100000" },
        "page-repeat": { type: "string", default: "200" },
      },
      strict: true,
    });
    const responses = Number(values.responses),
      repeat = Number(values.repeat);
    if (!Number.isSafeInteger(responses) || responses < 0) throw new Error(`--responses ${values.responses}: нужно неотрицательное целое`);
    if (!Number.isSafeInteger(repeat) || repeat < 1) throw new Error(`--repeat ${values.repeat}: нужно положительное целое`);
    if (!parsePeriod(values.period)) throw new Error(`--period ${values.period}: период не распознан`);
    const pages = new Set(
      values.pages
        .split(",")
        .map((p) => p.trim())
        .filter((p) => p !== "" && p !== "none"),
    );
    for (const p of pages) if (p !== "demo" && p !== "national") throw new Error(`--pages ${values.pages}: перечислите demo, national или none`);
    return {
      responses,
      seed: values.seed,
      period: values.period,
      repeat,
      pages,
      pageResponses: integerAtLeast(values["page-responses"], "page-responses", 0),
      pageRepeat: integerAtLeast(values["page-repeat"], "page-repeat", 1),
    };
  } catch (error) {
    throw new CliError(`bench loop: ${(error as Error).message}`);
  }
}

const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;

/**
 * The result documents of the period and the one before, from generated datasets that are dropped on return: a server
 * holds documents and counters, never the raw responses, and timing the search beside them would time their GC.
 */
function resultDocuments(o: Options, methodology: Methodology, previousLabel: string) {
  const now = generateNationalDataset({ responses: o.responses, seed: o.seed, period: o.period, methodology });
  const before = generateNationalDataset({ responses: o.responses, seed: `${o.seed}-previous`, period: previousLabel, methodology });
  return {
    current: computeFromDataset(now, methodology, o.period),
    previous: computeFromDataset(before, methodology, previousLabel),
    units: now.units.map((u) => ({ id: u.id, kind: u.kind, parent: u.parent, network: u.network ?? null })),
  };
}

/** Runs the loop suite and prints its figures. */
export async function run(argv: string[]): Promise<number> {
  const o = options(argv);
  const methodology = loadMethodology(undefined);
  const settings = loadPainSettings();
  const previousLabel = previousPeriod(parsePeriod(o.period) as Period).label;
  const { current, previous, units } = resultDocuments(o, methodology, previousLabel);
  const views: ViewName[] = ["seeker", "employer", "combined"];
  let found = 0;
  const cold = timed(() => {
    const finder = painPointFinder({ methodology, settings, units, current, previous });
    for (const u of units) for (const view of views) found += finder.of(u.id, view)?.painPoints.length ?? 0;
    return finder;
  });
  // Warm: a fresh finder per sample is what a recomputed document costs; the page reads one unit from a built one.
  const finder = cold.value;
  const samples: number[] = [];
  for (let i = 0; i < o.repeat; i++) {
    const unit = units[(i * 7919) % units.length]!;
    const start = performance.now();
    JSON.stringify(finder.of(unit.id, "combined"));
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const centres = units.filter((u) => u.kind === "territorial").length;
  printFigures(`Проблемные точки: ${grouped(units.length)} подразделений (${grouped(centres)} территориальных ЦЗН), ${grouped(o.responses)} анкет за период`, [
    ["все подразделения × 3 среза, с нуля из документов результатов", `${duration(cold.ms)} (цель ≤ 1 s)`],
    ["найдено проблемных точек", grouped(found)],
    ["одно подразделение, прогретый поиск, p50", duration(percentile(samples, 0.5))],
    ["одно подразделение, прогретый поиск, p95", `${duration(percentile(samples, 0.95))} (цель страницы ≤ 50 ms)`],
  ]);
  if (o.pages.has("demo")) await demoUnitPages(o.pageRepeat);
  if (o.pages.has("national")) await nationalUnitPages({ responses: o.pageResponses, seed: o.seed, period: o.period, repeat: o.pageRepeat }, methodology);
  return 0;
}
