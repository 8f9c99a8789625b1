// Reads what a rating needs from the results cache and assembles it (shared by the JSON route and the XLSX export).
import { parsePeriod, previousPeriod, type ViewName, type ViewResult } from "../../core/index.js";
import type { CounterBasis, DirectoryUnit, NetworkType, UnitKind } from "../../db/index.js";
import type { Principal } from "../auth/access.js";
import { assertBasisAllowed } from "./basis-access.js";
import { resolveTarget } from "./dashboard-scope.js";
import { BadRequestError } from "../errors/app-errors.js";
import { unitRef } from "./figures.js";
import { peerRegion } from "./peer-rating.js";
import type { UnitDirectory } from "./unit-directory.js";
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
  /** Only the rows of this region (ranks stay those of the whole rating). */
  region?: string;
  /** indicators: each row carries its 20 indicators (one view only). */
  columns?: "groups" | "indicators";
  basis?: CounterBasis;
}

/** The rating of `params` for the principal (404 for a unit it may not see, 403 for a basis it may not see). */
export async function loadRating(
  results: ResultsCache,
  principal: Principal,
  params: RatingParams,
  options: { allowPeer?: boolean } = {},
): Promise<RatingResponse> {
  const period = parsePeriod(params.period);
  if (!period) throw new Error(`period ${params.period} does not parse`);
  const basis = params.basis ?? "published";
  assertBasisAllowed(principal, basis);
  const [directory, current, previous] = await Promise.all([
    results.units(),
    results.get(period.label, basis),
    results.get(previousPeriod(period).label, basis),
  ]);
  const peer = options.allowPeer ? peerRegion(principal, directory, params.unit, params.kind) : undefined;
  const target = peer?.target ?? resolveTarget(principal, directory, params.unit);
  const region = params.region === undefined ? undefined : regionFilter(principal, directory, params.region);
  const input = { directory, target, current, previous, view: params.view, kind: peer?.kind ?? params.kind, network: params.network };
  const whole = buildRating(input);
  const withIndicators = params.columns === "indicators" && params.view !== "combined";
  const within = (rows: RatingResponse["rows"]) =>
    (region ? rows.filter((r) => directory.regionOf(r.id)?.id === region.id) : rows).map((r) =>
      withIndicators ? { ...r, indicators: indicatorPercents(current.unit(r.id)?.[params.view]) } : r,
    );
  const rating: RatingResponse = {
    ...whole,
    rows: within(whole.rows),
    apart: within(whole.apart),
    ...(peer ? { peer: true as const } : {}),
    ...(region ? { region: unitRef(region) } : {}),
  };
  return rating.rows.length > 0 ? rating : { ...rating, alternatives: await ratingAlternatives(results, input, basis) };
}

/** Each present indicator of a view result in percent. */
function indicatorPercents(r: ViewResult | undefined): Record<string, number> {
  return Object.fromEntries(Object.entries(r?.indicators ?? {}).map(([code, i]) => [code, i.value * 100]));
}

/** The region a rating is narrowed to: 404 when out of the user's scope, 400 when the unit is not a region. */
function regionFilter(principal: Principal, directory: UnitDirectory, id: string): DirectoryUnit {
  const unit = resolveTarget(principal, directory, id).unit;
  if (!unit || unit.kind !== "region") throw new BadRequestError(`region: «${id}» — не регион`);
  return unit;
}
