// Free-text comments of stored responses for the dashboard: newest first, keyset-paginated.
import { sql } from "kysely";
import type { Db, Respondent } from "../database-schema.js";

/** Where a page of comments starts: strictly before this submission time (and, at that time, this id). */
export interface CommentCursor {
  at: Date;
  /** Responses submitted exactly at `at` are taken when their id sorts before this one; absent: none of them. */
  id?: string;
}

/** What {@link readCommentedResponses} selects. */
export interface CommentQuery {
  /** Units whose responses count; undefined for every unit (the country). */
  unitIds?: readonly string[];
  /** Local months ('YYYY-MM') of the period. */
  months: readonly string[];
  respondent?: Respondent;
  /** Only responses commenting on one of these comment keys (q9, …); default: any comment. */
  keys?: readonly string[];
  before?: CommentCursor;
  limit: number;
}

/** A response that carries comments. */
export interface CommentedResponse {
  id: string;
  unitId: string;
  respondent: Respondent;
  submittedAt: Date;
  answers: Record<string, unknown>;
  comments: Record<string, unknown>;
}

/** Non-excluded responses with comments, newest first (submitted_at desc, id desc), at most `limit`. */
export async function readCommentedResponses(db: Db, q: CommentQuery): Promise<CommentedResponse[]> {
  if (q.months.length === 0 || q.unitIds?.length === 0 || q.keys?.length === 0) return [];
  let query = db
    .selectFrom("responses")
    .select(["id", "unit_id", "respondent", "submitted_at", "answers", "comments"])
    .where("local_month", "in", [...q.months])
    .where("excluded", "=", false)
    .where("comments", "is not", null)
    .where(sql<boolean>`comments <> '{}'::jsonb`);
  if (q.unitIds) query = query.where("unit_id", "in", [...q.unitIds]);
  if (q.respondent) query = query.where("respondent", "=", q.respondent);
  if (q.keys) query = query.where(sql<boolean>`comments ?| array[${sql.join([...q.keys])}]::text[]`);
  const before = q.before;
  if (before) {
    query =
      before.id === undefined
        ? query.where("submitted_at", "<", before.at)
        : query.where(
            sql<boolean>`(submitted_at < ${before.at.toISOString()}::timestamptz or (submitted_at = ${before.at.toISOString()}::timestamptz and id collate "C" < ${before.id}))`,
          );
  }
  const rows = await query
    .orderBy("submitted_at", "desc")
    .orderBy(sql`id collate "C"`, "desc")
    .limit(q.limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    unitId: r.unit_id,
    respondent: r.respondent,
    submittedAt: r.submitted_at,
    answers: r.answers as Record<string, unknown>,
    comments: (r.comments ?? {}) as Record<string, unknown>,
  }));
}
