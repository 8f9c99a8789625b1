// `bench quality`: the detection engine over a national-scale quarter, then the simulation's recall and false flags.

import { parseArgs } from "node:util";
import { assessQuality, parsePeriod, qualityInputFromDataset, type Methodology, type QualitySettings } from "../../core/index.js";
import { CliError } from "../cli-error.js";
import { loadMethodology, MethodologyFileError } from "../methodology-files.js";
import { loadQualitySettings } from "../quality-settings-files.js";
import { generateNationalDataset } from "../synthetic/national-dataset.js";
import { evaluateGrid, GRID_SHARES, GRID_SIZES, worstCells, type GridCell } from "../synthetic/quality-grid/grid-evaluation.js";
import { GRID_PATTERNS, type GridPattern } from "../synthetic/quality-grid/grid-fabrication.js";
import { evaluateHoldout } from "../synthetic/quality-holdout/holdout-evaluation.js";
import { generateQualityWorld } from "../synthetic/quality-simulation/quality-world.js";
import { scoreQualityReport } from "../synthetic/quality-simulation/simulation-scorecard.js";
import { duration, grouped, megabytes, MemoryWatch, printFigures, timed } from "./bench-report.js";

interface BenchOptions {
  responses: number;
  seed: string;
  period: string;
  simulation: boolean;
  grid: boolean;
  gridSizes: number[];
  gridShares: number[];
  gridPatterns: GridPattern[];
  gridVolume?: number;
  settings?: string;
  methodology?: string;
  holdout: boolean;
  holdoutSeeds: number;
  holdoutCentres: number;
  holdoutSeedList?: string[];
  holdoutPerSeed?: boolean;
}

function options(argv: string[]): BenchOptions {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        responses: { type: "string", default: "1000000" },
        seed: { type: "string", default: "42" },
        period: { type: "string", default: "2025-Q2" },
        simulation: { type: "string", default: "yes" },
        grid: { type: "string", default: "yes" },
        "grid-sizes": { type: "string", default: GRID_SIZES.join(",") },
        "grid-shares": { type: "string", default: GRID_SHARES.join(",") },
        "grid-patterns": { type: "string", default: GRID_PATTERNS.join(",") },
        "grid-volume": { type: "string" },
        settings: { type: "string" },
        methodology: { type: "string" },
        holdout: { type: "string", default: "no" },
        "holdout-seeds": { type: "string", default: "2" },
        "holdout-centres": { type: "string", default: "40" },
        "holdout-seed-list": { type: "string" },
        "holdout-per-seed": { type: "string", default: "no" },
      },
      strict: true,
    });
    const responses = Number(values.responses);
    if (!Number.isSafeInteger(responses) || responses < 0) throw new Error(`--responses ${values.responses}: нужно неотрицательное целое`);
    if (!parsePeriod(values.period)) throw new Error(`--period ${values.period}: период не распознан`);
    const gridSizes = values["grid-sizes"].split(",").map(Number);
    if (gridSizes.some((x) => !Number.isSafeInteger(x) || x < 2))
      throw new Error(`--grid-sizes ${values["grid-sizes"]}: нужны целые числа подразделений через запятую, не меньше 2`);
    const gridShares = values["grid-shares"].split(",").map(Number);
    if (gridShares.some((x) => !(x > 0 && x < 1)))
      throw new Error(`--grid-shares ${values["grid-shares"]}: нужны доли подразделений через запятую, больше 0 и меньше 1`);
    const gridPatterns = values["grid-patterns"].split(",");
    const unknown = gridPatterns.find((p) => !(GRID_PATTERNS as readonly string[]).includes(p));
    if (unknown !== undefined) throw new Error(`--grid-patterns: неизвестный сценарий «${unknown}», допустимы ${GRID_PATTERNS.join(", ")}`);
    const gridVolume = values["grid-volume"] === undefined ? undefined : Number(values["grid-volume"]);
    if (gridVolume !== undefined && !(Number.isSafeInteger(gridVolume) && gridVolume >= 10))
      throw new Error(`--grid-volume ${values["grid-volume"]}: нужно целое число ответов на центр, не меньше 10`);
    const holdoutSeeds = Number(values["holdout-seeds"]),
      holdoutCentres = Number(values["holdout-centres"]);
    if (!(Number.isSafeInteger(holdoutSeeds) && holdoutSeeds >= 1))
      throw new Error(`--holdout-seeds ${values["holdout-seeds"]}: нужно целое число кварталов, не меньше 1`);
    if (!(Number.isSafeInteger(holdoutCentres) && holdoutCentres >= 6))
      throw new Error(`--holdout-centres ${values["holdout-centres"]}: нужно целое число центров, не меньше 6`);
    const holdoutSeedList = values["holdout-seed-list"]?.split(",").map((x) => x.trim());
    if (holdoutSeedList?.some((x) => x === ""))
      throw new Error(`--holdout-seed-list ${values["holdout-seed-list"]}: нужны зёрна кварталов через запятую, без пустых`);
    return {
      holdout: values.holdout === "yes",
      ...(holdoutSeedList && { holdoutSeedList }),
      holdoutPerSeed: values["holdout-per-seed"] === "yes",
      holdoutSeeds,
      holdoutCentres,
      responses,
      seed: values.seed,
      period: values.period,
      simulation: values.simulation !== "no",
      grid: values.grid !== "no",
      gridSizes,
      gridShares,
      gridPatterns: gridPatterns as GridPattern[],
      ...(gridVolume !== undefined && { gridVolume }),
      settings: values.settings,
      methodology: values.methodology,
    };
  } catch (error) {
    throw new CliError(`bench quality: ${(error as Error).message}`);
  }
}

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const percent = (x: number): string => `${(x * 100).toFixed(2)} %`;

function nationalFigures(o: BenchOptions, m: Methodology, settings: QualitySettings): [string, string][] {
  const memory = new MemoryWatch();
  memory.sample();
  const generated = timed(() => generateNationalDataset({ responses: o.responses, seed: o.seed, period: o.period, methodology: m }));
  memory.sample();
  const period = parsePeriod(o.period) ?? { label: o.period, kind: "quarter" as const, start: 0, end: 0 };
  const cpuBefore = cpuMs();
  const adapted = timed(() => qualityInputFromDataset(generated.value, period, m, settings.defaultHours));
  const cpuAdapted = cpuMs();
  memory.sample();
  const assessed = timed(() => assessQuality(adapted.value, settings));
  const cpuAssessed = cpuMs();
  memory.sample();
  const units = generated.value.units.length;
  return [
    ["responses in the period", `${grouped(adapted.value.responses.length)} of ${grouped(generated.value.responses.length)}, ${grouped(units)} units`],
    ["generate dataset", duration(generated.ms)],
    ["adapt dataset → quality input", `${duration(adapted.ms)} wall, ${duration(cpuAdapted - cpuBefore)} cpu`],
    ["assess (every signal, units, report)", `${duration(assessed.ms)} wall, ${duration(cpuAssessed - cpuAdapted)} cpu`],
    [
      "flagged",
      `${grouped(assessed.value.responses.length)} responses (${percent(assessed.value.responses.length / Math.max(1, adapted.value.responses.length))}), ${assessed.value.units.length} units`,
    ],
    ["peak memory", `rss ${megabytes(memory.peakRss)}, heap used ${megabytes(memory.peakHeap)}`],
  ];
}

function simulationFigures(m: Methodology, settings: QualitySettings, seed: string): [string, string][] {
  const world = generateQualityWorld({ seed, methodology: m });
  const period = parsePeriod(world.period);
  if (!period) return [];
  const report = assessQuality(qualityInputFromDataset(world.dataset, period, m, settings.defaultHours), settings);
  const card = scoreQualityReport(world, report);
  return [
    ["simulation", `${grouped(world.dataset.responses.length)} responses, seed ${seed}`],
    ...card.patterns.map((p): [string, string] => [
      `  ${p.fabricated ? "fabricated" : "honest"} ${p.pattern}`,
      `${p.fabricated ? "recall" : "flagged"} ${percent(p.rate)} (${p.flagged} of ${p.total})`,
    ]),
    ["  all fabricated: recall", percent(card.fabricatedRecall)],
    ["  all honest: flagged", percent(card.honestFlagRate)],
    ["  inflated centres flagged", `${card.inflatedFlagged} of ${card.inflatedTotal}; other centres flagged: ${card.honestUnitsFlagged.length}`],
  ];
}

const cellName = (c: GridCell): string => `${c.centres} centres × ${Math.round(c.share * 100)} % × ${c.pattern}`;
const cellFigures = (c: GridCell): string =>
  `recall ${percent(c.recall)} (${c.fabricated}), false flags ${percent(c.falseFlags)}, honest centres flagged ${c.honestUnits} (${c.honestUnitsPer40.toFixed(2)} per 40)${c.inflatedTotal ? `, inflated centres ${c.inflatedFlagged} of ${c.inflatedTotal}` : ""}, ${grouped(c.responses)} responses`;

/** The second generator's grid: every cell, then the worst ones. */
function gridFigures(o: BenchOptions, m: Methodology, settings: QualitySettings): [string, string][] {
  const started = Date.now();
  const cells = evaluateGrid(
    { seed: o.seed, sizes: o.gridSizes, shares: o.gridShares, patterns: o.gridPatterns, ...(o.gridVolume !== undefined && { volume: o.gridVolume }) },
    m,
    settings,
  );
  const worst = worstCells(cells);
  const rows: [string, string][] = [["grid (second generator)", `${cells.length} cells, seed ${o.seed}, ${duration(Date.now() - started)}`]];
  for (const c of cells) rows.push([`  ${cellName(c)}`, cellFigures(c)]);
  if (worst.recall) rows.push(["  worst recall", `${cellName(worst.recall)}: ${percent(worst.recall.recall)}`]);
  if (worst.falseFlags) rows.push(["  worst false flags", `${cellName(worst.falseFlags)}: ${percent(worst.falseFlags.falseFlags)}`]);
  if (worst.honestUnits)
    rows.push(["  worst honest centres flagged", `${cellName(worst.honestUnits)}: ${worst.honestUnits.honestUnitsPer40.toFixed(2)} per 40`]);
  if (worst.inflatedMissed)
    rows.push([
      "  worst inflated centres flagged",
      `${cellName(worst.inflatedMissed)}: ${worst.inflatedMissed.inflatedFlagged} of ${worst.inflatedMissed.inflatedTotal}`,
    ]);
  return rows;
}

/** The third, held-out generator: per pattern recall and honest false flags over a few quarters (never tuned to). */
export function holdoutFigures(
  o: Pick<BenchOptions, "seed" | "holdoutSeeds" | "holdoutCentres" | "holdoutSeedList" | "holdoutPerSeed">,
  m: Methodology,
  settings: QualitySettings,
): [string, string][] {
  const started = Date.now();
  const seeds = o.holdoutSeedList ?? Array.from({ length: o.holdoutSeeds }, (_, k) => `${o.seed}:${k + 1}`);
  const rows = evaluateHoldout({ seeds, centres: o.holdoutCentres }, m, settings);
  const out: [string, string][] = [
    [
      "holdout (third generator)",
      `${rows.length} patterns × ${seeds.length} quarters (${seeds.join(", ")}), ${o.holdoutCentres} centres, ${duration(Date.now() - started)}`,
    ],
  ];
  for (const r of rows) {
    out.push([
      `  ${r.pattern}`,
      `recall ${percent(r.recall)} (${r.found} of ${r.fabricated}), false flags ${percent(r.falseFlags)} (${r.honestFlagged} of ${grouped(r.honest)}), honest centres flagged ${r.honestUnits} of ${r.centres}${r.inflatedTotal ? `, inflated centres ${r.inflatedFlagged} of ${r.inflatedTotal}` : ""}`,
    ]);
    if (o.holdoutPerSeed)
      for (const s of r.perSeed)
        out.push([
          `    ${s.seed}`,
          `recall ${percent(s.fabricated ? s.found / s.fabricated : 1)} (${s.found} of ${s.fabricated}), false flags ${percent(s.honest ? s.honestFlagged / s.honest : 0)} (${s.honestFlagged} of ${grouped(s.honest)}), honest centres flagged ${s.honestUnits}${s.inflatedTotal ? `, inflated centres ${s.inflatedFlagged} of ${s.inflatedTotal}` : ""}`,
        ]);
  }
  const worst = rows.reduce((w, r) => (r.recall < w.recall ? r : w));
  out.push(["  worst recall", `${worst.pattern}: ${percent(worst.recall)}`]);
  out.push(["  worst false flags", `${percent(Math.max(...rows.map((r) => r.falseFlags)))}`]);
  return out;
}

/** Runs the quality suite and prints its figures. */
export async function run(argv: string[]): Promise<number> {
  const o = options(argv);
  let m, settings;
  try {
    m = loadMethodology(o.methodology);
    settings = loadQualitySettings(o.settings);
  } catch (error) {
    throw error instanceof MethodologyFileError ? new CliError(error.message) : error;
  }
  const rows = nationalFigures(o, m, settings);
  if (o.simulation) rows.push(...simulationFigures(m, settings, o.seed));
  if (o.grid) rows.push(...gridFigures(o, m, settings));
  if (o.holdout) rows.push(...holdoutFigures(o, m, settings));
  printFigures(`bench quality — ${grouped(o.responses)} ответов, период ${o.period}, настройки ${settings.id}, seed ${o.seed}`, rows);
  return 0;
}
