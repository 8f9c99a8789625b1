// The org tree in memory for the dashboard: units by id, children, ancestry, each unit's region.
import type { DirectoryUnit } from "../../db/index.js";

/** Lookups over every stored unit, built once per read of the units. */
export interface UnitDirectory {
  readonly units: readonly DirectoryUnit[];
  readonly byId: ReadonlyMap<string, DirectoryUnit>;
  /** Children by parent id, by id; regions under "" (the country). */
  readonly children: ReadonlyMap<string, readonly DirectoryUnit[]>;
  /** The unit first, then its parent, … up to its region; empty for an unknown id. */
  ancestry(id: string): string[];
  /** The region a unit lies in (itself for a region). */
  regionOf(id: string): DirectoryUnit | undefined;
  /** The units below `id` (not itself), parents before children; every unit for "" (the country). */
  descendants(id: string): DirectoryUnit[];
}

/** Builds the lookups. */
export function buildUnitDirectory(units: readonly DirectoryUnit[]): UnitDirectory {
  const byId = new Map(units.map((u) => [u.id, u]));
  const children = new Map<string, DirectoryUnit[]>();
  for (const u of units) {
    const key = u.parentId ?? "";
    const list = children.get(key);
    if (list) list.push(u);
    else children.set(key, [u]);
  }
  const ancestry = (id: string): string[] => {
    const out: string[] = [];
    for (let u = byId.get(id); u && out.length < 16; u = u.parentId === null ? undefined : byId.get(u.parentId)) out.push(u.id);
    return out;
  };
  return {
    units,
    byId,
    children,
    ancestry,
    regionOf: (id) => {
      const path = ancestry(id);
      return path.length === 0 ? undefined : byId.get(path[path.length - 1]!);
    },
    descendants: (id) => {
      const out: DirectoryUnit[] = [];
      const queue = [...(children.get(id) ?? [])];
      for (let head = 0; head < queue.length; head++) {
        const u = queue[head]!;
        out.push(u);
        queue.push(...(children.get(u.id) ?? []));
      }
      return out;
    },
  };
}
