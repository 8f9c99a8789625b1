// Names by id for the screens that show who and where: units' names, users' display names and logins.
import type { Db } from "../database-schema.js";

/** Display names of units by id (unknown ids are left out). */
export async function unitNamesById(db: Db, ids: Iterable<string>): Promise<Record<string, string>> {
  const list = [...new Set(ids)];
  if (list.length === 0) return {};
  const rows = await db.selectFrom("org_units").select(["id", "name"]).where("id", "in", list).execute();
  return Object.fromEntries(rows.map((r) => [r.id, r.name]));
}

/** A user as other screens name it. */
export interface PersonRow {
  id: string;
  login: string;
  displayName: string;
}

/** The users behind the given ids (nulls and unknown ids are left out). */
export async function peopleById(db: Db, ids: Iterable<string | null>): Promise<Map<string, PersonRow>> {
  const list = [...new Set([...ids].filter((id): id is string => id !== null))];
  if (list.length === 0) return new Map();
  const rows = await db.selectFrom("users").select(["id", "login", "display_name as displayName"]).where("id", "in", list).execute();
  return new Map(rows.map((r) => [r.id, r]));
}
