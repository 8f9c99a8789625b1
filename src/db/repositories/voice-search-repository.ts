// Reading voice_texts: full-text search with highlighted matches and filters, and theme counts per period.
// Search input reaches PostgreSQL only as a parameter of websearch_to_tsquery.
import { sql, type RawBuilder } from "kysely";
import { voiceChannels, type VoiceChannel } from "../../contract/voice-texts.js";
import type { Db, Respondent } from "../database-schema.js";

/** Where a text came from: the survey, or a channel of external feedback (the contract names them). */
export type { VoiceChannel };
export const VOICE_CHANNELS: readonly VoiceChannel[] = voiceChannels;

/** What selects texts. Every list is matched as a whole parameter array. */
export interface VoiceFilter {
  /** Units whose texts count; undefined for the country. */
  unitIds?: readonly string[];
  /** Local months ('YYYY-MM') of the period. */
  months: readonly string[];
  respondent?: Respondent;
  /** Comment keys (a question's notes); combined with `themes` by OR when both come from an indicator. */
  sourceKeys?: readonly string[];
  /** Texts carrying any of these themes. */
  anyThemes?: readonly string[];
  /** Texts carrying this theme (AND with the rest). */
  theme?: string;
  /** Score band of the answer a note is about: [min, max]. */
  scoreRange?: readonly [number, number];
  channel?: VoiceChannel;
  negativeOnly?: boolean;
  /** Web-search syntax («очередь -сайт», "точная фраза", or). */
  query?: string;
  /** The texts of one response. */
  responseId?: string;
}

/** Local months are within a day of UTC in every time zone: the instants of texts of months `first`..`last`, with a margin. */
function instantsOf(first: string, last: string): [Date, Date] {
  const [y1, m1] = first.split("-").map(Number) as [number, number];
  const [y2, m2] = last.split("-").map(Number) as [number, number];
  const twoDays = 2 * 86_400_000;
  return [new Date(Date.UTC(y1, m1 - 1, 1) - twoDays), new Date(Date.UTC(y2, m2, 1) + twoDays)];
}

function conditions(f: VoiceFilter): RawBuilder<unknown>[] {
  const months = [...f.months].sort();
  const [from, to] = instantsOf(months[0] as string, months[months.length - 1] as string);
  // The months as char(7), the column's type: compared as text the column would lose its statistics and index. The
  // instants let a list newest first walk the time index from the period's end (voice_texts_at_idx).
  const c: RawBuilder<unknown>[] = [sql`t.local_month = any(${months}::bpchar[])`, sql`t.at >= ${from} and t.at < ${to}`];
  if (f.unitIds) c.push(sql`t.unit_id = any(${[...f.unitIds]}::text[])`);
  if (f.respondent) c.push(sql`t.respondent = ${f.respondent}`);
  const keys = f.sourceKeys && f.sourceKeys.length > 0 ? sql`(t.response_id is not null and t.source_key = any(${[...f.sourceKeys]}::text[]))` : undefined;
  const themes = f.anyThemes && f.anyThemes.length > 0 ? sql`t.themes && ${[...f.anyThemes]}::text[]` : undefined;
  if (keys && themes) c.push(sql`(${keys} or ${themes})`);
  else if (keys) c.push(keys);
  else if (themes) c.push(themes);
  else if (f.sourceKeys || f.anyThemes) c.push(sql`false`);
  if (f.theme) c.push(sql`t.themes @> array[${f.theme}]::text[]`);
  if (f.scoreRange) c.push(sql`t.score between ${f.scoreRange[0]} and ${f.scoreRange[1]}`);
  if (f.channel === "survey") c.push(sql`t.response_id is not null`);
  else if (f.channel) c.push(sql`(t.feedback_id is not null and t.source_key = ${f.channel})`);
  if (f.negativeOnly) c.push(sql`t.negative`);
  if (f.query) c.push(sql`t.tsv @@ websearch_to_tsquery('russian', ${f.query})`);
  if (f.responseId !== undefined) c.push(sql`t.response_id = ${f.responseId}`);
  return c;
}

const where = (f: VoiceFilter) => sql.join(conditions(f), sql` and `);

/** A found text with its highlighted fragment and what it belongs to. */
export interface VoiceHit {
  id: string;
  kind: string;
  sourceKey: string;
  unitId: string;
  respondent: Respondent | null;
  at: Date;
  score: number | null;
  rating: number | null;
  text: string;
  /** The text with matches wrapped in U+E000 … U+E001 (the server turns them into marks). */
  headline: string | null;
  themes: string[];
  sentiment: number;
  negative: boolean;
  corrected: boolean;
  responseId: string | null;
  feedbackId: string | null;
  link: string | null;
  /** The response is excluded from the index. */
  excluded: boolean;
  /** The response carries a data-quality flag (pending or confirmed). */
  flag: "pending" | "confirmed" | null;
}

/** Marks around matches in a headline: private-use characters, never in client text after the server's escaping. */
export const HIGHLIGHT_START = "\uE000";
export const HIGHLIGHT_END = "\uE001";

/** One page of texts, most relevant first with a query, else newest first; `limit` + 1 fetched to tell whether more follow. */
export async function searchVoiceTexts(db: Db, f: VoiceFilter, page: { limit: number; offset: number }): Promise<{ hits: VoiceHit[]; more: boolean }> {
  if (f.months.length === 0 || f.unitIds?.length === 0) return { hits: [], more: false };
  const q = f.query ? sql`websearch_to_tsquery('russian', ${f.query})` : undefined;
  const order = q ? sql`ts_rank(t.tsv, ${q}) desc, t.at desc, t.id desc` : sql`t.at desc, t.id desc`;
  const headline = q ? sql`ts_headline('russian', p.text, ${q}, ${`StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, HighlightAll=true`})` : sql`null`;
  const rows = await sql<{
    id: string;
    kind: string;
    source_key: string;
    unit_id: string;
    respondent: Respondent | null;
    at: Date;
    score: number | null;
    rating: number | null;
    text: string;
    headline: string | null;
    themes: string[];
    sentiment: number;
    negative: boolean;
    corrected: boolean;
    response_id: string | null;
    feedback_id: string | null;
    link: string | null;
    excluded: boolean | null;
    flag: "pending" | "confirmed" | "cleared" | null;
  }>`
    select p.*, ${headline} as headline, r.excluded, fl.status as flag, fb.link
    from (
      select t.id::text as id, t.kind, t.source_key, t.unit_id, t.respondent, t.at, t.score, t.rating, t.text, t.themes, t.sentiment, t.negative,
        t.corrected, t.response_id, t.feedback_id::text as feedback_id, t.id as sort_id, ${q ? sql`ts_rank(t.tsv, ${q})` : sql`0::real`} as rank
      from voice_texts t where ${where(f)}
      order by ${order} limit ${page.limit + 1} offset ${page.offset}
    ) p
    left join responses r on r.id = p.response_id
    left join response_flags fl on fl.response_id = p.response_id
    left join voice_feedback fb on fb.id = p.feedback_id::bigint
    order by p.rank desc, p.at desc, p.sort_id desc`.execute(db);
  const hits = rows.rows.slice(0, page.limit).map((r) => ({
    id: r.id,
    kind: r.kind,
    sourceKey: r.source_key,
    unitId: r.unit_id,
    respondent: r.respondent,
    at: r.at,
    score: r.score,
    rating: r.rating,
    text: r.text,
    headline: r.headline,
    themes: r.themes,
    sentiment: r.sentiment,
    negative: r.negative,
    corrected: r.corrected,
    responseId: r.response_id,
    feedbackId: r.feedback_id,
    link: r.link,
    excluded: r.excluded === true,
    flag: r.flag === "pending" || r.flag === "confirmed" ? r.flag : null,
  }));
  return { hits, more: rows.rows.length > page.limit };
}

/** How many texts match, counted up to `cap` (then `cap` is returned and the caller shows «более»). */
export async function countVoiceTexts(db: Db, f: VoiceFilter, cap: number): Promise<number> {
  if (f.months.length === 0 || f.unitIds?.length === 0) return 0;
  const result = await sql<{ n: string }>`select count(*)::text as n from (select 1 from voice_texts t where ${where(f)} limit ${cap}) s`.execute(db);
  return Number(result.rows[0]?.n ?? 0);
}

/** Texts per theme, and negative ones, over the filter; excluded responses' texts are left out. */
export interface ThemeTally {
  total: number;
  negative: number;
  themes: Map<string, { count: number; negative: number }>;
}

const notExcluded = sql`not exists (select 1 from responses r where r.id = t.response_id and r.excluded)`;

/** Counts texts per theme over the filter (without its query), leaving excluded responses out. */
export async function tallyThemes(db: Db, f: VoiceFilter): Promise<ThemeTally> {
  const tally: ThemeTally = { total: 0, negative: 0, themes: new Map() };
  if (f.months.length === 0 || f.unitIds?.length === 0) return tally;
  const [totals, perTheme] = await Promise.all([
    sql<{
      n: string;
      neg: string;
    }>`select count(*)::text as n, count(*) filter (where t.negative)::text as neg from voice_texts t where ${where(f)} and ${notExcluded}`.execute(db),
    sql<{ theme: string; n: string; neg: string }>`
      select theme, count(*)::text as n, count(*) filter (where t.negative)::text as neg
      from voice_texts t cross join lateral unnest(t.themes) as theme
      where ${where(f)} and ${notExcluded} group by theme`.execute(db),
  ]);
  tally.total = Number(totals.rows[0]?.n ?? 0);
  tally.negative = Number(totals.rows[0]?.neg ?? 0);
  for (const r of perTheme.rows) tally.themes.set(r.theme, { count: Number(r.n), negative: Number(r.neg) });
  return tally;
}

/** Texts per month and theme over the filter's months (for trend lines), excluded responses left out. */
export async function themeMonths(db: Db, f: VoiceFilter): Promise<{ month: string; theme: string | null; count: number }[]> {
  if (f.months.length === 0 || f.unitIds?.length === 0) return [];
  // A text yields a row per theme (one with a null theme when it has none); its first row counts it in the month's
  // total. Hash-grouped in one pass, where counting distinct texts per grouping set sorted them all.
  const rows = await sql<{ month: string; theme: string | null; n: string; texts: string }>`
    select t.local_month as month, u.theme, count(*)::text as n, count(*) filter (where u.ord is null or u.ord = 1)::text as texts
    from voice_texts t left join lateral unnest(t.themes) with ordinality as u(theme, ord) on true
    where ${where(f)} and ${notExcluded}
    group by t.local_month, u.theme`.execute(db);
  const totals = new Map<string, number>();
  const out: { month: string; theme: string | null; count: number }[] = [];
  for (const r of rows.rows) {
    totals.set(r.month, (totals.get(r.month) ?? 0) + Number(r.texts));
    if (r.theme !== null) out.push({ month: r.month, theme: r.theme, count: Number(r.n) });
  }
  for (const [month, count] of totals) out.push({ month, theme: null, count });
  return out;
}

/** A response as the voice screen opens it from one of its texts. */
export interface VoiceResponse {
  id: string;
  unitId: string;
  respondent: Respondent;
  methodologyId: string;
  submittedAt: Date;
  answers: Record<string, unknown>;
  excluded: boolean;
  flag: "pending" | "confirmed" | "cleared" | null;
}

export async function findVoiceResponse(db: Db, id: string): Promise<VoiceResponse | undefined> {
  const row = await db
    .selectFrom("responses as r")
    .leftJoin("response_flags as f", "f.response_id", "r.id")
    .select(["r.id", "r.unit_id", "r.respondent", "r.methodology_id", "r.submitted_at", "r.answers", "r.excluded", "f.status"])
    .where("r.id", "=", id)
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      unitId: row.unit_id,
      respondent: row.respondent,
      methodologyId: row.methodology_id,
      submittedAt: row.submitted_at,
      answers: row.answers as Record<string, unknown>,
      excluded: row.excluded,
      flag: (row.status ?? null) as VoiceResponse["flag"],
    }
  );
}
