// The org tree as index arrays (country above the regions), built once and shared by counters and scoring.

import type { DatasetUnit, UnitKind } from "../dataset/dataset-types.js";

/** Units by index `0..size-1`; index `size` is the country, whose children are the regions. */
export interface OrgTree {
  readonly units: readonly DatasetUnit[];
  readonly size: number;
  /** Index of the country node (= size). */
  readonly country: number;
  readonly ids: readonly string[];
  readonly kinds: readonly UnitKind[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** Parent index per node; regions have the country, the country has -1. */
  readonly parent: Int32Array;
  readonly children: readonly (readonly number[])[];
  /** Every node, parents before children, the country first. */
  readonly order: Int32Array;
  /** The IANA zone each unit's responses are read in: its region's, else the default. */
  readonly timezones: readonly string[];
}

/** Builds the tree of validated units (unknown parents or cycles throw: validate first). */
export function buildOrgTree(units: readonly DatasetUnit[], defaultTimezone: string): OrgTree {
  const size = units.length;
  const indexOf = new Map<string, number>();
  units.forEach((u, i) => indexOf.set(u.id, i));
  const parent = new Int32Array(size + 1);
  const children: number[][] = Array.from({ length: size + 1 }, () => []);
  units.forEach((u, i) => {
    const p = u.parent === null ? size : indexOf.get(u.parent);
    if (p === undefined) throw new Error(`unit ${u.id}: unknown parent ${u.parent}`);
    parent[i] = p;
    children[p]?.push(i);
  });
  parent[size] = -1;
  const order = new Int32Array(size + 1);
  order[0] = size;
  let filled = 1;
  for (let head = 0; head < filled; head++) {
    for (const c of children[order[head] as number] ?? []) order[filled++] = c;
  }
  if (filled !== size + 1) throw new Error("the unit tree has a cycle");
  const timezones = new Array<string>(size);
  for (let k = 1; k <= size; k++) {
    const i = order[k] as number;
    const u = units[i] as DatasetUnit;
    timezones[i] = u.kind === "region" || parent[i] === size ? (u.timezone ?? defaultTimezone) : (timezones[parent[i] as number] as string);
  }
  return { units, size, country: size, ids: units.map((u) => u.id), kinds: units.map((u) => u.kind), indexOf, parent, children, order, timezones };
}
