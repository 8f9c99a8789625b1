// The period screens open with: the newest quarter in which the user's home has a computed index
// (status ok), so a few early responses in a new quarter do not replace every home page with «не рассчитан».
import type { ViewName } from "../../core/index.js";
import type { ResultsCache, ViewTriple } from "./results-cache.js";

/** Quarters looked at, newest first, before giving up and opening the newest one. */
const quartersTried = 4;

/** What the context tells screens about the default period. */
export interface HomeDefaultPeriod {
  /** The quarter to open. */
  period: string;
  /** The newest quarter with any data (the default when it has a result, else newer than `period`). */
  latest: string;
  /** Whether the home has an index for `period` in some view. */
  homeHasResult: boolean;
}

const viewsByPreference: readonly ViewName[] = ["combined", "seeker", "employer"];

/**
 * The newest of `quarters` (newest first) among the first few in which `home` (a unit id, or undefined
 * for the country) has status ok — in the combined view if any quarter has it, else in any view;
 * the newest quarter when none has.
 */
export async function homeDefaultPeriod(
  results: ResultsCache,
  home: string | undefined,
  quarters: readonly string[],
  fallback: string,
): Promise<HomeDefaultPeriod> {
  const latest = quarters[0] ?? fallback;
  const tried: { period: string; triple: ViewTriple | undefined }[] = [];
  for (const period of quarters.slice(0, quartersTried)) {
    const snapshot = await results.get(period);
    const triple = home === undefined ? snapshot.country : snapshot.unit(home);
    if (triple?.combined.status === "ok") return { period, latest, homeHasResult: true };
    tried.push({ period, triple });
  }
  for (const view of viewsByPreference) {
    const found = tried.find((t) => t.triple?.[view].status === "ok");
    if (found) return { period: found.period, latest, homeHasResult: true };
  }
  return { period: latest, latest, homeHasResult: false };
}
