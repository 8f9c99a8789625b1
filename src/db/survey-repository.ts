// What the public survey reads and writes: open units with their region's zone, the active
// methodology, and a response stored together with its counters.
import { sql } from "kysely";
import { addCounterCells, type CounterCell } from "./counter-repository.js";
import type { Db, JsonObject, ResponseChannel, Respondent } from "./database-schema.js";
import { jsonb } from "./jsonb.js";

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
 * Stores the response and adds its counters in one transaction; a response whose form token is
 * already stored changes nothing and reports `duplicate`.
 */
export async function storeSurveyResponse(db: Db, r: NewSurveyResponse, cells: readonly CounterCell[]): Promise<"stored" | "duplicate"> {
  return db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto("responses")
      .values({
        id: r.id,
        unit_id: r.unitId,
        respondent: r.respondent,
        methodology_id: r.methodologyId,
        submitted_at: r.submittedAt,
        local_month: r.localMonth,
        started_at: r.durationSec === null ? null : new Date(r.submittedAt.getTime() - r.durationSec * 1000),
        duration_sec: r.durationSec,
        channel: r.channel,
        device_hash: r.deviceHash,
        answers: jsonb(r.answers),
        comments: r.comments ? jsonb(r.comments) : null,
        profile: r.profile ? jsonb(r.profile) : null,
        excluded_reason: null,
        form_token: r.formToken,
      })
      .onConflict((oc) => oc.column("form_token").doNothing())
      .returning("id")
      .executeTakeFirst();
    if (!inserted) return "duplicate";
    await addCounterCells(trx, cells, 1);
    return "stored";
  });
}
