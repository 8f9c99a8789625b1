// Writes the exchange dataset of a period and subtree from the database, streamed: responses are read in pages, never all at once.
import { sql } from "kysely";
import { DATASET_FORMAT, parsePeriod, periodMonths, type DatasetUnit, type Period, type ResponseMeta, type SurveyResponse } from "../../core/index.js";
import type { Db, ResponseChannel, Respondent } from "../database-schema.js";
import { ancestorIds, readDatasetUnits, readObjectiveEntries, subtreeIds, UnknownUnitError } from "./results-source.js";

/** Options of {@link exportDataset}. */
export interface ExportOptions {
  /** Only this unit's subtree (its ancestors are written too, so that parents resolve). */
  readonly unit?: string;
  /** Responses per page read from the database (default 1,000). */
  readonly pageSize?: number;
}

/** What an export wrote. */
export interface ExportReport {
  units: number;
  responses: number;
  objective: number;
}

interface ResponseRow {
  id: string;
  unit_id: string;
  respondent: Respondent;
  submitted_at: Date;
  duration_sec: number | null;
  channel: ResponseChannel;
  device_hash: string | null;
  answers: unknown;
  comments: unknown;
  profile: unknown;
  excluded: boolean;
}

/** RFC 3339 UTC, without milliseconds when they are zero. */
const timestamp = (d: Date): string => d.toISOString().replace(".000Z", "Z");

/** A stored response in the exchange format (`meta` always has the channel; `excluded` only when true). */
function toResponse(r: ResponseRow): SurveyResponse {
  const meta: { -readonly [K in keyof ResponseMeta]: ResponseMeta[K] } = { channel: r.channel };
  if (r.duration_sec !== null) meta.durationSec = r.duration_sec;
  if (r.device_hash !== null) meta.device = r.device_hash;
  return {
    id: r.id,
    unit: r.unit_id,
    respondent: r.respondent,
    submittedAt: timestamp(r.submitted_at),
    answers: r.answers as SurveyResponse["answers"],
    ...(r.comments ? { comments: r.comments as SurveyResponse["comments"] } : {}),
    ...(r.profile ? { profile: r.profile as SurveyResponse["profile"] } : {}),
    meta,
    ...(r.excluded ? { excluded: true } : {}),
  };
}

/** The units an export writes: the whole tree, or a subtree with its ancestors (ancestors first, then the subtree by id). */
export function exportUnits(all: readonly DatasetUnit[], unit?: string): { units: DatasetUnit[]; subtree: Set<string> | undefined } {
  if (unit === undefined) return { units: [...all], subtree: undefined };
  if (!all.some((u) => u.id === unit)) throw new UnknownUnitError(`unknown unit ${unit}`);
  const subtree = new Set(subtreeIds(all, unit));
  const keep = new Set([...subtree, ...ancestorIds(all, unit)]);
  return { units: all.filter((u) => keep.has(u.id)), subtree };
}

/**
 * Writes `{"format", "units", "responses", "objective"}` for a period to `write` (awaited, so a slow stream
 * applies back-pressure): the units (see {@link exportUnits}), the responses of the subtree whose local month lies
 * in the period (excluded ones included, `meta` kept) read page by page in id order, and the approved objective
 * entries of the written units that overlap the period. One response per line.
 */
export async function exportDataset(
  db: Db,
  period: Period | string,
  write: (chunk: string) => Promise<void> | void,
  options: ExportOptions = {},
): Promise<ExportReport> {
  const p = typeof period === "string" ? parsePeriod(period) : period;
  if (!p) throw new Error(`period ${String(period)} does not parse`);
  const { units, subtree } = exportUnits(await readDatasetUnits(db), options.unit);
  const objective = await readObjectiveEntries(db, p, options.unit === undefined ? {} : { unitIds: units.map((u) => u.id) });
  const list = (items: readonly unknown[]): string => items.map((item) => "\n  " + JSON.stringify(item)).join(",");
  await write(`{"format": ${JSON.stringify(DATASET_FORMAT)},\n"units": [${list(units)}\n],\n"responses": [`);
  const months = periodMonths(p);
  const pageSize = options.pageSize ?? 1_000;
  let last: string | undefined;
  let count = 0;
  for (;;) {
    let query = db
      .selectFrom("responses")
      .select(["id", "unit_id", "respondent", "submitted_at", "duration_sec", "channel", "device_hash", "answers", "comments", "profile", "excluded"])
      .where("local_month", "in", months);
    if (subtree) query = query.where("unit_id", "in", [...subtree]);
    if (last !== undefined) query = query.where(sql<boolean>`id collate "C" > ${last}`);
    const rows = (await query
      .orderBy(sql`id collate "C"`)
      .limit(pageSize)
      .execute()) as ResponseRow[];
    if (rows.length === 0) break;
    await write((count === 0 ? "" : ",") + list(rows.map(toResponse)));
    count += rows.length;
    last = rows[rows.length - 1]?.id;
    if (rows.length < pageSize) break;
  }
  await write(`\n],\n"objective": [${list(objective)}\n]}\n`);
  return { units: units.length, responses: count, objective: objective.length };
}
