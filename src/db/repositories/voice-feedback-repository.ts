// External feedback (книга отзывов, соцсети, обращения, СМИ, другое) stored with its tagged text, and the
// staff's corrections of a text's themes.
import { sql } from "kysely";
import { isNegativeText, type ThemeTaggerType } from "../../core/index.js";
import { feedbackChannels, type FeedbackChannel } from "../../contract/voice-texts.js";
import type { Db } from "../database-schema.js";

export type { FeedbackChannel };
export const FEEDBACK_CHANNELS: readonly FeedbackChannel[] = feedbackChannels;

/** Feedback as staff register it. */
export interface NewFeedback {
  unitId: string;
  channel: FeedbackChannel;
  /** 'YYYY-MM-DD'. */
  receivedOn: string;
  text: string;
  rating: number | null;
  link: string | null;
}

/** Stores feedback items and their tagged texts (call inside a transaction for all or nothing); returns their ids in order. */
export async function insertFeedback(db: Db, items: readonly NewFeedback[], tagger: ThemeTaggerType, actorId: string | null): Promise<string[]> {
  if (items.length === 0) return [];
  // Ids taken from the sequence first, so each item's text row knows its feedback's id.
  const taken = await sql<{ id: string }>`select nextval('voice_feedback_id_seq')::text as id from generate_series(1, ${items.length})`.execute(db);
  const ids = taken.rows.map((r) => r.id);
  const rows = items.map((f, i) => ({
    id: ids[i],
    unit_id: f.unitId,
    channel: f.channel,
    received_on: f.receivedOn,
    text: f.text.trim(),
    rating: f.rating,
    link: f.link,
    created_by: actorId,
  }));
  await sql`
    insert into voice_feedback (id, unit_id, channel, received_on, text, rating, link, created_by)
    select id, unit_id, channel, received_on, text, rating, link, created_by
    from json_to_recordset(${JSON.stringify(rows)}::json) as t(id bigint, unit_id text, channel text, received_on date, text text, rating smallint, link text, created_by uuid)`.execute(
    db,
  );
  const texts = items.map((f, i) => {
    const tag = tagger.tag(f.text);
    return {
      feedback_id: ids[i],
      source_key: f.channel,
      unit_id: f.unitId,
      local_month: f.receivedOn.slice(0, 7),
      at: `${f.receivedOn}T12:00:00Z`,
      rating: f.rating,
      text: f.text.trim(),
      themes: tag.themes,
      sentiment: tag.sentiment,
      negative: isNegativeText(tag.sentiment, null, f.rating),
      tagged_by: tagger.taxonomyId,
    };
  });
  await sql`
    insert into voice_texts (feedback_id, source_key, kind, unit_id, local_month, at, rating, text, themes, sentiment, negative, tagged_by)
    select feedback_id, source_key, 'feedback', unit_id, local_month, at, rating, text, themes, sentiment, negative, tagged_by
    from json_to_recordset(${JSON.stringify(texts)}::json) as t(feedback_id bigint, source_key text, unit_id text, local_month text, at timestamptz,
      rating smallint, text text, themes text[], sentiment smallint, negative boolean, tagged_by text)`.execute(db);
  return ids;
}

/** A stored text's identity for scope checks and corrections. */
export interface VoiceTextRef {
  id: string;
  unitId: string;
  themes: string[];
  corrected: boolean;
}

export async function findVoiceText(db: Db, id: string): Promise<VoiceTextRef | undefined> {
  if (!/^[0-9]{1,18}$/.test(id)) return undefined;
  const row = await db.selectFrom("voice_texts").select(["id", "unit_id", "themes", "corrected"]).where("id", "=", id).executeTakeFirst();
  return row && { id: String(row.id), unitId: row.unit_id, themes: row.themes, corrected: row.corrected };
}

/** Sets a text's themes by hand (kept through later taxonomy versions) and records the correction. */
export async function correctVoiceThemes(db: Db, id: string, before: readonly string[], themes: readonly string[], actorId: string | null): Promise<void> {
  await db
    .updateTable("voice_texts")
    .set({ themes: [...themes], corrected: true })
    .where("id", "=", id)
    .execute();
  await db
    .insertInto("voice_tag_corrections")
    .values({ text_id: id, actor_id: actorId, themes_before: [...before], themes_after: [...themes] })
    .execute();
}

/** The corrections of a text, oldest first, with the actor's login. */
export async function listVoiceCorrections(db: Db, id: string): Promise<{ at: Date; login: string | null; before: string[]; after: string[] }[]> {
  const rows = await db
    .selectFrom("voice_tag_corrections as c")
    .leftJoin("users as u", "u.id", "c.actor_id")
    .select(["c.at", "u.login", "c.themes_before", "c.themes_after"])
    .where("c.text_id", "=", id)
    .orderBy("c.id")
    .execute();
  return rows.map((r) => ({ at: r.at, login: r.login, before: r.themes_before, after: r.themes_after }));
}
