// A small world for review-workflow tests: region 32 (centres 32-01, 32-03) and region 25 (25-01),
// honest traffic in opening hours, and one fabricated fast batch in 32-01 and in 25-01.
import {
  parsePeriod,
  validateDataset,
  formatProblems,
  type Dataset,
  type DatasetUnit,
  type Methodology,
  type SurveyResponse,
  type View,
} from "../../src/core/index.js";
import { createRng } from "../../src/cli/synthetic/prng.js";
import { fabricationPatterns } from "../../src/cli/synthetic/quality-simulation/fabrication-patterns.js";
import { createResponseSampler } from "../../src/cli/synthetic/response-sampler.js";

export const reviewPeriod = "2025-Q2";

export const reviewUnits: DatasetUnit[] = [
  { id: "32", kind: "region", name: "Брянская область", parent: null, network: "decentralized", timezone: "Europe/Moscow" },
  { id: "32-01", kind: "territorial", name: "ЦЗН Брянского района", parent: "32" },
  { id: "32-03", kind: "territorial", name: "ЦЗН Севского района", parent: "32" },
  { id: "25", kind: "region", name: "Приморский край", parent: null, network: "decentralized", timezone: "Asia/Vladivostok" },
  { id: "25-01", kind: "territorial", name: "ЦЗН Уссурийска", parent: "25" },
];

export interface ReviewWorld {
  dataset: Dataset;
  /** Fabricated response ids by unit. */
  fabricated: Record<"32-01" | "25-01", string[]>;
}

/** The world (deterministic). `honestPerUnit` honest responses per centre, spread over the quarter's working days. */
export function reviewWorld(methodology: Methodology, honestPerUnit = 90): ReviewWorld {
  const period = parsePeriod(reviewPeriod);
  if (!period) throw new Error("bad period");
  const rng = createRng("review-world");
  const sampler = createResponseSampler(methodology, rng.fork("answers"));
  const responses: SurveyResponse[] = [];
  const offsets: Record<string, number> = { "32": 3, "25": 10 };
  for (const unit of reviewUnits.filter((u) => u.kind === "territorial")) {
    const hourOffset = offsets[unit.parent as string] as number;
    for (let i = 0; i < honestPerUnit; i++) {
      // A working day of April–June 2025, 09:30–17:30 local.
      let day = new Date(Date.UTC(2025, 3, 1) + rng.int(90) * 86_400_000);
      while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day = new Date(day.getTime() + 86_400_000);
      const local = day.getTime() + (9.5 * 60 + rng.int(8 * 60)) * 60_000;
      const submittedAt = new Date(local - hourOffset * 3_600_000).toISOString().slice(0, 19) + "Z";
      const view: View = rng.chance(0.85) ? "seeker" : "employer";
      responses.push(
        sampler.sample({ id: `h-${unit.id}-${i}`, unit: unit.id, view, submittedAt, quality: 0, offeredChannels: new Set(["office", "site", "phone"]) }),
      );
    }
  }
  const fabricated = { "32-01": [] as string[], "25-01": [] as string[] };
  for (const [unit, timezone] of [
    ["32-01", "Europe/Moscow"],
    ["25-01", "Asia/Vladivostok"],
  ] as const) {
    const batch = fabricationPatterns("fast_batch", rng.fork(`fab-${unit}`), { unit, timezone, period, idPrefix: `fab-${unit}`, count: 12 });
    responses.push(...batch);
    fabricated[unit] = batch.map((r) => r.id);
  }
  const outcome = validateDataset(JSON.parse(JSON.stringify({ format: "zvezda-dataset/1", units: reviewUnits, responses, objective: [] })), methodology);
  if (!outcome.ok) throw new Error(formatProblems(outcome.problems));
  return { dataset: outcome.value, fabricated };
}
