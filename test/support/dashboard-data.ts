// Responses for the dashboard and export tests on the auth test server: two quarters in region 32 and in region 25.
import { createRng } from "../../src/cli/synthetic/prng.js";
import { createResponseSampler } from "../../src/cli/synthetic/response-sampler.js";
import { loadDefaultMethodology } from "../../src/cli/methodology-files.js";
import type { DatasetUnit, SurveyResponse } from "../../src/core/index.js";
import { importDataset, readDatasetUnits, type Db } from "../../src/db/index.js";

/** How many responses each unit gets per quarter and view. */
export const dashboardCounts: Record<string, Record<string, { seeker: number; employer: number }>> = {
  "2025-Q1": { "32-01": { seeker: 40, employer: 31 }, "32-03": { seeker: 12, employer: 0 }, "25-01": { seeker: 35, employer: 5 } },
  "2025-Q2": { "32-01": { seeker: 45, employer: 33 }, "32-03": { seeker: 38, employer: 3 }, "25-01": { seeker: 50, employer: 0 } },
};

const quarterStart: Record<string, number> = { "2025-Q1": Date.UTC(2025, 0, 6, 9), "2025-Q2": Date.UTC(2025, 3, 7, 9) };

/**
 * Adds territorial centre 25-01 «ЦЗН Владивостока» under region 25 and imports the responses of
 * {@link dashboardCounts} (with comments, deterministic), counters included. Returns them.
 */
export async function seedDashboardData(db: Db): Promise<SurveyResponse[]> {
  const m = loadDefaultMethodology();
  const units: DatasetUnit[] = [...(await readDatasetUnits(db)), { id: "25-01", kind: "territorial", name: "ЦЗН Владивостока", parent: "25" }];
  const rng = createRng(7);
  const sampler = createResponseSampler(m, rng);
  const responses: SurveyResponse[] = [];
  for (const [quarter, byUnit] of Object.entries(dashboardCounts)) {
    let minute = 0;
    for (const [unit, counts] of Object.entries(byUnit)) {
      for (const view of ["seeker", "employer"] as const) {
        for (let i = 0; i < counts[view]; i++) {
          minute += 97;
          const submittedAt = new Date((quarterStart[quarter] as number) + minute * 60_000).toISOString().slice(0, 19) + "Z";
          const quality = unit === "32-01" ? 0.8 : unit === "25-01" ? -0.3 : 0.1;
          responses.push(
            sampler.sample({ id: `t-${quarter}-${unit}-${view}-${i}`, unit, view, submittedAt, quality, offeredChannels: new Set(["office", "site"]) }),
          );
        }
      }
    }
  }
  // Every tenth response of 32-01 carries a comment for certain, so pagination has material.
  responses.forEach((r, i) => {
    if (r.unit === "32-01" && i % 10 === 0)
      (r as { comments?: Record<string, string> }).comments = { ...(r.comments ?? {}), suggestions: `Пожелание № ${i}; «в кавычках»` };
  });
  await importDataset(db, { format: "zvezda-dataset/1", units, responses, objective: [] }, m);
  return responses;
}
