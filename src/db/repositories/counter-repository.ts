// Reads and updates the pre-aggregated answer counters (table response_counters).
import { sql } from "kysely";
import type { CounterCell } from "../../core/index.js";
import type { Db, Respondent } from "../database-schema.js";

export type { CounterCell };

/** A counter summed over the months of a period. */
export type CounterTotal = Omit<CounterCell, "month">;

const rowsPerStatement = 1_000;

/** The three tables of counter cells: published (the index reads it), excluded, and pending review. */
export type CounterTable = "response_counters" | "excluded_counters" | "pending_counters";

export type CounterRow = { month: string; unit_id: string; view: Respondent; key: string; value: string; count: number };

/** The primary key's column order; rows are always touched in this order (see below). */
const keyColumns = ["month", "unit_id", "view", "key", "value"] as const;

function compareRows(a: CounterRow, b: CounterRow): number {
  for (const column of keyColumns) {
    if (a[column] !== b[column]) return a[column] < b[column] ? -1 : 1;
  }
  return 0;
}

/** Equal cells merged (one statement may not touch a row twice), sorted by primary key. */
export function toRows(cells: readonly CounterCell[]): CounterRow[] {
  const merged = new Map<string, CounterRow>();
  for (const cell of cells) {
    const id = `${cell.month}\u0000${cell.unit}\u0000${cell.view}\u0000${cell.key}\u0000${cell.value}`;
    const seen = merged.get(id);
    if (seen) seen.count += cell.count;
    else merged.set(id, { month: cell.month, unit_id: cell.unit, view: cell.view, key: cell.key, value: cell.value, count: cell.count });
  }
  return [...merged.values()].filter((row) => row.count !== 0).sort(compareRows);
}

async function increment(trx: Db, rows: CounterRow[], table: CounterTable): Promise<void> {
  // The three tables have one shape; Kysely's types need one name to check the columns against.
  await trx
    .insertInto(table as "response_counters")
    .values(rows)
    .onConflict((oc) => oc.columns([...keyColumns]).doUpdateSet({ count: sql<number>`${sql.table(table)}.count + excluded.count` }))
    .execute();
}

async function decrement(trx: Db, rows: CounterRow[], table: CounterTable): Promise<void> {
  const values = sql.join(rows.map((row) => sql`(${row.month}, ${row.unit_id}, ${row.view}, ${row.key}, ${row.value}, ${row.count}::bigint)`));
  const keys = sql`(c.month, c.unit_id, c.view, c.key, c.value)`;
  // An upsert cannot subtract: its proposed new row (a negative count) fails the CHECK
  // before the conflict is seen. So: lock the rows in key order, then update them.
  await sql`select 1 from ${sql.table(table)} c
    where ${keys} in (select month, unit_id, view, key, value from (values ${values}) as d(month, unit_id, view, key, value, count))
    order by c.month collate "C", c.unit_id collate "C", c.view collate "C", c.key collate "C", c.value collate "C"
    for update`.execute(trx);
  const result = await sql`update ${sql.table(table)} c set count = c.count - d.count
    from (values ${values}) as d(month, unit_id, view, key, value, count)
    where ${keys} = (d.month, d.unit_id, d.view, d.key, d.value)`.execute(trx);
  if (Number(result.numAffectedRows ?? 0) !== rows.length) {
    throw new Error("cannot subtract from counters that do not exist");
  }
}

/**
 * Adds (`sign` 1) or subtracts (`sign` -1) the cells' counts, atomically under concurrency:
 * additions are `INSERT … ON CONFLICT DO UPDATE SET count = count + excluded.count`,
 * subtractions an UPDATE that fails when a counter is missing or would go below zero. Run it
 * in the transaction that stores or excludes the responses, so counters and responses agree.
 */
export async function addCounterCells(trx: Db, cells: readonly CounterCell[], sign: 1 | -1, table: CounterTable = "response_counters"): Promise<void> {
  // Rows go in primary-key order (JS code-unit order = collation "C" for text outside the
  // astral planes), so concurrent transactions lock shared rows in the same order: no deadlock.
  const rows = toRows(cells);
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const chunk = rows.slice(start, start + rowsPerStatement);
    await (sign === 1 ? increment(trx, chunk, table) : decrement(trx, chunk, table));
  }
}

/**
 * The counters of the given months summed per unit, view, key and value (the months of a
 * period), for every unit or only `unitIds`. Counters that sum to zero are left out.
 */
export async function readCounterCells(db: Db, months: readonly string[], unitIds?: readonly string[]): Promise<CounterTotal[]> {
  if (months.length === 0 || unitIds?.length === 0) return [];
  let query = db
    .selectFrom("response_counters")
    .select((eb) => ["unit_id", "view", "key", "value", eb.fn.sum<number>("count").as("count")])
    .where("month", "in", [...months]);
  if (unitIds) query = query.where("unit_id", "in", [...unitIds]);
  const rows = await query
    .groupBy(["unit_id", "view", "key", "value"])
    .having((eb) => eb.fn.sum("count"), ">", 0)
    .orderBy("unit_id")
    .orderBy("view")
    .orderBy("key")
    .orderBy("value")
    .execute();
  return rows.map((row) => ({ unit: row.unit_id, view: row.view, key: row.key, value: row.value, count: row.count }));
}
