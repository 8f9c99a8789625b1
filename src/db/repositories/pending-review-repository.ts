// How many published responses of some units and months await a review decision (their cells are in pending_counters).
import { sql } from "kysely";
import type { Db } from "../database-schema.js";

/** The number of responses of `views` in `months` of `unitIds` (all units when undefined) whose flags await a decision. */
export async function countPendingResponses(
  db: Db,
  months: readonly string[],
  unitIds: readonly string[] | undefined,
  views: readonly ("seeker" | "employer")[],
): Promise<number> {
  if (months.length === 0 || unitIds?.length === 0 || views.length === 0) return 0;
  let query = db
    .selectFrom("pending_counters")
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>("count"), sql<number>`0`).as("n"))
    .where("key", "=", "_n")
    .where("month", "in", [...months])
    .where("view", "in", [...views]);
  if (unitIds) query = query.where("unit_id", "in", [...unitIds]);
  const row = await query.executeTakeFirst();
  return Number(row?.n ?? 0);
}
