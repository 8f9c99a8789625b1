// The demo's data-quality story: fabricated responses planted in three centres of the latest demo
// quarter (a fast batch in Klintsy, a paced series on a Bryansk kiosk, near-copies in Primorye),
// then a detection run, so that reviewers find pending flags in their queue.
import { parsePeriod, type Methodology, type SurveyResponse } from "../../core/index.js";
import { importDataset, readDatasetUnits, type Db, type QualityRunSummary } from "../../db/index.js";
import { runQualityScan, loadQualitySettings } from "../../server/index.js";
import { createRng } from "../synthetic/prng.js";
import { fabricationPatterns, type FabricationPattern } from "../synthetic/quality-simulation/fabrication-patterns.js";
import { demoQuarters } from "./demo-world.js";

/** Where the demo plants fabrication: unit, its region's zone, pattern, how many. */
const plants: readonly { unit: string; timezone: string; pattern: FabricationPattern; count: number; kiosk?: string }[] = [
  { unit: "32-02", timezone: "Europe/Moscow", pattern: "fast_batch", count: 14 },
  { unit: "32-03", timezone: "Europe/Moscow", pattern: "paced_kiosk", count: 16, kiosk: "k:32-03-1" },
  { unit: "25-02", timezone: "Asia/Vladivostok", pattern: "near_copies", count: 18 },
];

export interface DemoQualityResult {
  fabricated: number;
  run: QualityRunSummary;
}

/** Stores the fabricated responses (with their counters) and runs the detection over the quarter. */
export async function seedDemoQuality(db: Db, methodology: Methodology): Promise<DemoQualityResult> {
  const quarter = demoQuarters[demoQuarters.length - 1] as string;
  const period = parsePeriod(quarter);
  if (!period) throw new Error(`bad period ${quarter}`);
  const rng = createRng("demo-quality");
  const responses: SurveyResponse[] = plants.flatMap((p) =>
    fabricationPatterns(p.pattern, rng.fork(p.unit), {
      unit: p.unit,
      timezone: p.timezone,
      period,
      idPrefix: `demo-fab-${p.unit}`,
      count: p.count,
      ...(p.kiosk ? { kioskDevice: p.kiosk } : {}),
    }),
  );
  // The stored units go along unchanged, so that local months use each region's zone.
  await importDataset(db, { format: "zvezda-dataset/1", units: await readDatasetUnits(db), responses, objective: [] }, methodology);
  const run = await runQualityScan(db, { period: quarter, scopeUnitId: null, startedBy: null, settings: loadQualitySettings(), methodology });
  return { fabricated: responses.length, run };
}
