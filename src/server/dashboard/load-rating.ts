// Reads what a rating needs from the results cache and assembles it (shared by the JSON route and the XLSX export).
import { parsePeriod, previousPeriod, type ViewName } from "../../core/index.js";
import type { CounterBasis, NetworkType, UnitKind } from "../../db/index.js";
import type { Principal } from "../auth/access.js";
import { assertBasisAllowed } from "./basis-access.js";
import { resolveTarget } from "./dashboard-scope.js";
import type { RatingResponse } from "./dashboard-types.js";
import { ratingAlternatives } from "./rating-alternatives.js";
import { buildRating } from "./rating-assembly.js";
import type { ResultsCache } from "./results-cache.js";

/** The rating's parameters (validated). */
export interface RatingParams {
  unit?: string;
  period: string;
  view: ViewName;
  kind?: UnitKind;
  network?: NetworkType;
  basis?: CounterBasis;
}

/** The rating of `params` for the principal (404 for a unit it may not see, 403 for a basis it may not see). */
export async function loadRating(results: ResultsCache, principal: Principal, params: RatingParams): Promise<RatingResponse> {
  const period = parsePeriod(params.period);
  if (!period) throw new Error(`period ${params.period} does not parse`);
  const basis = params.basis ?? "published";
  assertBasisAllowed(principal, basis);
  const [directory, current, previous] = await Promise.all([results.units(), results.get(period.label, basis), results.get(previousPeriod(period).label, basis)]);
  const target = resolveTarget(principal, directory, params.unit);
  const input = { directory, target, current, previous, view: params.view, kind: params.kind, network: params.network };
  const rating = buildRating(input);
  return rating.rows.length > 0 ? rating : { ...rating, alternatives: await ratingAlternatives(results, input, basis) };
}
