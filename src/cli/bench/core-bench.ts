// `bench core`: generation, folding responses into counters, and computing every unit × view from counters vs raw.

import { parseArgs } from "node:util";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import {
  buildCounterStore,
  computeFromDataset,
  computeIndex,
  orgTreeOf,
  parsePeriod,
  type CounterStore,
  type Dataset,
  type Methodology,
  type ResultDocument,
} from "../../core/index.js";
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
    const responses = Number(values.responses),
      repeat = Number(values.repeat);
    if (!Number.isSafeInteger(responses) || responses < 0) throw new Error(`--responses ${values.responses}: нужно неотрицательное целое`);
    if (!Number.isSafeInteger(repeat) || repeat < 1) throw new Error(`--repeat ${values.repeat}: нужно положительное целое`);
    if (!parsePeriod(values.period)) throw new Error(`--period ${values.period}: период не распознан`);
    return { responses, seed: values.seed, period: values.period, repeat, methodology: values.methodology };
  } catch (error) {
    throw new CliError(`bench core: ${(error as Error).message}`);
  }
}

/** A full garbage collection between phases, so one phase's garbage is not billed to the next. */
function collectGarbage(): void {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as (() => void) | undefined;
  gc?.();
}

/** What the write side leaves for reading, and its timings. */
interface WritePhase {
  readonly units: Dataset["units"];
  readonly objective: Dataset["objective"];
  readonly store: CounterStore;
  readonly generateMs: number;
  readonly foldMs: number;
  readonly rawMs: number;
}

/** The write side: generate the responses, fold them into counters, and compute once straight from them. */
function writePhase(o: ReturnType<typeof options>, methodology: Methodology, memory: MemoryWatch): WritePhase {
  memory.sample();
  const generated = timed(() => generateNationalDataset({ responses: o.responses, seed: o.seed, period: o.period, methodology }));
  const dataset = generated.value;
  memory.sample();
  const tree = orgTreeOf(dataset.units, methodology);
  collectGarbage();
  const folded = timed(() => buildCounterStore(dataset.responses, tree, methodology));
  memory.sample();
  collectGarbage();
  const fromRaw = timed(() => computeFromDataset(dataset, methodology, o.period).units.length);
  memory.sample();
  return { units: dataset.units, objective: dataset.objective, store: folded.value, generateMs: generated.ms, foldMs: folded.ms, rawMs: fromRaw.ms };
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
  const raw = writePhase(o, methodology, memory);
  const { units, objective, store } = raw;
  // Reading never holds raw responses: they died with the write phase's frame.
  collectGarbage();
  const heapForReading = process.memoryUsage().heapUsed;
  let cells = 0;
  for (const _ of store.cells()) cells++;
  const cold = timed(() => computeIndex({ methodology, units: [...units], objective: [...objective], counters: store, period: o.period }));
  const fromCounters: number[] = [];
  let result: ResultDocument = cold.value;
  for (let i = 0; i < o.repeat; i++) {
    const run = timed(() => computeIndex({ methodology, units, objective, counters: store, period: o.period }));
    fromCounters.push(run.ms);
    result = run.value;
    memory.sample();
  }
  const serialised = timed(() => JSON.stringify(result).length);
  memory.sample();
  const kinds = new Map<string, number>();
  for (const u of units) kinds.set(u.kind, (kinds.get(u.kind) ?? 0) + 1);
  const ok = result.units.filter((u) => u.status === "ok").length;
  printFigures(`bench core — ${grouped(o.responses)} ответов, период ${o.period}, методика ${methodology.id}, seed ${o.seed}`, [
    [
      "units",
      `${grouped(units.length)} (regions ${kinds.get("region") ?? 0}, managing ${kinds.get("managing") ?? 0}, territorial ${kinds.get("territorial") ?? 0}) + country`,
    ],
    ["result entries", `${grouped(result.units.length)} unit × view (${grouped(ok)} ok) + ${result.country.length} country`],
    ["objective entries", grouped(objective.length)],
    ["generate dataset", duration(raw.generateMs)],
    ["fold responses into counters", `${duration(raw.foldMs)} (${grouped(cells)} non-zero cells, ${grouped((o.responses / raw.foldMs) * 1000)} responses/s)`],
    [
      "compute all units × views from counters",
      `${duration(median(fromCounters))} median of ${o.repeat} (min ${duration(Math.min(...fromCounters))}, max ${duration(Math.max(...fromCounters))})`,
    ],
    ["  … first call (tree, plan, entry index built)", duration(cold.ms)],
    ["  … serialising the result (all indicator details)", `${duration(serialised.ms)} (${grouped(serialised.value / 1024)} KB JSON)`],
    ["compute from raw responses (fold + compute)", duration(raw.rawMs)],
    ["peak memory", `rss ${megabytes(memory.peakRss)}, heap used ${megabytes(memory.peakHeap)}`],
    ["heap while reading (counters, tree, entries)", megabytes(heapForReading)],
  ]);
  return 0;
}
