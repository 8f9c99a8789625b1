// The org structure as administrators edit it: units with all their fields, a subtree, create, update, close.
import { sql } from "kysely";
import type { Db, JsonObject, NetworkType, UnitKind } from "../database-schema.js";
import { jsonb } from "./jsonb.js";

/** A unit with every field an administrator sees and edits. */
export interface UnitDetails {
  id: string;
  kind: UnitKind;
  name: string;
  parentId: string | null;
  network: NetworkType | null;
  timezone: string | null;
  /** Opening hours `{"mon": "09:00-18:00", …, "sun": null}`; null: the nearest ancestor's. */
  hours: JsonObject | null;
  closedAt: Date | null;
}

const detailColumns = ["id", "kind", "name", "parent_id as parentId", "network", "timezone", "hours", "closed_at as closedAt"] as const;

/** The ids of the subtree of `rootId` (itself included), as a subquery. */
export function subtreeIdsOf(rootId: string) {
  // The depth bound guards against a cycle the constraints cannot rule out.
  return sql<string>`(with recursive down as (
    select id, 0 as depth from org_units where id = ${rootId}
    union all
    select u.id, down.depth + 1 from org_units u join down on u.parent_id = down.id where down.depth < 16
  ) select id from down)`;
}

/** Every unit (rootId null) or the subtree of `rootId`, by id. */
export async function listUnitDetails(db: Db, rootId: string | null): Promise<UnitDetails[]> {
  let query = db.selectFrom("org_units").select(detailColumns);
  if (rootId !== null) query = query.where("id", "in", subtreeIdsOf(rootId));
  const rows = await query.execute();
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The unit `id` with every field, or undefined. */
export async function findUnitDetails(db: Db, id: string): Promise<UnitDetails | undefined> {
  return db.selectFrom("org_units").select(detailColumns).where("id", "=", id).executeTakeFirst();
}

/** A managing or territorial unit to create. */
export interface NewUnit {
  id: string;
  kind: Exclude<UnitKind, "region">;
  name: string;
  parentId: string;
  hours: JsonObject | null;
}

/** Creates a unit; false (nothing written) when the code is taken. */
export async function insertUnit(db: Db, unit: NewUnit): Promise<boolean> {
  const row = await db
    .insertInto("org_units")
    .values({ id: unit.id, kind: unit.kind, name: unit.name, parent_id: unit.parentId, hours: unit.hours === null ? null : jsonb(unit.hours) })
    .onConflict((oc) => oc.column("id").doNothing())
    .returning("id")
    .executeTakeFirst();
  return row !== undefined;
}

/** Fields of a unit that an update may set (absent: unchanged). */
export interface UnitPatch {
  kind?: UnitKind;
  name?: string;
  parentId?: string;
  network?: NetworkType;
  timezone?: string | null;
  hours?: JsonObject | null;
  closedAt?: Date | null;
}

/** Applies `patch` to the unit `id`. */
export async function updateUnit(db: Db, id: string, patch: UnitPatch): Promise<void> {
  await db
    .updateTable("org_units")
    .set({
      ...(patch.kind !== undefined ? { kind: patch.kind } : {}),
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.parentId !== undefined ? { parent_id: patch.parentId } : {}),
      ...(patch.network !== undefined ? { network: patch.network } : {}),
      ...(patch.timezone !== undefined ? { timezone: patch.timezone } : {}),
      ...(patch.hours !== undefined ? { hours: patch.hours === null ? null : jsonb(patch.hours) } : {}),
      ...(patch.closedAt !== undefined ? { closed_at: patch.closedAt } : {}),
      updated_at: new Date(),
    })
    .where("id", "=", id)
    .execute();
}

/** Which of `ids` are stored units. */
export async function existingUnitIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom("org_units")
    .select("id")
    .where("id", "in", [...ids])
    .execute();
  return new Set(rows.map((r) => r.id));
}
