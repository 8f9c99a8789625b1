// Raw responses of a period and a set of units, read page by page (keyset on unit, submission time, id).
import { sql } from "kysely";
import type { Db, ResponseChannel, Respondent } from "../database-schema.js";

/** A stored response as exports write it (no device hash, no form token). */
export interface StoredResponse {
  id: string;
  unitId: string;
  respondent: Respondent;
  submittedAt: Date;
  channel: ResponseChannel;
  durationSec: number | null;
  excluded: boolean;
  answers: Record<string, unknown>;
  comments: Record<string, unknown> | null;
}

/**
 * Yields pages of the responses of `unitIds` whose local month is one of `months`, unit by unit
 * (in the given order), each unit's by submission time and id. At most `pageSize` rows are held
 * at once, so a million responses never sit in memory; each page is one indexed query.
 */
export async function* streamResponses(db: Db, unitIds: readonly string[], months: readonly string[], pageSize = 1_000): AsyncGenerator<StoredResponse[]> {
  if (months.length === 0) return;
  for (const unitId of unitIds) {
    let last: { at: Date; id: string } | undefined;
    for (;;) {
      let query = db
        .selectFrom("responses")
        .select(["id", "unit_id", "respondent", "submitted_at", "channel", "duration_sec", "excluded", "answers", "comments"])
        .where("unit_id", "=", unitId)
        .where("local_month", "in", [...months]);
      if (last) {
        const at = last.at.toISOString();
        query = query.where(sql<boolean>`(submitted_at > ${at}::timestamptz or (submitted_at = ${at}::timestamptz and id collate "C" > ${last.id}))`);
      }
      const rows = await query
        .orderBy("submitted_at")
        .orderBy(sql`id collate "C"`)
        .limit(pageSize)
        .execute();
      if (rows.length === 0) break;
      yield rows.map((r) => ({
        id: r.id,
        unitId: r.unit_id,
        respondent: r.respondent,
        submittedAt: r.submitted_at,
        channel: r.channel,
        durationSec: r.duration_sec,
        excluded: r.excluded,
        answers: r.answers as Record<string, unknown>,
        comments: r.comments as Record<string, unknown> | null,
      }));
      if (rows.length < pageSize) break;
      const tail = rows[rows.length - 1]!;
      last = { at: tail.submitted_at, id: tail.id };
    }
  }
}
