// A centre's place among the centres of its kind in its region and in the country, for its own page
// (its manager cannot open those ratings, but may know where the centre stands in them).
import { parsePeriod, previousPeriod, type ViewName } from "../../core/index.js";
import type { UnitRanks } from "./dashboard-types.js";
import { unitRef } from "./figures.js";
import { buildRating } from "./rating-assembly.js";
import type { ResultsCache } from "./results-cache.js";

/** The unit's rank in its region's and the country's rating of its kind; undefined when it is not a centre or not ranked. */
export async function unitRanks(results: ResultsCache, unitId: string, periodLabel: string, view: ViewName): Promise<UnitRanks | undefined> {
  const period = parsePeriod(periodLabel);
  if (!period) return undefined;
  const [directory, current, previous] = await Promise.all([results.units(), results.get(period.label), results.get(previousPeriod(period).label)]);
  const unit = directory.byId.get(unitId);
  const region = directory.regionOf(unitId);
  if (!unit || !region || unit.kind === "region") return undefined;
  const place = (target: Parameters<typeof buildRating>[0]["target"]) => {
    const rating = buildRating({ directory, target, current, previous, view, kind: unit.kind });
    const row = rating.rows.find((r) => r.id === unitId);
    return row?.rankInList === undefined ? undefined : { rank: row.rankInList, of: rating.rows.length };
  };
  const inRegion = place({ ref: unitRef(region), unit: region });
  const inCountry = place({ ref: { id: "country", kind: "country", name: "Российская Федерация" }, unit: undefined });
  return inRegion && inCountry ? { region: { ...inRegion, name: region.name }, country: inCountry } : undefined;
}
