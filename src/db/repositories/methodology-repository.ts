// Methodology versions in the database: list, read one, store a new one, make one active.
import type { Db, JsonObject } from "../database-schema.js";
import { jsonb } from "./jsonb.js";

/** A stored methodology version without its body. */
export interface MethodologyListing {
  id: string;
  title: string;
  active: boolean;
  createdAt: Date;
  createdBy: string | null;
}

const listingColumns = ["id", "title", "is_active as active", "created_at as createdAt", "created_by as createdBy"] as const;

/** Every stored version, oldest first. */
export async function listMethodologyVersions(db: Db): Promise<MethodologyListing[]> {
  return db.selectFrom("methodology_versions").select(listingColumns).orderBy("created_at").orderBy("id").execute();
}

/** One version with its body (unvalidated JSON), or undefined. */
export async function findMethodologyVersion(db: Db, id: string): Promise<(MethodologyListing & { body: JsonObject }) | undefined> {
  return db
    .selectFrom("methodology_versions")
    .select([...listingColumns, "body"])
    .where("id", "=", id)
    .executeTakeFirst();
}

/** Stores a new, inactive version; false (nothing written) when the id is taken. */
export async function insertMethodologyVersion(db: Db, version: { id: string; title: string; body: JsonObject; createdBy: string | null }): Promise<boolean> {
  const row = await db
    .insertInto("methodology_versions")
    .values({ id: version.id, title: version.title, body: jsonb(version.body), is_active: false, created_by: version.createdBy })
    .onConflict((oc) => oc.column("id").doNothing())
    .returning("id")
    .executeTakeFirst();
  return row !== undefined;
}

/** Makes `id` the one active version (call inside a transaction); returns the version active before, if any. */
export async function activateMethodologyVersion(db: Db, id: string): Promise<string | null> {
  const previous = await db.selectFrom("methodology_versions").select("id").where("is_active", "=", true).executeTakeFirst();
  if (previous?.id === id) return id;
  // Off first: the unique index allows one active row at a time.
  await db.updateTable("methodology_versions").set({ is_active: false }).where("is_active", "=", true).execute();
  await db.updateTable("methodology_versions").set({ is_active: true }).where("id", "=", id).execute();
  return previous?.id ?? null;
}
