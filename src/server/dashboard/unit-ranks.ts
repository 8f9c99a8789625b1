// A centre's place among the centres of its kind in its region and in the country, for its own page
// (its manager cannot open those ratings, but may know where the centre stands in them).
import { parsePeriod, type ViewName } from "../../core/index.js";
import type { UnitKind, UnitRanks } from "./dashboard-types.js";
import { unitRef } from "./figures.js";
import { buildRating, type RatingInput } from "./rating-assembly.js";
import type { ResultsCache, ResultsSnapshot } from "./results-cache.js";
import type { UnitDirectory } from "./unit-directory.js";

type Place = { rank: number; of: number };

// The country's rating of 2,500 centres costs tens of milliseconds to build: build it once per version of the
// results and of the tree (the snapshot and the directory are replaced, never changed, when anything changes).
const placesMemo = new WeakMap<ResultsSnapshot, WeakMap<UnitDirectory, Map<string, Map<string, Place>>>>();

/** Every ranked unit's place in the rating of `kind` under `target`. Ranks depend on the current period only. */
function placesIn(directory: UnitDirectory, current: ResultsSnapshot, target: RatingInput["target"], view: ViewName, kind: UnitKind): Map<string, Place> {
  let byDirectory = placesMemo.get(current);
  if (!byDirectory) placesMemo.set(current, (byDirectory = new WeakMap()));
  let byRating = byDirectory.get(directory);
  if (!byRating) byDirectory.set(directory, (byRating = new Map()));
  const key = `${target.ref.id}\u0000${view}\u0000${kind}`;
  let places = byRating.get(key);
  if (!places) {
    const rating = buildRating({ directory, target, current, previous: current, view, kind });
    places = new Map(rating.rows.flatMap((row) => (row.rankInList === undefined ? [] : [[row.id, { rank: row.rankInList, of: rating.rows.length }] as const])));
    byRating.set(key, places);
  }
  return places;
}

/** The unit's rank in its region's and the country's rating of its kind; undefined when it is not a centre or not ranked. */
export async function unitRanks(results: ResultsCache, unitId: string, periodLabel: string, view: ViewName): Promise<UnitRanks | undefined> {
  const period = parsePeriod(periodLabel);
  if (!period) return undefined;
  const [directory, current] = await Promise.all([results.units(), results.get(period.label)]);
  const unit = directory.byId.get(unitId);
  const region = directory.regionOf(unitId);
  if (!unit || !region || unit.kind === "region") return undefined;
  const inRegion = placesIn(directory, current, { ref: unitRef(region), unit: region }, view, unit.kind).get(unitId);
  const inCountry = placesIn(
    directory,
    current,
    { ref: { id: "country", kind: "country", name: "Российская Федерация" }, unit: undefined },
    view,
    unit.kind,
  ).get(unitId);
  return inRegion && inCountry ? { region: { ...inRegion, name: region.name }, country: inCountry } : undefined;
}
