// What reviewers read: the queue of flags in a scope, the evidence behind a flag or a group, a
// unit's statistics against its region and the country, and a subtree's data trust.
import { sql } from "kysely";
import type { QualityReason } from "../../core/index.js";
import type { Db, FlagStatus, ResponseChannel, Respondent } from "../database-schema.js";

/** Where to look: the local months of a period, and the units of the scope (all when null). */
export interface ReviewScope {
  months: readonly string[];
  unitIds: readonly string[] | null;
}

/** A flagged response as the queue and the evidence screens list it. */
export interface FlaggedResponse {
  id: string;
  unitId: string;
  respondent: Respondent;
  submittedAt: Date;
  durationSec: number | null;
  device: string | null;
  channel: ResponseChannel;
  score: number;
  reasons: QualityReason[];
  group: string | null;
  status: FlagStatus;
  decidedBy: string | null;
  decidedAt: Date | null;
  note: string | null;
}

/** A unit flag. */
export interface FlaggedUnit {
  unitId: string;
  period: string;
  score: number;
  reasons: QualityReason[];
  stats: Record<string, number> | null;
  status: FlagStatus;
  decidedBy: string | null;
  decidedAt: Date | null;
  note: string | null;
}

const flagColumns = [
  "r.id",
  "r.unit_id",
  "r.respondent",
  "r.submitted_at",
  "r.duration_sec",
  "r.device_hash",
  "r.channel",
  "f.score",
  "f.reasons",
  "f.group_key",
  "f.status",
  "f.decided_by",
  "f.decided_at",
  "f.decision_note",
] as const;

type FlagRow = {
  id: string;
  unit_id: string;
  respondent: Respondent;
  submitted_at: Date;
  duration_sec: number | null;
  device_hash: string | null;
  channel: ResponseChannel;
  score: number;
  reasons: unknown;
  group_key: string | null;
  status: FlagStatus;
  decided_by: string | null;
  decided_at: Date | null;
  decision_note: string | null;
};

function toFlagged(r: FlagRow): FlaggedResponse {
  return {
    id: r.id,
    unitId: r.unit_id,
    respondent: r.respondent,
    submittedAt: r.submitted_at,
    durationSec: r.duration_sec,
    device: r.device_hash,
    channel: r.channel,
    score: r.score,
    reasons: r.reasons as QualityReason[],
    group: r.group_key,
    status: r.status,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
    note: r.decision_note,
  };
}

function flagQuery(db: Db) {
  return db
    .selectFrom("response_flags as f")
    .innerJoin("responses as r", "r.id", "f.response_id")
    .select([...flagColumns]);
}

/**
 * The flagged responses of a scope and period (optionally of one status), by submission time. When there are more
 * than `limit`, the ones kept are those awaiting a decision first, strongest first, and `truncated` says so.
 */
export async function listFlaggedResponses(
  db: Db,
  scope: ReviewScope,
  status?: FlagStatus,
  limit = 5_000,
): Promise<{ flags: FlaggedResponse[]; truncated: boolean }> {
  if (scope.months.length === 0 || scope.unitIds?.length === 0) return { flags: [], truncated: false };
  let query = flagQuery(db).where("r.local_month", "in", [...scope.months]);
  if (scope.unitIds) query = query.where("f.unit_id", "in", [...scope.unitIds]);
  if (status) query = query.where("f.status", "=", status);
  const rows = await query
    .orderBy(sql`f.status = 'pending'`, "desc")
    .orderBy("f.score", "desc")
    .orderBy("r.id")
    .limit(limit + 1)
    .execute();
  const flags = rows.slice(0, limit).map(toFlagged);
  flags.sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime() || (a.id < b.id ? -1 : 1));
  return { flags, truncated: rows.length > limit };
}

/** What narrows the review list: a status, a reason code. */
export interface FlagFilter {
  status?: FlagStatus;
  reason?: string;
}

/** The flags of a scope and period matching `filter`, with the reason filter applied when given. */
function filteredFlags(db: Db, scope: ReviewScope, filter: FlagFilter) {
  let query = flagQuery(db).where("r.local_month", "in", [...scope.months]);
  if (scope.unitIds) query = query.where("f.unit_id", "in", [...scope.unitIds]);
  if (filter.status) query = query.where("f.status", "=", filter.status);
  if (filter.reason) query = query.where(sql<boolean>`f.reasons @> ${JSON.stringify([{ code: filter.reason }])}::jsonb`);
  return query;
}

/** One page of the flags of a scope and period, strongest first or newest first, and how many match in all. */
export async function pageFlaggedResponses(
  db: Db,
  scope: ReviewScope,
  filter: FlagFilter,
  order: "score" | "time",
  page: { offset: number; limit: number },
): Promise<{ flags: FlaggedResponse[]; total: number }> {
  if (scope.months.length === 0 || scope.unitIds?.length === 0) return { flags: [], total: 0 };
  const base = filteredFlags(db, scope, filter);
  const sorted = order === "score" ? base.orderBy("f.score", "desc").orderBy("r.submitted_at", "desc") : base.orderBy("r.submitted_at", "desc");
  const rows = await sorted.orderBy("r.id").offset(page.offset).limit(page.limit).execute();
  const count = await base
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirst();
  return { flags: rows.map(toFlagged), total: Number(count?.n ?? 0) };
}

/** How the flags of a scope and period (of one status when given) divide by reason code and by unit. */
export async function flagFacets(
  db: Db,
  scope: ReviewScope,
  status?: FlagStatus,
): Promise<{ reasons: { code: string; count: number }[]; units: { unitId: string; count: number }[] }> {
  if (scope.months.length === 0 || scope.unitIds?.length === 0) return { reasons: [], units: [] };
  const base = filteredFlags(db, scope, { status });
  const units = await base
    .clearSelect()
    .select(["f.unit_id", (eb) => eb.fn.countAll<number>().as("n")])
    .groupBy("f.unit_id")
    .orderBy("n", "desc")
    .orderBy("f.unit_id")
    .execute();
  const reasons = await base
    .clearSelect()
    .innerJoin(sql<{ code: string }>`lateral (select distinct e->>'code' as code from jsonb_array_elements(f.reasons) e)`.as("c"), (join) => join.onTrue())
    .select(["c.code", (eb) => eb.fn.countAll<number>().as("n")])
    .groupBy("c.code")
    .orderBy("n", "desc")
    .orderBy("c.code")
    .execute();
  return { reasons: reasons.map((r) => ({ code: r.code, count: Number(r.n) })), units: units.map((u) => ({ unitId: u.unit_id, count: Number(u.n) })) };
}

/** The unit flags of a scope and period. */
export async function listFlaggedUnits(db: Db, period: string, unitIds: readonly string[] | null, status?: FlagStatus): Promise<FlaggedUnit[]> {
  if (unitIds?.length === 0) return [];
  let query = db.selectFrom("unit_flags").selectAll().where("period", "=", period);
  if (unitIds) query = query.where("unit_id", "in", [...unitIds]);
  if (status) query = query.where("status", "=", status);
  const rows = await query.orderBy("score", "desc").orderBy("unit_id").execute();
  return rows.map((u) => ({
    unitId: u.unit_id,
    period: u.period,
    score: u.score,
    reasons: u.reasons as unknown as QualityReason[],
    stats: u.stats as Record<string, number> | null,
    status: u.status,
    decidedBy: u.decided_by,
    decidedAt: u.decided_at,
    note: u.decision_note,
  }));
}

/** The flag of one response, or undefined. */
export async function findFlaggedResponse(db: Db, responseId: string): Promise<FlaggedResponse | undefined> {
  const row = await flagQuery(db).where("f.response_id", "=", responseId).executeTakeFirst();
  return row ? toFlagged(row) : undefined;
}

/** The flagged members of a group, by submission time. */
export async function listGroupFlags(db: Db, groupKey: string): Promise<FlaggedResponse[]> {
  const rows = await flagQuery(db).where("f.group_key", "=", groupKey).orderBy("r.submitted_at").orderBy("r.id").execute();
  return rows.map(toFlagged);
}

/** A response's content for the evidence screen (no profile: reviewers judge answers and timing). */
export interface ResponseContent {
  id: string;
  unitId: string;
  respondent: Respondent;
  submittedAt: Date;
  durationSec: number | null;
  device: string | null;
  channel: ResponseChannel;
  answers: Record<string, unknown>;
  commentCount: number;
  excluded: boolean;
}

/** The responses with these ids (unknown ids left out), by submission time. */
export async function readResponseContents(db: Db, ids: readonly string[]): Promise<ResponseContent[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("responses")
    .select(["id", "unit_id", "respondent", "submitted_at", "duration_sec", "device_hash", "channel", "answers", "comments", "excluded"])
    .where("id", "in", [...ids])
    .orderBy("submitted_at")
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    unitId: r.unit_id,
    respondent: r.respondent,
    submittedAt: r.submitted_at,
    durationSec: r.duration_sec,
    device: r.device_hash,
    channel: r.channel,
    answers: r.answers as Record<string, unknown>,
    commentCount: Object.keys(r.comments ?? {}).length,
    excluded: r.excluded,
  }));
}

/** Survey statistics of a set of units in a period, the figures a unit is compared on. */
export interface UnitStatistics {
  responses: number;
  medianDurationSec: number | null;
  kioskShare: number | null;
  /** Share of scale answers at the top of the scale. */
  topAnswerShare: number | null;
  /** Share of responses with no free-text comment. */
  noCommentShare: number | null;
}

/** The statistics of the responses (excluded ones too: the data as submitted) of `unitIds` (all units when null) in `months`. */
export async function readUnitStatistics(db: Db, months: readonly string[], unitIds: readonly string[] | null, topValue: number): Promise<UnitStatistics> {
  const units = unitIds === null ? sql`` : unitIds.length === 0 ? sql`and false` : sql`and r.unit_id in (${sql.join([...unitIds])})`;
  const where = sql`r.local_month in (${sql.join([...months])}) ${units}`;
  const base = await sql<{ n: number; median: number | null; kiosk: number; no_comment: number }>`
    select count(*)::bigint as n,
      percentile_cont(0.5) within group (order by r.duration_sec) as median,
      count(*) filter (where r.channel = 'kiosk')::bigint as kiosk,
      count(*) filter (where r.comments is null or r.comments = '{}'::jsonb)::bigint as no_comment
    from responses r where ${where}`.execute(db);
  const top = await sql<{ scale: number; top: number }>`
    select count(*)::bigint as scale, count(*) filter (where a.value = to_jsonb(${topValue}::int))::bigint as top
    from responses r cross join lateral jsonb_each(r.answers) a
    where ${where} and jsonb_typeof(a.value) = 'number'`.execute(db);
  const b = base.rows[0],
    t = top.rows[0];
  const n = Number(b?.n ?? 0),
    scale = Number(t?.scale ?? 0);
  return {
    responses: n,
    medianDurationSec: b?.median === null || b?.median === undefined ? null : Number(b.median),
    kioskShare: n === 0 ? null : Number(b?.kiosk) / n,
    topAnswerShare: scale === 0 ? null : Number(t?.top) / scale,
    noCommentShare: n === 0 ? null : Number(b?.no_comment) / n,
  };
}

/** A subtree's data trust in a period: how many responses were flagged and what review decided. */
export interface TrustCounts {
  /** Responses counted in the published figures (non-excluded). */
  published: number;
  /** Every response, excluded ones included. */
  raw: number;
  flagged: number;
  pending: number;
  confirmed: number;
  cleared: number;
}

/** Trust counts of the units `unitIds` in `months`: n from the counters, flags from the flag table. */
export async function readTrustCounts(db: Db, months: readonly string[], unitIds: readonly string[]): Promise<TrustCounts> {
  if (months.length === 0 || unitIds.length === 0) return { published: 0, raw: 0, flagged: 0, pending: 0, confirmed: 0, cleared: 0 };
  const n = async (table: "response_counters" | "excluded_counters") => {
    const row = await db
      .selectFrom(table as "response_counters")
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>("count"), sql<number>`0`).as("n"))
      .where("key", "=", "_n")
      .where("month", "in", [...months])
      .where("unit_id", "in", [...unitIds])
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  };
  const published = await n("response_counters");
  const excluded = await n("excluded_counters");
  const rows = await db
    .selectFrom("response_flags as f")
    .innerJoin("responses as r", "r.id", "f.response_id")
    .select(["f.status", (eb) => eb.fn.countAll<number>().as("n")])
    .where("r.local_month", "in", [...months])
    .where("f.unit_id", "in", [...unitIds])
    .groupBy("f.status")
    .execute();
  const by = (status: FlagStatus) => Number(rows.find((r) => r.status === status)?.n ?? 0);
  const pending = by("pending"),
    confirmed = by("confirmed"),
    cleared = by("cleared");
  return { published, raw: published + excluded, flagged: pending + confirmed + cleared, pending, confirmed, cleared };
}
