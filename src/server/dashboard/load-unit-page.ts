// Reads what a unit page needs from the results cache and assembles it (shared by the JSON route and the passport export).
import { parsePeriod, previousPeriod, type ViewName } from "../../core/index.js";
import type { CounterBasis } from "../../db/index.js";
import type { Principal } from "../auth/access.js";
import { unitNotFoundMessage } from "../auth/guards.js";
import { NotFoundError } from "../errors/app-errors.js";
import { assertBasisAllowed } from "./basis-access.js";
import { breadcrumbsOf, resolveTarget } from "./dashboard-scope.js";
import type { ResultsCache } from "./results-cache.js";
import type { UnitPage } from "../../contract/dashboard.js";
import { buildUnitPage } from "./unit-page-assembly.js";

/** The page of unit `id` (or "country") for the principal; 404 for a unit it may not see, 403 for a basis it may not see. */
export async function loadUnitPage(
  results: ResultsCache,
  principal: Principal,
  id: string,
  periodLabel: string,
  view: ViewName,
  publicUrl: string,
  basis: CounterBasis = "published",
): Promise<UnitPage> {
  const period = parsePeriod(periodLabel);
  if (!period) throw new Error(`period ${periodLabel} does not parse`);
  assertBasisAllowed(principal, basis);
  const [directory, current, previous] = await Promise.all([
    results.units(),
    results.get(period.label, basis),
    results.get(previousPeriod(period).label, basis),
  ]);
  const target = resolveTarget(principal, directory, id);
  const page = buildUnitPage({ directory, target, breadcrumbs: breadcrumbsOf(principal, directory, target), current, previous, view, publicUrl });
  if (!page) throw new NotFoundError(unitNotFoundMessage);
  return page;
}
