// Writing the free texts of responses into voice_texts, tagged: at import, and by the sweep that
// catches up responses written without their texts (older rows, the demo seed) and texts tagged by an
// older taxonomy version.
import { sql } from "kysely";
import { isNegativeText, responseTexts, type Methodology, type ThemeTaggerType, type View } from "../../core/index.js";
import type { Db } from "../database-schema.js";
import { methodologyLoader } from "./quality-cells.js";

/** A response's text ready to store: what the survey statement and the import write. */
export interface TaggedText {
  key: string;
  kind: string;
  text: string;
  score: number | null;
  themes: readonly string[];
  sentiment: number;
  negative: boolean;
  taggedBy: string;
}

/** The tagged free texts of a response. */
export function taggedResponseTexts(
  m: Methodology,
  tagger: ThemeTaggerType,
  view: View,
  answers: Readonly<Record<string, unknown>>,
  comments: Readonly<Record<string, unknown>> | null | undefined,
): TaggedText[] {
  return responseTexts(m, view, answers, comments).map((t) => {
    const tag = tagger.tag(t.text);
    return { ...t, themes: tag.themes, sentiment: tag.sentiment, negative: isNegativeText(tag.sentiment, t.score), taggedBy: tagger.taxonomyId };
  });
}

/** The texts of a stored response: identity and where and when, then its texts. */
export interface ResponseTextsRow {
  responseId: string;
  unitId: string;
  respondent: View;
  localMonth: string;
  at: string;
  texts: readonly TaggedText[];
}

/** Inserts the texts (a response's text already stored is left as it is) and marks the responses done. */
export async function insertResponseTexts(db: Db, rows: readonly ResponseTextsRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const flat = rows.flatMap((r) =>
    r.texts.map((t) => ({
      response_id: r.responseId,
      source_key: t.key,
      kind: t.kind,
      unit_id: r.unitId,
      respondent: r.respondent,
      local_month: r.localMonth,
      at: r.at,
      score: t.score,
      text: t.text,
      themes: t.themes,
      sentiment: t.sentiment,
      negative: t.negative,
      tagged_by: t.taggedBy,
    })),
  );
  let inserted = 0;
  if (flat.length > 0) {
    const result = await sql`
      insert into voice_texts (response_id, source_key, kind, unit_id, respondent, local_month, at, score, text, themes, sentiment, negative, tagged_by)
      select response_id, source_key, kind, unit_id, respondent, local_month, at, score, text, themes, sentiment, negative, tagged_by
      from json_to_recordset(${JSON.stringify(flat)}::json) as t(response_id text, source_key text, kind text, unit_id text, respondent text,
        local_month text, at timestamptz, score smallint, text text, themes text[], sentiment smallint, negative boolean, tagged_by text)
      on conflict (response_id, source_key) do nothing`.execute(db);
    inserted = Number(result.numAffectedRows ?? 0n);
  }
  await sql`update responses set voice_pending = false where id = any(${rows.map((r) => r.responseId)}::text[]) and voice_pending`.execute(db);
  return inserted;
}

/** What a sweep did. */
export interface VoiceSweepReport {
  responses: number;
  texts: number;
  retagged: number;
}

/**
 * Extracts and tags the texts of every response still marked `voice_pending`, then re-tags texts tagged
 * by another taxonomy version (staff-corrected ones keep their themes), in batches of `batch`, each batch
 * its own transaction. Safe to run concurrently with the survey: a response is done once.
 */
export async function sweepVoiceTexts(db: Db, tagger: ThemeTaggerType, batch = 1_000): Promise<VoiceSweepReport> {
  const report: VoiceSweepReport = { responses: 0, texts: 0, retagged: 0 };
  const methodology = methodologyLoader(db);
  for (;;) {
    const pending = await db
      .selectFrom("responses")
      .select(["id", "unit_id", "respondent", "methodology_id", "local_month", "submitted_at", "answers", "comments"])
      .where("voice_pending", "=", true)
      .orderBy("id")
      .limit(batch)
      .execute();
    if (pending.length === 0) break;
    const rows: ResponseTextsRow[] = [];
    for (const r of pending) {
      const m = await methodology(r.methodology_id);
      rows.push({
        responseId: r.id,
        unitId: r.unit_id,
        respondent: r.respondent,
        localMonth: r.local_month,
        at: r.submitted_at.toISOString(),
        texts: taggedResponseTexts(m, tagger, r.respondent, r.answers as Record<string, unknown>, r.comments as Record<string, unknown> | null),
      });
    }
    report.texts += await db.transaction().execute((trx) => insertResponseTexts(trx, rows));
    report.responses += pending.length;
  }
  for (;;) {
    const stale = await sql<{ id: string; text: string; score: number | null; rating: number | null }>`
      select id::text as id, text, score, rating from voice_texts
      where tagged_by is distinct from ${tagger.taxonomyId} and not corrected order by id limit ${batch}`.execute(db);
    if (stale.rows.length === 0) break;
    const tagged = stale.rows.map((t) => {
      const tag = tagger.tag(t.text);
      return { id: t.id, themes: tag.themes, sentiment: tag.sentiment, negative: isNegativeText(tag.sentiment, t.score, t.rating) };
    });
    await sql`
      update voice_texts v set themes = t.themes, sentiment = t.sentiment, negative = t.negative, tagged_by = ${tagger.taxonomyId}
      from json_to_recordset(${JSON.stringify(tagged)}::json) as t(id bigint, themes text[], sentiment smallint, negative boolean)
      where v.id = t.id`.execute(db);
    report.retagged += tagged.length;
  }
  return report;
}
