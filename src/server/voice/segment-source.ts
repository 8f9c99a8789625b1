// What segment, portrait and journey reads share: the target unit (never the country), its region's tree and
// objective entries as the core scores them, and the subtree's counted responses of the period (one bounded query).
import { parsePeriod, periodMonths, type Methodology, type Period, type SegmentBasis, type SegmentRespondent } from "../../core/index.js";
import {
  readCountStatuses,
  readDatasetUnits,
  readObjectiveEntries,
  readResponseThemes,
  readSegmentRespondents,
  type Db,
  type DirectoryUnit,
} from "../../db/index.js";
import type { Principal } from "../auth/access.js";
import { resolveTarget } from "../dashboard/dashboard-scope.js";
import type { ResultsCache } from "../dashboard/results-cache.js";
import type { UnitRef } from "../dashboard/dashboard-types.js";
import type { UnitDirectory } from "../dashboard/unit-directory.js";
import { BadRequestError } from "../errors/app-errors.js";

/** The segments of one unit in one period and view, ready for the core. */
export interface SegmentSource {
  ref: UnitRef;
  unit: DirectoryUnit;
  directory: UnitDirectory;
  methodology: Methodology;
  period: Period;
  basis: SegmentBasis;
  /** The unit and every unit below it. */
  subtree: string[];
  respondents: (SegmentRespondent & { id: string })[];
  truncated: boolean;
}

/** Reads the source for `unit` (the caller's home when undefined); the country answers 400, out of scope 404. */
export async function segmentSource(
  db: Db,
  results: ResultsCache,
  principal: Principal,
  unit: string | undefined,
  periodLabel: string,
  view: "seeker" | "employer",
): Promise<SegmentSource> {
  const [directory, methodology] = await Promise.all([results.units(), results.methodology()]);
  const target = resolveTarget(principal, directory, unit);
  if (!target.unit) throw new BadRequestError("Параметр unit: сегменты считаются для региона или ЦЗН, не для всей страны — выберите регион");
  const period = parsePeriod(periodLabel) as Period;
  const region = directory.regionOf(target.unit.id) as DirectoryUnit;
  const regionIds = new Set([region.id, ...directory.descendants(region.id).map((u) => u.id)]);
  const subtree = [target.unit.id, ...directory.descendants(target.unit.id).map((u) => u.id)];
  const months = periodMonths(period);
  const [units, objective, read] = await Promise.all([
    readDatasetUnits(db).then((all) => all.filter((u) => regionIds.has(u.id))),
    readCountStatuses(db, methodology.id).then((statuses) => readObjectiveEntries(db, period, { statuses, unitIds: [...regionIds] })),
    readSegmentRespondents(db, subtree, months, view),
  ]);
  return {
    ref: target.ref,
    unit: target.unit,
    directory,
    methodology,
    period,
    subtree,
    basis: { methodology, units, objective, period, view },
    respondents: read.rows,
    truncated: read.truncated,
  };
}

/** The respondents with the themes of their texts (for portrait facts). */
export async function withTextThemes(db: Db, source: SegmentSource): Promise<(SegmentRespondent & { texts?: string[][] })[]> {
  const themes = await readResponseThemes(db, source.subtree, periodMonths(source.period), source.basis.view);
  return source.respondents.map((r) => {
    const texts = themes.get(r.id);
    return texts ? { ...r, texts } : r;
  });
}
