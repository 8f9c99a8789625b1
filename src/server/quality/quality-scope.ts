// Resolving the review scope of a request: the unit tree, the subtree asked for, the months of a period.
import { parsePeriod, periodMonths } from "../../core/index.js";
import { findUnitAncestry, peopleById, readDatasetUnits, readQualityUnits, subtreeIds, unitNamesById, type Db } from "../../db/index.js";
import type { Principal } from "../auth/access.js";
import { NotFoundError } from "../errors/app-errors.js";
import { unitNotFoundMessage } from "../auth/guards.js";
import { canReview, reviewableUnits } from "./quality-access.js";

/** The local months of a period (the route schema has checked that it parses). */
export function monthsOf(period: string): string[] {
  const p = parsePeriod(period);
  if (!p) throw new NotFoundError("Период не найден");
  return periodMonths(p);
}

/** The units whose flags a request covers: `unit`'s subtree (default: the user's scope, or the country), less what the user may not review. */
export async function reviewUnitIds(db: Db, principal: Principal, unit: string | undefined): Promise<string[] | null> {
  const root = unit ?? principal.scopeUnitId ?? undefined;
  if (root === undefined) return null;
  const units = await readDatasetUnits(db);
  return reviewableUnits(principal, subtreeIds(units, root));
}

/** 404 unless the principal may review the flags of `unitId`. */
export async function assertReviewable(db: Db, principal: Principal, unitId: string): Promise<void> {
  if (!canReview(principal, await findUnitAncestry(db, unitId))) throw new NotFoundError(unitNotFoundMessage);
}

/** Display names of units by id. */
export async function unitNames(db: Db, ids: Iterable<string>): Promise<Record<string, string>> {
  return unitNamesById(db, ids);
}

/**
 * The time zone of each unit by id (its region's, else `defaultTimezone`): the review screens show
 * respondents' times in it, as the reasons' texts state them.
 */
export async function unitZones(db: Db, ids: Iterable<string>, defaultTimezone: string): Promise<Record<string, string>> {
  const wanted = new Set(ids);
  if (wanted.size === 0) return {};
  const units = await readQualityUnits(db, defaultTimezone);
  return Object.fromEntries(units.filter((u) => wanted.has(u.id)).map((u) => [u.id, u.timezone]));
}

/** Display names of users by id. */
export async function userNames(db: Db, ids: Iterable<string | null>): Promise<Record<string, string>> {
  return Object.fromEntries([...(await peopleById(db, ids)).values()].map((p) => [p.id, p.displayName]));
}
