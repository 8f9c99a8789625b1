// The counted responses of a subtree and period with their profiles (segments need answers × profile, which the
// counters do not cross), read in one bounded query; and the themes of each response's texts.
import type { Db, Respondent } from "../database-schema.js";

/** A counted response as segments read it. */
export interface SegmentRow {
  id: string;
  unit: string;
  month: string;
  answers: Record<string, number | string>;
  profile?: Record<string, string | string[]>;
}

/** The non-excluded responses of `view` in `unitIds` and `months`, at most `cap` (then `truncated`). */
export async function readSegmentRespondents(
  db: Db,
  unitIds: readonly string[],
  months: readonly string[],
  view: Respondent,
  cap = 200_000,
): Promise<{ rows: SegmentRow[]; truncated: boolean }> {
  if (unitIds.length === 0 || months.length === 0) return { rows: [], truncated: false };
  const found = await db
    .selectFrom("responses")
    .select(["id", "unit_id", "local_month", "answers", "profile"])
    .where("unit_id", "in", [...unitIds])
    .where("local_month", "in", [...months])
    .where("respondent", "=", view)
    .where("excluded", "=", false)
    .limit(cap + 1)
    .execute();
  const rows = found.slice(0, cap).map((r): SegmentRow => ({
    id: r.id,
    unit: r.unit_id,
    month: r.local_month,
    answers: r.answers as Record<string, number | string>,
    ...(r.profile ? { profile: r.profile as Record<string, string | string[]> } : {}),
  }));
  return { rows, truncated: found.length > cap };
}

/** The themes of every tagged survey text of `view` in `unitIds` and `months`, by response id (a theme once per text). */
export async function readResponseThemes(db: Db, unitIds: readonly string[], months: readonly string[], view: Respondent): Promise<Map<string, string[][]>> {
  const out = new Map<string, string[][]>();
  if (unitIds.length === 0 || months.length === 0) return out;
  const rows = await db
    .selectFrom("voice_texts")
    .select(["response_id", "themes"])
    .where("unit_id", "in", [...unitIds])
    .where("local_month", "in", [...months])
    .where("respondent", "=", view)
    .where("response_id", "is not", null)
    .execute();
  for (const r of rows) {
    const list = out.get(r.response_id as string);
    if (list) list.push(r.themes);
    else out.set(r.response_id as string, [r.themes]);
  }
  return out;
}
