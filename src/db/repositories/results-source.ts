// Reads what the core needs for a period from the database (units, objective entries, counters) and computes results.
import {
  computeIndex,
  parsePeriod,
  periodMonths,
  scoringKeys,
  type DatasetUnit,
  type Hours,
  type Methodology,
  type ObjectiveEntry,
  type Period,
  type ResultDocument,
} from "../../core/index.js";
import { readBasisCells, type CounterBasis } from "./quality-counter-bases.js";
import type { Db, ObjectiveStatus } from "../database-schema.js";
import { readCountStatuses } from "./objective-count-statuses.js";
import { periodDays } from "./period-days.js";

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every stored unit as a dataset unit, sorted by id (code-unit order, the same on both backends). Closed units are included. */
export async function readDatasetUnits(db: Db): Promise<DatasetUnit[]> {
  const rows = await db.selectFrom("org_units").select(["id", "kind", "name", "parent_id", "network", "timezone", "hours"]).execute();
  return rows.sort(byId).map((u) => ({
    id: u.id,
    kind: u.kind,
    name: u.name,
    parent: u.parent_id,
    ...(u.network ? { network: u.network } : {}),
    ...(u.timezone ? { timezone: u.timezone } : {}),
    ...(u.hours ? { hours: u.hours as Hours } : {}),
  }));
}

/** The ids of `root`'s subtree (root first, then by id) given the whole tree. */
export function subtreeIds(units: readonly DatasetUnit[], root: string): string[] {
  const children = new Map<string, string[]>();
  for (const u of units) if (u.parent !== null) children.set(u.parent, [...(children.get(u.parent) ?? []), u.id]);
  const out: string[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    out.push(id);
    stack.push(...(children.get(id) ?? []).slice().reverse());
  }
  return out;
}

/** The ancestors of `id` (parent first, region last). */
export function ancestorIds(units: readonly DatasetUnit[], id: string): string[] {
  const parent = new Map(units.map((u) => [u.id, u.parent]));
  const out: string[] = [];
  for (let p = parent.get(id) ?? null; p !== null && p !== undefined; p = parent.get(p) ?? null) out.push(p);
  return out;
}

/** A stored objective row as the core's entry: `{unit, period, indicator, …payload}` or `{unit, period, channels}`. */
export function toObjectiveEntry(row: { unit_id: string; indicator: string | null; period: string; payload: unknown }): ObjectiveEntry {
  const payload = row.payload as Record<string, unknown>;
  const base = { unit: row.unit_id, period: row.period };
  return (row.indicator === null ? { ...base, ...payload } : { ...base, indicator: row.indicator, ...payload }) as ObjectiveEntry;
}

/** Options of {@link readObjectiveEntries}. */
export interface ObjectiveReadOptions {
  /** Only entries of these statuses count (default: `approved` only). */
  readonly statuses?: readonly ObjectiveStatus[];
  /** Only entries of these units (default: every unit). */
  readonly unitIds?: readonly string[];
}

/** Objective entries whose days overlap the period, ordered by unit, indicator and start. */
export async function readObjectiveEntries(db: Db, period: Period, options: ObjectiveReadOptions = {}): Promise<ObjectiveEntry[]> {
  if (options.unitIds?.length === 0) return [];
  const days = periodDays(period);
  let query = db
    .selectFrom("objective_entries")
    .select(["unit_id", "indicator", "period", "payload", "period_start"])
    .where("status", "in", [...(options.statuses ?? ["approved"])])
    .where("period_start", "<=", days.end)
    .where("period_end", ">=", days.start);
  if (options.unitIds) query = query.where("unit_id", "in", [...options.unitIds]);
  const rows = await query.execute();
  const key = (r: (typeof rows)[number]) => `${r.unit_id}\u0000${r.indicator ?? ""}\u0000${String(r.period_start)}`;
  return rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)).map(toObjectiveEntry);
}

/** Options of {@link computeResultsFromDatabase}. */
export interface ResultsOptions {
  /** Restrict the result to this unit's subtree (the caller's scope); whole country when absent. */
  readonly unit?: string;
  /** Objective statuses that count (default: the stored methodology's `objective.countStatuses`, else `approved`). */
  readonly statuses?: readonly ObjectiveStatus[];
  /** Which responses count (default `published`: the non-excluded ones); see {@link CounterBasis}. */
  readonly basis?: CounterBasis;
}

/** Thrown when the scope unit does not exist. */
export class UnknownUnitError extends Error {
  override name = "UnknownUnitError";
}

/**
 * The result document (dataset.md "Output") of a period, computed from the stored counters (never raw
 * responses), the stored units and the objective entries that count. The computation always covers the whole
 * country, so ranks (`rank`, `rankOf`) are national; with `unit`, `units` keeps only that unit's subtree
 * (ancestors excluded) and `country` is empty — country entries are only for a whole-country scope.
 */
export async function computeResultsFromDatabase(
  db: Db,
  methodology: Methodology,
  period: Period | string,
  options: ResultsOptions = {},
): Promise<ResultDocument> {
  const [result] = await computeResultsUnderEach(db, [methodology], period, options);
  return result!;
}

/** The result document of `period` under each methodology, in order, as computeResultsFromDatabase gives it, reading the counters once. */
export async function computeResultsUnderEach(
  db: Db,
  methodologies: readonly Methodology[],
  period: Period | string,
  options: ResultsOptions = {},
): Promise<ResultDocument[]> {
  const p = typeof period === "string" ? parsePeriod(period) : period;
  if (!p) throw new Error(`period ${String(period)} does not parse`);
  const units = await readDatasetUnits(db);
  if (options.unit !== undefined && !units.some((u) => u.id === options.unit)) throw new UnknownUnitError(`unknown unit ${options.unit}`);
  const keys = [...new Set(methodologies.flatMap((m) => scoringKeys(m)))];
  const counters = await readBasisCells(db, periodMonths(p), options.basis ?? "published", { keys });
  const scope = options.unit === undefined ? undefined : new Set(subtreeIds(units, options.unit));
  const results: ResultDocument[] = [];
  for (const methodology of methodologies) {
    // Without explicit statuses the methodology's setting `objective.countStatuses` decides (default: approved only).
    const objective = await readObjectiveEntries(db, p, { statuses: options.statuses ?? (await readCountStatuses(db, methodology.id)) });
    const result = computeIndex({ methodology, units, objective, counters, period: p });
    results.push(scope ? { ...result, units: result.units.filter((u) => u.id !== undefined && scope.has(u.id)), country: [] } : result);
  }
  return results;
}
