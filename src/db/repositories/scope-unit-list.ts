// The open units of a subtree (or of the whole country), in tree order: what a scoped template or import lists.
import type { Db, UnitKind } from "../database-schema.js";

/** A unit as a spreadsheet lists it. */
export interface ScopeUnit {
  id: string;
  kind: UnitKind;
  name: string;
}

/** Open units of `rootId`'s subtree (root first, depth-first by id), or of the whole country when `rootId` is null. */
export async function listScopeUnits(db: Db, rootId: string | null): Promise<ScopeUnit[]> {
  const rows = await db.selectFrom("org_units").select(["id", "kind", "name", "parent_id", "closed_at"]).orderBy("id").execute();
  const children = new Map<string | null, typeof rows>();
  for (const r of rows) children.set(r.parent_id, [...(children.get(r.parent_id) ?? []), r]);
  const out: ScopeUnit[] = [];
  const visit = (row: (typeof rows)[number]): void => {
    if (row.closed_at !== null) return;
    out.push({ id: row.id, kind: row.kind, name: row.name });
    for (const child of children.get(row.id) ?? []) visit(child);
  };
  for (const root of rootId === null ? (children.get(null) ?? []) : rows.filter((r) => r.id === rootId)) visit(root);
  return out;
}
