// Reads and checks the org tree of a dataset: fields, duplicate ids, parents, cycles, which kind may sit under which.

import { fieldPath, itemPath, type RefusingReader } from "../json/shape-reader.js";
import { isIanaTimeZone } from "../periods/time-zone.js";
import type { DatasetUnit, Hours, Network, UnitKind } from "./dataset-types.js";

const kinds: readonly UnitKind[] = ["region", "managing", "territorial"];
const networks: readonly Network[] = ["centralized", "decentralized"];
const weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
const hoursPattern = /^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/;

function readHours(r: RefusingReader, value: unknown, path: string): Hours {
  const o = r.object(value, path);
  const out: Partial<Record<(typeof weekdays)[number], string | null>> = {};
  for (const key of Object.keys(o)) {
    const day = weekdays.find((d) => d === key);
    if (!day) r.fail({ code: "unknown_key", path: fieldPath(path, key), key });
    const v = o[key];
    if (v === null || v === undefined) out[day] = null;
    else if (typeof v !== "string" || !hoursPattern.test(v)) r.fail({ code: "bad_hours", path: fieldPath(path, key), value: String(v) });
    else out[day] = v;
  }
  return out;
}

function readUnit(r: RefusingReader, value: unknown, path: string): DatasetUnit {
  const o = r.object(value, path);
  const id = r.string(r.required(o, "id", path), fieldPath(path, "id"));
  const kind = r.oneOf(r.required(o, "kind", path), fieldPath(path, "kind"), kinds);
  const name = r.string(r.required(o, "name", path), fieldPath(path, "name"));
  if (!("parent" in o)) r.fail({ code: "missing_field", path: fieldPath(path, "parent") });
  const rawParent = o["parent"];
  let parent: string | null = null;
  if (kind === "region") {
    if (rawParent !== null) r.fail({ code: "region_with_parent", path: fieldPath(path, "parent") });
  } else {
    if (rawParent === null || rawParent === undefined) r.fail({ code: "parent_required", path: fieldPath(path, "parent") });
    parent = r.string(rawParent, fieldPath(path, "parent"));
  }
  const unit: { -readonly [K in keyof DatasetUnit]: DatasetUnit[K] } = { id, kind, name, parent };
  if (kind === "region") {
    unit.network = r.oneOf(r.required(o, "network", path), fieldPath(path, "network"), networks);
    if (o["timezone"] != null) {
      const tz = r.string(o["timezone"], fieldPath(path, "timezone"));
      if (!isIanaTimeZone(tz)) r.fail({ code: "unknown_time_zone", path: fieldPath(path, "timezone"), value: tz });
      unit.timezone = tz;
    }
  } else {
    for (const key of ["network", "timezone"]) if (o[key] != null) r.fail({ code: "only_on_regions", path: fieldPath(path, key) });
  }
  if (o["hours"] != null) unit.hours = readHours(r, o["hours"], fieldPath(path, "hours"));
  return unit;
}

/** Reads `units`; refuses at the first problem (fields and duplicates first, then parents, cycles, kinds). */
export function readUnits(r: RefusingReader, value: unknown, path: string): DatasetUnit[] {
  const list = r.array(value, path);
  const units: DatasetUnit[] = [];
  const byId = new Map<string, DatasetUnit>();
  list.forEach((item, i) => {
    const unit = readUnit(r, item, itemPath(path, i));
    if (byId.has(unit.id)) r.fail({ code: "duplicate_id", path: fieldPath(itemPath(path, i), "id"), id: unit.id });
    byId.set(unit.id, unit);
    units.push(unit);
  });
  units.forEach((u, i) => {
    if (u.parent !== null && !byId.has(u.parent)) r.fail({ code: "unknown_parent", path: fieldPath(itemPath(path, i), "parent"), id: u.parent });
  });
  units.forEach((u, i) => {
    const seen = new Set<string>();
    for (let at: DatasetUnit | undefined = u; at && at.parent !== null; at = byId.get(at.parent)) {
      if (seen.has(at.id)) break;
      seen.add(at.id);
      if (at.parent === u.id) r.fail({ code: "cycle", path: itemPath(path, i), id: u.id });
    }
  });
  units.forEach((u, i) => {
    if (u.parent === null) return;
    const parent = byId.get(u.parent) as DatasetUnit;
    const allowed = u.kind === "managing" ? parent.kind === "region" : parent.kind !== "territorial";
    if (!allowed) r.fail({ code: "bad_parent_kind", path: fieldPath(itemPath(path, i), "parent"), kind: u.kind, parentKind: parent.kind });
    if (u.kind === "managing" && parent.network !== "centralized") {
      r.fail({ code: "managing_outside_centralized", path: fieldPath(itemPath(path, i), "parent"), region: parent.id });
    }
  });
  return units;
}
