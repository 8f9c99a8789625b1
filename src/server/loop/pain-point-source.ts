// The pain-point finder of a period: built from the results cache's documents of the period and of the one before,
// once per pair of documents (a recomputed document gets a new finder).
import {
  painPointFinder,
  parsePeriod,
  previousPeriod,
  type PainPointFinder,
  type PainSettings,
  type PainUnit,
  type Period,
  type ResultDocument,
} from "../../core/index.js";
import type { ResultsCache } from "../dashboard/results-cache.js";
import type { UnitDirectory } from "../dashboard/unit-directory.js";
import { defaultPainSettings } from "./pain-settings-file.js";

const finders = new WeakMap<ResultDocument, WeakMap<ResultDocument, PainPointFinder>>();
const treeUnits = new WeakMap<UnitDirectory, PainUnit[]>();

/** The directory's units as the core reads them. */
export function painUnitsOf(directory: UnitDirectory): PainUnit[] {
  let units = treeUnits.get(directory);
  if (!units) treeUnits.set(directory, (units = directory.units.map((u) => ({ id: u.id, kind: u.kind, parent: u.parentId, network: u.network }))));
  return units;
}

/** The label of the period of the same length just before `period`. */
export function previousLabel(period: string): string {
  return previousPeriod(parsePeriod(period) as Period).label;
}

/** The finder for `period` (published figures), from the cache's documents. */
export async function painFinderFor(results: ResultsCache, period: string, settings: PainSettings = defaultPainSettings()): Promise<PainPointFinder> {
  const [current, previous, directory] = await Promise.all([results.get(period), results.get(previousLabel(period)), results.units()]);
  let byPrevious = finders.get(current.document);
  if (!byPrevious) finders.set(current.document, (byPrevious = new WeakMap()));
  let finder = byPrevious.get(previous.document);
  if (!finder || finder.settings !== settings) {
    finder = painPointFinder({
      methodology: current.methodology,
      settings,
      units: painUnitsOf(directory),
      current: current.document,
      previous: previous.document,
    });
    byPrevious.set(previous.document, finder);
  }
  return finder;
}
