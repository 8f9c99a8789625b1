// Every unit with what screens show of it (name, kind, parent, network, closed), read in one query.
import type { Db, NetworkType, UnitKind } from "../database-schema.js";

/** A stored unit as the dashboard lists it. */
export interface DirectoryUnit {
  id: string;
  kind: UnitKind;
  name: string;
  parentId: string | null;
  /** Regions only. */
  network: NetworkType | null;
  closed: boolean;
}

/** Every stored unit, by id (closed ones included). */
export async function readUnitDirectory(db: Db): Promise<DirectoryUnit[]> {
  const rows = await db.selectFrom("org_units").select(["id", "kind", "name", "parent_id", "network", "closed_at"]).execute();
  return rows
    .map((u) => ({ id: u.id, kind: u.kind, name: u.name, parentId: u.parent_id, network: u.network, closed: u.closed_at !== null }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
