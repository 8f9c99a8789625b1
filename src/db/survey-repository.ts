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

/**
 * Stores the response and adds its counters in one statement (so in one transaction, with one
 * round trip); a response whose form token is already stored changes nothing and reports `duplicate`.
 */
export async function storeSurveyResponse(db: Db, r: NewSurveyResponse, cells: readonly CounterCell[]): Promise<"stored" | "duplicate"> {
  const rows = toRows(cells);
  const startedAt = r.durationSec === null ? null : new Date(r.submittedAt.getTime() - r.durationSec * 1000);
  const json = (value: JsonObject | null) => (value === null ? null : JSON.stringify(value));
  // Arrays (one parameter per column) keep the statement text the same for every response.
  const column = <K extends keyof (typeof rows)[number]>(key: K) => rows.map((row) => row[key]);
  const result = await sql<{ stored: number }>`
    with ins as (
      insert into responses (id, unit_id, respondent, methodology_id, submitted_at, local_month, started_at, duration_sec,
        channel, device_hash, answers, comments, profile, form_token)
      values (${r.id}, ${r.unitId}, ${r.respondent}, ${r.methodologyId}, ${r.submittedAt.toISOString()}::timestamptz, ${r.localMonth},
        ${startedAt?.toISOString() ?? null}::timestamptz, ${r.durationSec}::int, ${r.channel}, ${r.deviceHash},
        cast(${JSON.stringify(r.answers)}::text as jsonb), cast(${json(r.comments)}::text as jsonb), cast(${json(r.profile)}::text as jsonb), ${r.formToken})
      on conflict (form_token) do nothing
      returning id
    ), counted as (
      insert into response_counters (month, unit_id, view, key, value, count)
      select c.month, c.unit_id, c.view, c.key, c.value, c.count
      from unnest(${column("month")}::text[], ${column("unit_id")}::text[], ${column("view")}::text[], ${column("key")}::text[],
        ${column("value")}::text[], ${column("count")}::bigint[]) as c(month, unit_id, view, key, value, count) cross join ins
      on conflict (month, unit_id, view, key, value) do update set count = response_counters.count + excluded.count
      returning 1
    )
    select (select count(*) from ins)::int as stored, (select count(*) from counted)::int as counters`.execute(db);
  return result.rows[0]?.stored === 1 ? "stored" : "duplicate";
}
