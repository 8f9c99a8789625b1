// Client portraits and a region's client journeys (0011_cx): plain reads and writes; the caller validates and audits.
import type { Db, Json } from "../database-schema.js";
import { jsonb } from "./jsonb.js";

/** A stored portrait. */
export interface PortraitRow {
  id: string;
  regionId: string;
  name: string;
  segment: unknown;
  demographic: string;
  psychographic: string;
  behavioural: string;
  updatedAt: Date;
}

/** What a portrait's author writes. */
export interface PortraitFields {
  name: string;
  segment: Json;
  demographic: string;
  psychographic: string;
  behavioural: string;
}

const portraitColumns = ["id", "region_id", "name", "segment", "demographic", "psychographic", "behavioural", "updated_at"] as const;
type Stored = {
  id: string;
  region_id: string;
  name: string;
  segment: unknown;
  demographic: string;
  psychographic: string;
  behavioural: string;
  updated_at: Date;
};
const toPortrait = (r: Stored): PortraitRow => ({
  id: r.id,
  regionId: r.region_id,
  name: r.name,
  segment: r.segment,
  demographic: r.demographic,
  psychographic: r.psychographic,
  behavioural: r.behavioural,
  updatedAt: r.updated_at,
});

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Portraits of these regions (every region when undefined), by region and name. */
export async function listPortraits(db: Db, regionIds?: readonly string[]): Promise<PortraitRow[]> {
  if (regionIds?.length === 0) return [];
  let q = db.selectFrom("cx_portraits").select(portraitColumns);
  if (regionIds) q = q.where("region_id", "in", [...regionIds]);
  return (await q.orderBy("region_id").orderBy("name").execute()).map(toPortrait);
}

/** One portrait, or undefined (also for an id that is not a uuid). */
export async function findPortrait(db: Db, id: string): Promise<PortraitRow | undefined> {
  if (!uuidPattern.test(id)) return undefined;
  const row = await db.selectFrom("cx_portraits").select(portraitColumns).where("id", "=", id).executeTakeFirst();
  return row ? toPortrait(row) : undefined;
}

/** Stores a new portrait; returns it. */
export async function insertPortrait(db: Db, regionId: string, fields: PortraitFields, actorId: string | null): Promise<PortraitRow> {
  const row = await db
    .insertInto("cx_portraits")
    .values({
      region_id: regionId,
      name: fields.name,
      segment: jsonb(fields.segment),
      demographic: fields.demographic,
      psychographic: fields.psychographic,
      behavioural: fields.behavioural,
      created_by: actorId,
      updated_by: actorId,
    })
    .returning(portraitColumns)
    .executeTakeFirstOrThrow();
  return toPortrait(row);
}

/** Replaces a portrait's fields; returns it. */
export async function updatePortrait(db: Db, id: string, fields: PortraitFields, actorId: string | null): Promise<PortraitRow> {
  const row = await db
    .updateTable("cx_portraits")
    .set({
      name: fields.name,
      segment: jsonb(fields.segment),
      demographic: fields.demographic,
      psychographic: fields.psychographic,
      behavioural: fields.behavioural,
      updated_by: actorId,
      updated_at: new Date(),
    })
    .where("id", "=", id)
    .returning(portraitColumns)
    .executeTakeFirstOrThrow();
  return toPortrait(row);
}

/** Deletes a portrait. */
export async function deletePortrait(db: Db, id: string): Promise<void> {
  await db.deleteFrom("cx_portraits").where("id", "=", id).execute();
}

/** A region's own journey body for a template, or undefined (the shipped template applies). */
export async function findRegionJourney(db: Db, regionId: string, template: "seeker" | "employer"): Promise<{ body: unknown; updatedAt: Date } | undefined> {
  const row = await db
    .selectFrom("cx_journeys")
    .select(["body", "updated_at"])
    .where("region_id", "=", regionId)
    .where("template", "=", template)
    .executeTakeFirst();
  return row ? { body: row.body, updatedAt: row.updated_at } : undefined;
}

/** Stores (or replaces) a region's journey for a template. */
export async function saveRegionJourney(db: Db, regionId: string, template: "seeker" | "employer", body: Json, actorId: string | null): Promise<void> {
  await db
    .insertInto("cx_journeys")
    .values({ region_id: regionId, template, body: jsonb(body), updated_by: actorId })
    .onConflict((oc) => oc.columns(["region_id", "template"]).doUpdateSet({ body: jsonb(body), updated_by: actorId, updated_at: new Date() }))
    .execute();
}

/** Drops a region's journey (back to the shipped template); whether there was one. */
export async function deleteRegionJourney(db: Db, regionId: string, template: "seeker" | "employer"): Promise<boolean> {
  const result = await db.deleteFrom("cx_journeys").where("region_id", "=", regionId).where("template", "=", template).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
