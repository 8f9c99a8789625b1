// Imports a validated exchange dataset into the database in one transaction: idempotent upserts, counters for new responses only.
import { sql } from "kysely";
import {
  responseCells,
  responseMonth,
  type CounterCell,
  type Dataset,
  type DatasetUnit,
  type Methodology,
  type ObjectiveEntry,
  type SurveyResponse,
  type ThemeTaggerType,
} from "../../core/index.js";
import { addCounterCells } from "./counter-repository.js";
import type { Db, JsonObject } from "../database-schema.js";
import { jsonb } from "./jsonb.js";
import { periodDays } from "./period-days.js";
import { insertResponseTexts, taggedResponseTexts } from "./voice-text-writer.js";

/** What an import did: counts per kind of record. */
export interface ImportReport {
  units: { created: number; updated: number; unchanged: number };
  responses: { created: number; skipped: number };
  objective: { created: number; replaced: number; unchanged: number };
}

/** A dataset the database refuses although the core accepted it (a database-only rule); `path` names the element. */
export class ImportRefusedError extends Error {
  override name = "ImportRefusedError";
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
  }
}

const batchSize = 1_000;
const unitIdPattern = /^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$/;

/** Database rules the exchange format does not have: unit id syntax, two-digit region codes. */
export function checkDatabaseRules(dataset: Dataset): void {
  dataset.units.forEach((u, i) => {
    if (!unitIdPattern.test(u.id))
      throw new ImportRefusedError(`units[${i}].id`, `код «${u.id}» недопустим в базе (латинские буквы, цифры, . _ -, до 64 символов)`);
    if (u.kind === "region" && !/^[0-9]{2}$/.test(u.id))
      throw new ImportRefusedError(`units[${i}].id`, `код региона «${u.id}» должен быть двузначным кодом субъекта`);
  });
}

/** Units ordered parents first (by depth), so every parent exists before its children are written. */
function parentsFirst(units: readonly DatasetUnit[]): DatasetUnit[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const depth = new Map<string, number>();
  const depthOf = (u: DatasetUnit): number => {
    const known = depth.get(u.id);
    if (known !== undefined) return known;
    const parent = u.parent === null ? undefined : byId.get(u.parent);
    const d = parent ? depthOf(parent) + 1 : 0;
    depth.set(u.id, d);
    return d;
  };
  return units
    .map((u, i) => ({ u, i, d: depthOf(u) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .map((x) => x.u);
}

/** The time zone of every unit: its region's, or the methodology's default. */
export function unitZones(units: readonly DatasetUnit[], fallback: string): Map<string, string> {
  const zones = new Map<string, string>();
  for (const u of parentsFirst(units)) zones.set(u.id, u.parent === null ? (u.timezone ?? fallback) : (zones.get(u.parent) ?? fallback));
  return zones;
}

async function upsertUnits(trx: Db, units: readonly DatasetUnit[], report: ImportReport): Promise<void> {
  const ordered = parentsFirst(units);
  for (let start = 0; start < ordered.length; start += batchSize) {
    const part = ordered.slice(start, start + batchSize);
    const rows = await trx
      .insertInto("org_units")
      .values(
        part.map((u) => ({
          id: u.id,
          kind: u.kind,
          name: u.name,
          parent_id: u.parent,
          network: u.network ?? null,
          timezone: u.timezone ?? null,
          hours: u.hours ? jsonb(u.hours as JsonObject) : null,
        })),
      )
      .onConflict((oc) =>
        oc.column("id").doUpdateSet({
          kind: (eb) => eb.ref("excluded.kind"),
          name: (eb) => eb.ref("excluded.name"),
          parent_id: (eb) => eb.ref("excluded.parent_id"),
          network: (eb) => eb.ref("excluded.network"),
          timezone: (eb) => eb.ref("excluded.timezone"),
          hours: (eb) => eb.ref("excluded.hours"),
          updated_at: sql`now()`,
        }).where(sql<boolean>`(org_units.kind, org_units.name, org_units.parent_id, org_units.network, org_units.timezone, org_units.hours)
            is distinct from (excluded.kind, excluded.name, excluded.parent_id, excluded.network, excluded.timezone, excluded.hours)`),
      )
      .returning(sql<boolean>`(xmax = 0)`.as("inserted"))
      .execute();
    const created = rows.filter((r) => r.inserted).length;
    report.units.created += created;
    report.units.updated += rows.length - created;
    report.units.unchanged += part.length - rows.length;
  }
}

/** A response as a `responses` row (as the demo seed writes it). */
function responseRow(r: SurveyResponse, zone: string, methodologyId: string) {
  return {
    id: r.id,
    unit_id: r.unit,
    respondent: r.respondent,
    methodology_id: methodologyId,
    submitted_at: r.submittedAt,
    local_month: responseMonth(r, zone),
    duration_sec: r.meta?.durationSec ?? null,
    started_at: r.meta?.durationSec !== undefined ? new Date(Date.parse(r.submittedAt) - r.meta.durationSec * 1000).toISOString() : null,
    channel: r.meta?.channel ?? ("import" as const),
    device_hash: r.meta?.device ?? null,
    answers: jsonb(r.answers as JsonObject),
    comments: r.comments ? jsonb(r.comments as JsonObject) : null,
    profile: r.profile ? jsonb(r.profile as unknown as JsonObject) : null,
    excluded: r.excluded === true,
    excluded_reason: null,
    form_token: null,
  };
}

async function insertResponses(
  trx: Db,
  part: readonly SurveyResponse[],
  zones: Map<string, string>,
  methodology: Methodology,
  report: ImportReport,
  tagger: ThemeTaggerType | undefined,
): Promise<void> {
  const stored = await trx
    .insertInto("responses")
    .values(part.map((r) => responseRow(r, zones.get(r.unit) ?? methodology.defaultTimezone, methodology.id)))
    .onConflict((oc) => oc.column("id").doNothing())
    .returning("id")
    .execute();
  const created = new Set(stored.map((row) => row.id));
  const cells: CounterCell[] = [];
  const excludedCells: CounterCell[] = [];
  for (const r of part) {
    if (!created.has(r.id)) continue;
    const zone = zones.get(r.unit) ?? methodology.defaultTimezone;
    if (r.excluded === true) excludedCells.push(...responseCells({ ...r, excluded: false }, zone, methodology));
    else cells.push(...responseCells(r, zone, methodology));
  }
  await addCounterCells(trx, cells, 1);
  if (tagger) {
    await insertResponseTexts(
      trx,
      part
        .filter((r) => created.has(r.id))
        .map((r) => ({
          responseId: r.id,
          unitId: r.unit,
          respondent: r.respondent,
          localMonth: responseMonth(r, zones.get(r.unit) ?? methodology.defaultTimezone),
          at: r.submittedAt,
          texts: taggedResponseTexts(methodology, tagger, r.respondent, r.answers, r.comments),
        })),
    );
  }
  // Excluded responses count on the raw basis only (see 0004_quality.sql).
  await addCounterCells(trx, excludedCells, 1, "excluded_counters");
  report.responses.created += created.size;
  report.responses.skipped += part.length - created.size;
}

/** An objective entry as (unit, indicator|null, period, payload) — the payload without unit, period and indicator. */
function entryParts(e: ObjectiveEntry): { unit: string; indicator: string | null; period: string; payload: string } {
  const { unit, period, ...rest } = e;
  const { indicator, ...payload } = rest as typeof rest & { indicator?: string };
  return { unit, indicator: indicator ?? null, period, payload: JSON.stringify(payload) };
}

async function replaceObjective(trx: Db, entries: readonly ObjectiveEntry[], report: ImportReport): Promise<void> {
  for (let start = 0; start < entries.length; start += batchSize) {
    const parts = entries.slice(start, start + batchSize).map(entryParts);
    const days = parts.map((p) => periodDays(p.period));
    const d = sql`unnest(${parts.map((p) => p.unit)}::text[], ${parts.map((p) => p.indicator)}::text[], ${parts.map((p) => p.period)}::text[],
      ${days.map((x) => x.start)}::date[], ${days.map((x) => x.end)}::date[], ${parts.map((p) => p.payload)}::text[])
      as d(unit_id, indicator, period, period_start, period_end, payload)`;
    const same = sql`o.unit_id = d.unit_id and o.indicator is not distinct from d.indicator and o.period = d.period`;
    // Stored entries with the same key but another payload or status go; identical approved ones stay.
    const removed = await sql<{ unit_id: string; indicator: string | null; period: string }>`
      delete from objective_entries o using ${d}
      where ${same} and (o.payload <> d.payload::jsonb or o.status <> 'approved')
      returning o.unit_id, o.indicator, o.period`.execute(trx);
    const inserted = await sql<{ id: string }>`
      insert into objective_entries (unit_id, indicator, period, period_start, period_end, payload, status)
      select d.unit_id, d.indicator, d.period, d.period_start, d.period_end, d.payload::jsonb, 'approved' from ${d}
      where not exists (select 1 from objective_entries o where ${same})
      returning id`.execute(trx);
    const replaced = new Set(removed.rows.map((r) => `${r.unit_id}\u0000${r.indicator ?? ""}\u0000${r.period}`)).size;
    report.objective.replaced += replaced;
    report.objective.created += inserted.rows.length - replaced;
    report.objective.unchanged += parts.length - inserted.rows.length;
  }
}

/**
 * Hands the responses to `write` in batches, in order; an exception (a response the core refuses)
 * aborts the import. Lets a file too large for memory be read while it is written.
 */
export type ResponseSource = (write: (batch: readonly SurveyResponse[]) => Promise<void>) => Promise<void>;

/** The responses of an in-memory dataset as a source. */
export function responsesOf(responses: readonly SurveyResponse[]): ResponseSource {
  return async (write) => {
    for (let start = 0; start < responses.length; start += batchSize) await write(responses.slice(start, start + batchSize));
  };
}

/**
 * Writes a dataset the core has validated (`readDataset`) with `methodology`, all or nothing, in one transaction:
 * units are created or updated by id (the file's fields win, a missing timezone included); a response whose id is
 * already stored is skipped, and only newly stored responses add counters — excluded ones to excluded_counters
 * (months in their region's zone as the file declares it); an objective entry replaces the stored one with the
 * same unit, indicator (or channels) and period, whatever its status, and is stored `approved`. The methodology
 * version is stored (inactive) when missing. Throws {@link ImportRefusedError} for database-only rules before
 * writing anything. With `responses`, the dataset's own responses are ignored and the source's are written
 * (each batch checked by the caller), so memory stays bounded whatever the file's size. With `tagger`, the
 * responses' free texts are stored tagged in the same transaction; without, the voice sweep picks them up.
 */
export async function importDataset(
  db: Db,
  dataset: Dataset,
  methodology: Methodology,
  responses: ResponseSource = responsesOf(dataset.responses),
  tagger?: ThemeTaggerType,
): Promise<ImportReport> {
  checkDatabaseRules(dataset);
  const zones = unitZones(dataset.units, methodology.defaultTimezone);
  const report: ImportReport = {
    units: { created: 0, updated: 0, unchanged: 0 },
    responses: { created: 0, skipped: 0 },
    objective: { created: 0, replaced: 0, unchanged: 0 },
  };
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("methodology_versions")
      .values({ id: methodology.id, title: methodology.title, body: jsonb(methodology as unknown as JsonObject), is_active: false })
      .onConflict((oc) => oc.column("id").doNothing())
      .execute();
    await upsertUnits(trx, dataset.units, report);
    await responses((batch) => insertResponses(trx, batch, zones, methodology, report, tagger));
    await replaceObjective(trx, dataset.objective, report);
  });
  return report;
}
