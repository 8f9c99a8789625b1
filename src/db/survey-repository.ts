// What the public survey reads and writes: open units with their region's zone, the active
// methodology, and a response stored together with its counters.
import { sql } from "kysely";
import { toRows, type CounterCell } from "./counter-repository.js";
import type { Db, JsonObject, ResponseChannel, Respondent } from "./database-schema.js";

/** A unit that takes survey responses, with the time zone of its region. */
export interface SurveyUnit {
  id: string;
  name: string;
  kind: string;
  /** The region's IANA zone, or null when the region declares none. */
  timezone: string | null;
}

/** The open unit `id` and its region's zone, or undefined when unknown or closed. */
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
  if (!row || row.closed) return undefined;
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
}

/** A response with the counter cells it adds. */
export interface ResponseWithCells {
  response: NewSurveyResponse;
  cells: readonly CounterCell[];
}

/**
 * Stores a batch of responses and adds their counters in one statement (one transaction, one
 * round trip); a response whose form token is already stored (or repeated within the batch)
 * changes nothing and reports `duplicate`. Counter rows are summed per cell and written in key
 * order, so concurrent batches lock them in the same order and cannot deadlock.
 */
export async function storeSurveyResponses(db: Db, batch: readonly ResponseWithCells[]): Promise<("stored" | "duplicate")[]> {
  if (batch.length === 0) return [];
  const responses = batch.map((b) => b.response);
  const json = (value: JsonObject | null) => (value === null ? null : JSON.stringify(value));
  const of = <T>(pick: (r: NewSurveyResponse) => T) => responses.map(pick);
  const cellRows = batch.flatMap(({ response, cells }) => toRows(cells).map((row) => ({ ...row, rid: response.id })));
  // Arrays (one parameter per column) keep the statement text the same for every batch size.
  const cell = <K extends keyof (typeof cellRows)[number]>(key: K) => cellRows.map((row) => row[key]);
  const result = await sql<{ id: string }>`
    with ins as (
      insert into responses (id, unit_id, respondent, methodology_id, submitted_at, local_month, started_at, duration_sec,
        channel, device_hash, answers, comments, profile, form_token)
      select id, unit_id, respondent, methodology_id, submitted_at, local_month, started_at, duration_sec,
        channel, device_hash, cast(answers as jsonb), cast(comments as jsonb), cast(profile as jsonb), form_token
      from unnest(${of((r) => r.id)}::text[], ${of((r) => r.unitId)}::text[], ${of((r) => r.respondent)}::text[],
        ${of((r) => r.methodologyId)}::text[], ${of((r) => r.submittedAt.toISOString())}::timestamptz[], ${of((r) => r.localMonth)}::text[],
        ${of((r) => (r.durationSec === null ? null : new Date(r.submittedAt.getTime() - r.durationSec * 1000).toISOString()))}::timestamptz[],
        ${of((r) => r.durationSec)}::int[], ${of((r) => r.channel)}::text[], ${of((r) => r.deviceHash)}::text[],
        ${of((r) => JSON.stringify(r.answers))}::text[], ${of((r) => json(r.comments))}::text[], ${of((r) => json(r.profile))}::text[],
        ${of((r) => r.formToken)}::text[])
        as t(id, unit_id, respondent, methodology_id, submitted_at, local_month, started_at, duration_sec,
          channel, device_hash, answers, comments, profile, form_token)
      on conflict (form_token) do nothing
      returning id
    ), counted as (
      insert into response_counters (month, unit_id, view, key, value, count)
      select c.month, c.unit_id, c.view, c.key, c.value, sum(c.count)::bigint
      from unnest(${cell("rid")}::text[], ${cell("month")}::text[], ${cell("unit_id")}::text[], ${cell("view")}::text[],
        ${cell("key")}::text[], ${cell("value")}::text[], ${cell("count")}::bigint[]) as c(rid, month, unit_id, view, key, value, count)
      join ins on ins.id = c.rid
      group by c.month, c.unit_id, c.view, c.key, c.value
      order by c.month, c.unit_id, c.view, c.key, c.value
      on conflict (month, unit_id, view, key, value) do update set count = response_counters.count + excluded.count
      returning 1
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
