// The flat unit list of GET /api/units as a tree: children by parent, roots, the filter by name or code.
import type { AdminUnit } from "../../../api/units-admin-api";

export interface UnitTree {
  byId: Map<string, AdminUnit>;
  /** Children of each unit, sorted by code. */
  children: Map<string, AdminUnit[]>;
  /** Units whose parent is outside the list (the regions, or the caller's scope unit). */
  roots: AdminUnit[];
}

const byCode = (a: AdminUnit, b: AdminUnit) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function buildTree(units: readonly AdminUnit[]): UnitTree {
  const byId = new Map(units.map((u) => [u.id, u]));
  const children = new Map<string, AdminUnit[]>();
  const roots: AdminUnit[] = [];
  for (const unit of units) {
    if (unit.parentId !== null && byId.has(unit.parentId)) children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit]);
    else roots.push(unit);
  }
  for (const list of children.values()) list.sort(byCode);
  return { byId, children, roots: roots.sort(byCode) };
}

/** The unit and its ancestors within the list, the unit first. */
export function ancestry(tree: UnitTree, id: string): AdminUnit[] {
  const path: AdminUnit[] = [];
  for (let at = tree.byId.get(id); at && path.length < 16; at = at.parentId === null ? undefined : tree.byId.get(at.parentId)) path.push(at);
  return path;
}

/** The region a unit belongs to (itself for a region), when it is in the list. */
export const regionOf = (tree: UnitTree, id: string): AdminUnit | undefined => ancestry(tree, id).find((u) => u.kind === "region");

/**
 * The ids to show for a search: every unit whose code or name contains `text` (any case),
 * with its ancestors so the match keeps its place; undefined for an empty search (show all).
 */
export function matchingIds(tree: UnitTree, text: string): Set<string> | undefined {
  const needle = text.trim().toLocaleLowerCase("ru");
  if (needle === "") return undefined;
  const shown = new Set<string>();
  for (const unit of tree.byId.values()) {
    if (!unit.id.toLocaleLowerCase("ru").includes(needle) && !unit.name.toLocaleLowerCase("ru").includes(needle)) continue;
    for (const u of ancestry(tree, unit.id)) shown.add(u.id);
  }
  return shown;
}
