// Where a rating that ranks nobody does exist: the other views of the same period and the recent periods of the same view.
import { parsePeriod, previousPeriod, type ViewName } from "../../core/index.js";
import type { CounterBasis } from "../../db/index.js";
import type { RatingAlternatives } from "./dashboard-types.js";
import { buildRating, type RatingInput } from "./rating-assembly.js";
import type { ResultsCache } from "./results-cache.js";

const views: readonly ViewName[] = ["combined", "seeker", "employer"];
/** Earlier periods looked at (same length), newest first. */
const periodsTried = 4;

/** The views of `input`'s period that rank someone, and the earlier periods whose rating in `input.view` does. */
export async function ratingAlternatives(results: ResultsCache, input: RatingInput, basis: CounterBasis): Promise<RatingAlternatives> {
  const otherViews = views.filter((v) => v !== input.view && buildRating({ ...input, view: v }).rows.length > 0);
  const periods: string[] = [];
  let period = parsePeriod(input.current.period);
  for (let i = 0; period && i < periodsTried; i++) {
    period = previousPeriod(period);
    const [current, previous] = await Promise.all([results.get(period.label, basis), results.get(previousPeriod(period).label, basis)]);
    if (buildRating({ ...input, current, previous }).rows.length > 0) periods.push(period.label);
  }
  return { views: otherViews, periods };
}
