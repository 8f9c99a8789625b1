// `bench core`: generation, folding responses into counters, and computing every unit × view from counters vs raw.

import { parseArgs } from "node:util";
import { buildCounterStore, computeFromDataset, computeIndex, orgTreeOf, parsePeriod, type ResultDocument } from "../../core/index.js";
import { CliError } from "../cli-error.js";
import { loadMethodology, MethodologyFileError } from "../methodology-files.js";
import { generateNationalDataset } from "../synthetic/national-dataset.js";
import { duration, grouped, median, megabytes, MemoryWatch, printFigures, timed } from "./bench-report.js";

function options(argv: string[]): { responses: number; seed: string; period: string; repeat: number; methodology?: string } {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        responses: { type: "string", default: "1000000" },
        seed: { type: "string", default: "42" },
        period: { type: "string", default: "2025-Q2" },
        repeat: { type: "string", default: "7" },
        methodology: { type: "string" },
      },
      strict: true,
    });
    const responses = Number(values.responses), repeat = Number(values.repeat);
    if (!Number.isSafeInteger(responses) || responses < 0) throw new Error(`--responses ${values.responses}: нужно неотрицательное целое`);
    if (!Number.isSafeInteger(repeat) || repeat < 1) throw new Error(`--repeat ${values.repeat}: нужно положительное целое`);
    if (!parsePeriod(values.period)) throw new Error(`--period ${values.period}: период не распознан`);
    return { responses, seed: values.seed, period: values.period, repeat, methodology: values.methodology };
  } catch (error) {
    throw new CliError(`bench core: ${(error as Error).message}`);
  }
}

/** Runs the core suite and prints its figures. */
export async function run(argv: string[]): Promise<number> {
  const o = options(argv);
  let methodology;
  try {
    methodology = loadMethodology(o.methodology);
  } catch (error) {
    throw error instanceof MethodologyFileError ? new CliError(error.message) : error;
  }
  const memory = new MemoryWatch();
  memory.sample();
  const generated = timed(() => generateNationalDataset({ responses: o.responses, seed: o.seed, period: o.period, methodology }));
  const dataset = generated.value;
  memory.sample();
  const tree = orgTreeOf(dataset.units, methodology);
  const folded = timed(() => buildCounterStore(dataset.responses, tree, methodology));
  const store = folded.value;
  memory.sample();
  let cells = 0;
  for (const _ of store.cells()) cells++;
  const fromCounters: number[] = [];
  let result: ResultDocument | undefined;
  for (let i = 0; i < o.repeat + 1; i++) {
    const run = timed(() => computeIndex({ methodology, units: dataset.units, objective: dataset.objective, counters: store, period: o.period }));
    if (i > 0) fromCounters.push(run.ms);
    result = run.value;
    memory.sample();
  }
  const coldTree = timed(() =>
    computeIndex({ methodology, units: [...dataset.units], objective: [...dataset.objective], counters: store, period: o.period }),
  );
  const fromRaw = timed(() => computeFromDataset(dataset, methodology, o.period));
  memory.sample();
  const kinds = new Map<string, number>();
  for (const u of dataset.units) kinds.set(u.kind, (kinds.get(u.kind) ?? 0) + 1);
  const ok = result?.units.filter((u) => u.status === "ok").length ?? 0;
  printFigures(`bench core — ${grouped(o.responses)} ответов, период ${o.period}, методика ${methodology.id}, seed ${o.seed}`, [
    ["units", `${grouped(dataset.units.length)} (regions ${kinds.get("region") ?? 0}, managing ${kinds.get("managing") ?? 0}, territorial ${kinds.get("territorial") ?? 0}) + country`],
    ["result entries", `${grouped(result?.units.length ?? 0)} unit × view (${grouped(ok)} ok) + ${result?.country.length ?? 0} country`],
    ["objective entries", grouped(dataset.objective.length)],
    ["generate dataset", duration(generated.ms)],
    ["fold responses into counters", `${duration(folded.ms)} (${grouped(cells)} non-zero cells, ${grouped((o.responses / folded.ms) * 1000)} responses/s)`],
    ["compute all units × views from counters", `${duration(median(fromCounters))} median of ${o.repeat} (min ${duration(Math.min(...fromCounters))}, max ${duration(Math.max(...fromCounters))})`],
    ["  … first call with a new tree & entries", duration(coldTree.ms)],
    ["compute from raw responses (fold + compute)", duration(fromRaw.ms)],
    ["peak memory", `rss ${megabytes(memory.peakRss)}, heap used ${megabytes(memory.peakHeap)}`],
  ]);
  return 0;
}
