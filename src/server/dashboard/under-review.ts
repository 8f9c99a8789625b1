// The part of a figure's responses whose flags await a review decision, for «19 % ответов на проверке» on the figure itself.
import type { ViewName } from "../../core/index.js";
import { countPendingResponses, type Db } from "../../db/index.js";
import { monthsOf } from "../quality/quality-scope.js";
import type { UnderReview } from "./dashboard-types.js";
import type { UnitDirectory } from "./unit-directory.js";

/** Pending responses of the unit's subtree (the country when `unitId` is undefined) for the period and view, as a count and a share of `n`. */
export async function underReviewOf(
  db: Db,
  directory: UnitDirectory,
  unitId: string | undefined,
  period: string,
  view: ViewName,
  n: number,
): Promise<UnderReview | undefined> {
  const ids = unitId === undefined ? undefined : [unitId, ...directory.descendants(unitId).map((u) => u.id)];
  const views = view === "combined" ? (["seeker", "employer"] as const) : ([view] as const);
  const count = await countPendingResponses(db, monthsOf(period), ids, views);
  return count > 0 && n > 0 ? { count, share: count / n } : undefined;
}
