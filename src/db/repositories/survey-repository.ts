// What the public survey reads and writes: open units with their region's zone, the active
// methodology, and a response stored together with its counters.
import { sql } from "kysely";
import type { CounterCell } from "./counter-repository.js";
import { preparedMarker } from "../driver/prepared-statements.js";
import type { Db, JsonObject, ResponseChannel, Respondent } from "../database-schema.js";
import type { TaggedText } from "./voice-text-writer.js";

/** A unit that takes survey responses, with the time zone of its region. */
export interface SurveyUnit {
  id: string;
  name: string;
  kind: string;
  /** The region's IANA zone, or null when the region declares none. */
  timezone: string | null;
}

/**
 * The open territorial centre `id` and its region's zone, or undefined when unknown, closed, or
 * not a centre that serves clients (a region or a managing centre takes no responses).
 */
export async function findSurveyUnit(db: Db, id: string): Promise<SurveyUnit | undefined> {
  const result = await sql<{ id: string; name: string; kind: string; closed: boolean; timezone: string | null }>`
    with recursive up as (
      select id, parent_id, timezone, 0 as depth from org_units where id = ${id}
      union all
      select u.id, u.parent_id, u.timezone, up.depth + 1 from org_units u join up on u.id = up.parent_id
    )
    select o.id, o.name, o.kind, o.closed_at is not null as closed,
      (select timezone from up where parent_id is null) as timezone
    from org_units o where o.id = ${id}`.execute(db);
  const row = result.rows[0];
  if (!row || row.closed || row.kind !== "territorial") return undefined;
  return { id: row.id, name: row.name, kind: row.kind, timezone: row.timezone };
}

/** The body of the active methodology version (unvalidated JSON), or undefined when none is active. */
export async function findActiveMethodologyBody(db: Db): Promise<{ id: string; body: JsonObject } | undefined> {
  return db.selectFrom("methodology_versions").select(["id", "body"]).where("is_active", "=", true).executeTakeFirst();
}

/** A survey response ready to store. */
export interface NewSurveyResponse {
  id: string;
  unitId: string;
  respondent: Respondent;
  methodologyId: string;
  submittedAt: Date;
  localMonth: string;
  durationSec: number | null;
  channel: ResponseChannel;
  deviceHash: string | null;
  answers: JsonObject;
  comments: JsonObject | null;
  profile: JsonObject | null;
  /** The idempotency key: a second response with the same key is not stored. */
  formToken: string;
  /** Its free texts, tagged (voice of the client); stored with the response. */
  texts?: readonly TaggedText[];
}

/** A response with the counter cells it adds. */
export interface ResponseWithCells {
  response: NewSurveyResponse;
  cells: readonly CounterCell[];
}

/** The counted (key, value) pairs of a response's cells; each cell must be the response's own month, unit and view, count 1. */
function countedPairs(response: NewSurveyResponse, cells: readonly CounterCell[]): { id: string; keys: string[]; vals: string[] } {
  const keys: string[] = [],
    vals: string[] = [];
  for (const cell of cells) {
    if (cell.month !== response.localMonth || cell.unit !== response.unitId || cell.view !== response.respondent || cell.count !== 1) {
      throw new Error(`response ${response.id}: cell ${cell.key}=${cell.value} is not one count of its own month, unit and view`);
    }
    keys.push(cell.key);
    vals.push(cell.value);
  }
  return { id: response.id, keys, vals };
}

/**
 * Stores a batch of responses and adds their counters in one statement (one transaction, one
 * round trip); a response whose form token is already stored (or repeated within the batch)
 * changes nothing and reports `duplicate`. Counter rows are summed per cell and written in key
 * order under collation "C" (the order addCounterCells uses), so concurrent writers lock them in
 * the same order and cannot deadlock.
 */
export async function storeSurveyResponses(db: Db, batch: readonly ResponseWithCells[]): Promise<("stored" | "duplicate")[]> {
  if (batch.length === 0) return [];
  const responses = batch.map(({ response: r }) => ({
    id: r.id,
    unit_id: r.unitId,
    respondent: r.respondent,
    methodology_id: r.methodologyId,
    submitted_at: r.submittedAt.toISOString(),
    local_month: r.localMonth,
    started_at: r.durationSec === null ? null : new Date(r.submittedAt.getTime() - r.durationSec * 1000).toISOString(),
    duration_sec: r.durationSec,
    channel: r.channel,
    device_hash: r.deviceHash,
    answers: r.answers,
    comments: r.comments,
    profile: r.profile,
    form_token: r.formToken,
  }));
  // A response's cells travel as its key and value lists; month, unit and view are the stored
  // response's own. Two JSON parameters (serialised natively, the answers nested rather than
  // escaped) keep the statement text the same for every batch size.
  const counted = batch.map(({ response, cells }) => countedPairs(response, cells));
  const texts = batch.flatMap(({ response: r }) =>
    (r.texts ?? []).map((t) => ({
      id: r.id,
      key: t.key,
      kind: t.kind,
      score: t.score,
      text: t.text,
      themes: t.themes,
      sentiment: t.sentiment,
      negative: t.negative,
      by: t.taggedBy,
    })),
  );
  const result = await sql<{ id: string }>`${sql.raw(preparedMarker)}
    with ins as (
      insert into responses (id, unit_id, respondent, methodology_id, submitted_at, local_month, started_at, duration_sec,
        channel, device_hash, answers, comments, profile, form_token, voice_pending)
      select id, unit_id, respondent, methodology_id, submitted_at, local_month, started_at, duration_sec,
        channel, device_hash, answers, comments, profile, form_token, false
      from json_to_recordset(${JSON.stringify(responses)}::json)
        as t(id text, unit_id text, respondent text, methodology_id text, submitted_at timestamptz, local_month text, started_at timestamptz,
          duration_sec int, channel text, device_hash text, answers jsonb, comments jsonb, profile jsonb, form_token text)
      on conflict (form_token) do nothing
      returning id, local_month, unit_id, respondent, submitted_at
    ), texts as (
      insert into voice_texts (response_id, source_key, kind, unit_id, respondent, local_month, at, score, text, themes, sentiment, negative, tagged_by)
      select ins.id, t.key, t.kind, ins.unit_id, ins.respondent, ins.local_month, ins.submitted_at, t.score, t.text, t.themes, t.sentiment, t.negative, t.by
      from json_to_recordset(${JSON.stringify(texts)}::json)
        as t(id text, key text, kind text, score smallint, text text, themes text[], sentiment smallint, negative boolean, by text)
      join ins on ins.id = t.id
    ), counted as (
      insert into response_counters (month, unit_id, view, key, value, count)
      select month, unit_id, view, key, value, count(*)
      from (
        select ins.local_month collate "C" as month, ins.unit_id collate "C" as unit_id, ins.respondent collate "C" as view,
          c.key collate "C" as key, c.value collate "C" as value
        from json_to_recordset(${JSON.stringify(counted)}::json) as t(id text, keys text[], vals text[])
        join ins on ins.id = t.id
        cross join lateral unnest(t.keys, t.vals) as c(key, value)
      ) as cell
      group by month, unit_id, view, key, value
      order by month, unit_id, view, key, value
      on conflict (month, unit_id, view, key, value) do update set count = response_counters.count + excluded.count
    )
    select id from ins`.execute(db);
  const stored = new Set(result.rows.map((row) => row.id));
  return responses.map((r) => (stored.has(r.id) ? "stored" : "duplicate"));
}

/** Stores one response with its counters; see storeSurveyResponses. */
export async function storeSurveyResponse(db: Db, response: NewSurveyResponse, cells: readonly CounterCell[]): Promise<"stored" | "duplicate"> {
  const [outcome] = await storeSurveyResponses(db, [{ response, cells }]);
  return outcome!;
}
