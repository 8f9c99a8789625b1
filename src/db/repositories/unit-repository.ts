// The org tree for authorization and browsing: a unit's ancestry, its children, a subtree's users.
import { sql } from "kysely";
import type { Db, Role, UnitKind } from "../database-schema.js";

/** A unit as the API shows it. */
export interface UnitSummary {
  id: string;
  kind: UnitKind;
  name: string;
  parentId: string | null;
  closedAt: Date | null;
}

/**
 * The ids from `unitId` up to its region, the unit first: what scope checks compare a
 * user's scope unit against. Empty for an unknown unit.
 */
export async function findUnitAncestry(db: Db, unitId: string): Promise<string[]> {
  // The depth bound guards against a cycle the constraints cannot rule out.
  const result = await sql<{ id: string }>`
    with recursive up as (
      select id, parent_id, 0 as depth from org_units where id = ${unitId}
      union all
      select u.id, u.parent_id, up.depth + 1 from org_units u join up on u.id = up.parent_id where up.depth < 16
    )
    select id from up order by depth`.execute(db);
  return result.rows.map((row) => row.id);
}

const summaryColumns = ["id", "kind", "name", "parent_id as parentId", "closed_at as closedAt"] as const;

/** The unit `id`, or undefined. */
export async function findUnit(db: Db, id: string): Promise<UnitSummary | undefined> {
  return db.selectFrom("org_units").select(summaryColumns).where("id", "=", id).executeTakeFirst();
}

/** The direct children of `id`, by id. */
export async function listChildUnits(db: Db, id: string): Promise<UnitSummary[]> {
  return db.selectFrom("org_units").select(summaryColumns).where("parent_id", "=", id).orderBy("id").execute();
}

/** A user as an administrator sees it in a list (no hash). */
export interface UserListing {
  id: string;
  login: string;
  displayName: string;
  role: Role;
  scopeUnitId: string | null;
  scopeUnitName: string | null;
  disabled: boolean;
  lockedUntil: Date | null;
  lastLoginAt: Date | null;
}

/** The query of user listings (each with its scope unit's name), to narrow with `where`. */
export function userListings(db: Db) {
  return db
    .selectFrom("users")
    .leftJoin("org_units", "org_units.id", "users.scope_unit_id")
    .select([
      "users.id as id",
      "users.login as login",
      "users.display_name as displayName",
      "users.role as role",
      "users.scope_unit_id as scopeUnitId",
      "org_units.name as scopeUnitName",
      "users.disabled as disabled",
      // The latest lock still running from any address: what an administrator should know of.
      sql<Date | null>`(select max(f.locked_until) from login_failures f where f.user_id = users.id and f.locked_until > now())`.as("lockedUntil"),
      "users.last_login_at as lastLoginAt",
    ]);
}

/**
 * Users by login: all of them when `subtreeRootId` is null, otherwise those whose scope unit
 * lies in the subtree of `subtreeRootId` (federal users are in no subtree).
 */
export async function listUsers(db: Db, subtreeRootId: string | null): Promise<UserListing[]> {
  let query = userListings(db);
  if (subtreeRootId !== null) {
    query = query.where(
      "users.scope_unit_id",
      "in",
      sql<string>`(with recursive down as (
        select id, 0 as depth from org_units where id = ${subtreeRootId}
        union all
        select u.id, down.depth + 1 from org_units u join down on u.parent_id = down.id where down.depth < 16
      ) select id from down)`,
    );
  }
  return query.orderBy("users.login").execute();
}
