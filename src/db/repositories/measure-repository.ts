// The corrective-measures register: measures with their indicators, listed by subtree, status and indicator.
import { sql } from "kysely";
import type { Db, MeasureKindColumn, MeasureStatusColumn, Respondent } from "../database-schema.js";
import { subtreeIdsOf } from "./unit-admin-repository.js";

/** The editable fields of a measure (dates 'YYYY-MM-DD'). */
export interface MeasureContent {
  title: string;
  description: string;
  kind: MeasureKindColumn;
  clientParticipation: string;
  owner: string;
  view: Respondent;
  plannedStart: string;
  plannedEnd: string;
  actualStart: string | null;
  actualEnd: string | null;
  indicators: string[];
}

/** A stored measure. */
export interface StoredMeasure extends MeasureContent {
  id: string;
  unitId: string;
  unitName: string;
  status: MeasureStatusColumn;
  cancelReason: string | null;
  createdBy: string | null;
  createdByName: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** Filters of a listing; every one optional. */
export interface MeasureFilter {
  /** The subtree's root (null: the whole country). */
  subtreeOf: string | null;
  statuses?: readonly MeasureStatusColumn[];
  indicator?: string;
  /** Only open measures whose planned end lies before this date. */
  overdueOn?: string;
  /** Only measures whose planned end lies on or after this date. */
  endsFrom?: string;
}

const openStatuses: MeasureStatusColumn[] = ["draft", "planned", "in_progress"];

function selectMeasures(db: Db) {
  return db
    .selectFrom("measures as m")
    .innerJoin("org_units as u", "u.id", "m.unit_id")
    .leftJoin("users as c", "c.id", "m.created_by")
    .select([
      "m.id",
      "m.unit_id as unitId",
      "u.name as unitName",
      "m.title",
      "m.description",
      "m.kind",
      "m.client_participation as clientParticipation",
      "m.owner",
      "m.view",
      "m.planned_start as plannedStart",
      "m.planned_end as plannedEnd",
      "m.actual_start as actualStart",
      "m.actual_end as actualEnd",
      "m.status",
      "m.cancel_reason as cancelReason",
      "m.created_by as createdBy",
      "c.display_name as createdByName",
      "m.created_at as createdAt",
      "m.updated_at as updatedAt",
    ]);
}

async function withIndicators<T extends { id: string }>(db: Db, rows: T[]): Promise<(T & { indicators: string[] })[]> {
  if (rows.length === 0) return [];
  const links = await db
    .selectFrom("measure_indicators")
    .select(["measure_id", "indicator"])
    .where(
      "measure_id",
      "in",
      rows.map((r) => r.id),
    )
    .orderBy("indicator")
    .execute();
  const byMeasure = new Map<string, string[]>();
  for (const l of links) byMeasure.set(l.measure_id, [...(byMeasure.get(l.measure_id) ?? []), l.indicator]);
  return rows.map((r) => ({ ...r, indicators: byMeasure.get(r.id) ?? [] }));
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The measure `id`, or undefined (also for an id that is not a uuid). */
export async function findMeasure(db: Db, id: string): Promise<StoredMeasure | undefined> {
  if (!uuidPattern.test(id)) return undefined;
  const row = await selectMeasures(db).where("m.id", "=", id).executeTakeFirst();
  return row ? (await withIndicators(db, [row]))[0] : undefined;
}

/** Measures matching `filter`, soonest planned end first. */
export async function listMeasures(db: Db, filter: MeasureFilter): Promise<StoredMeasure[]> {
  let query = selectMeasures(db);
  if (filter.subtreeOf !== null) query = query.where("m.unit_id", "in", subtreeIdsOf(filter.subtreeOf));
  if (filter.statuses && filter.statuses.length > 0) query = query.where("m.status", "in", filter.statuses);
  if (filter.indicator !== undefined) {
    const code = filter.indicator;
    query = query.where((eb) =>
      eb.exists(eb.selectFrom("measure_indicators as i").select(sql.lit(1).as("one")).whereRef("i.measure_id", "=", "m.id").where("i.indicator", "=", code)),
    );
  }
  if (filter.overdueOn !== undefined) query = query.where("m.planned_end", "<", filter.overdueOn).where("m.status", "in", openStatuses);
  if (filter.endsFrom !== undefined) query = query.where("m.planned_end", ">=", filter.endsFrom);
  return withIndicators(db, await query.orderBy("m.planned_end").orderBy("m.title").execute());
}

const columnsOf = (c: MeasureContent) => ({
  title: c.title,
  description: c.description,
  kind: c.kind,
  client_participation: c.clientParticipation,
  owner: c.owner,
  view: c.view,
  planned_start: c.plannedStart,
  planned_end: c.plannedEnd,
  actual_start: c.actualStart,
  actual_end: c.actualEnd,
});

async function replaceIndicators(db: Db, measureId: string, indicators: readonly string[]): Promise<void> {
  await db.deleteFrom("measure_indicators").where("measure_id", "=", measureId).execute();
  if (indicators.length > 0)
    await db
      .insertInto("measure_indicators")
      .values(indicators.map((indicator) => ({ measure_id: measureId, indicator })))
      .execute();
}

/** Stores a new measure of `unitId` as a draft (or `status`); returns its id. Run inside a transaction. */
export async function insertMeasure(
  db: Db,
  unitId: string,
  content: MeasureContent,
  actorId: string | null,
  status: MeasureStatusColumn = "draft",
): Promise<string> {
  const row = await db
    .insertInto("measures")
    .values({ unit_id: unitId, ...columnsOf(content), status, created_by: actorId, updated_by: actorId })
    .returning("id")
    .executeTakeFirstOrThrow();
  await replaceIndicators(db, row.id, content.indicators);
  return row.id;
}

/** Replaces a measure's fields and indicators. Run inside a transaction. */
export async function updateMeasure(db: Db, id: string, content: MeasureContent, actorId: string | null): Promise<void> {
  await db
    .updateTable("measures")
    .set({ ...columnsOf(content), updated_by: actorId, updated_at: new Date() })
    .where("id", "=", id)
    .execute();
  await replaceIndicators(db, id, content.indicators);
}

/** Moves a measure to `status` (with the cancel reason and actual dates where given). */
export async function changeMeasureStatus(
  db: Db,
  id: string,
  change: { status: MeasureStatusColumn; cancelReason?: string | null; actualStart?: string | null; actualEnd?: string | null },
  actorId: string | null,
): Promise<void> {
  await db
    .updateTable("measures")
    .set({
      status: change.status,
      ...(change.cancelReason !== undefined ? { cancel_reason: change.cancelReason } : {}),
      ...(change.actualStart !== undefined ? { actual_start: change.actualStart } : {}),
      ...(change.actualEnd !== undefined ? { actual_end: change.actualEnd } : {}),
      updated_by: actorId,
      updated_at: new Date(),
    })
    .where("id", "=", id)
    .execute();
}
