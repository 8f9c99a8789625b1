// The methodology setting `objective.countStatuses`: which workflow states of objective entries the index counts.
import type { Db, ObjectiveStatus } from "../database-schema.js";

const allStatuses: readonly ObjectiveStatus[] = ["draft", "submitted", "approved", "returned"];
/** What counts when the methodology does not say: approved entries only (methodology §4 with the workflow). */
export const defaultCountStatuses: readonly ObjectiveStatus[] = ["approved"];

/** The statuses a methodology body declares in `objective.countStatuses`, or the default when it declares none (or nonsense). */
export function countStatusesOf(body: unknown): readonly ObjectiveStatus[] {
  const declared = (body as { objective?: { countStatuses?: unknown } } | null)?.objective?.countStatuses;
  if (!Array.isArray(declared) || declared.length === 0) return defaultCountStatuses;
  const statuses = declared.filter((s): s is ObjectiveStatus => allStatuses.includes(s as ObjectiveStatus));
  return statuses.length === declared.length ? statuses : defaultCountStatuses;
}

/** The counted statuses of the stored methodology version `methodologyId` (the default when it is not stored). */
export async function readCountStatuses(db: Db, methodologyId: string): Promise<readonly ObjectiveStatus[]> {
  const row = await db.selectFrom("methodology_versions").select("body").where("id", "=", methodologyId).executeTakeFirst();
  return countStatusesOf(row?.body);
}
