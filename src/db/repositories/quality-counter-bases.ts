// The counters of a period on one of three bases, combined in the database from the pre-aggregated
// tables (never from responses): published, raw, or as if every pending flag were confirmed.
import { sql } from "kysely";
import type { CounterTotal } from "./counter-repository.js";
import type { Db, Respondent } from "../database-schema.js";
import { counterBases, type CounterBasis } from "../../contract/common.js";

/** `published`: non-excluded responses (what the index shows); `raw`: every response; `confirmed_pending`: published without the pending-flagged ones (the contract declares them). */
export { counterBases, type CounterBasis };

/** The tables a basis sums, each with its sign. */
function basisTerms(basis: CounterBasis) {
  if (basis === "raw")
    return sql`select unit_id, view, key, value, count, month from response_counters
    union all select unit_id, view, key, value, count, month from excluded_counters`;
  if (basis === "confirmed_pending")
    return sql`select unit_id, view, key, value, count, month from response_counters
    union all select unit_id, view, key, value, -count, month from pending_counters`;
  return sql`select unit_id, view, key, value, count, month from response_counters`;
}

/** Which cells {@link readBasisCells} returns. */
export interface BasisCellFilter {
  /** Only these units (default: every unit). */
  readonly unitIds?: readonly string[];
  /** Only these answer keys, e.g. the ones scoring reads (default: every key, profile keys included). */
  readonly keys?: readonly string[];
}

/** Lets the rest of transaction `trx` sum a national table's groups in memory (see readBasisCells). */
export async function allowLargeSums(trx: Db): Promise<void> {
  await sql`set local work_mem = '256MB'`.execute(trx);
}

/**
 * The counters of `months` summed per unit, view, key and value on `basis` (zero sums left out).
 * Unsorted: the core sums cells in any order, and sorting a national table's text keys is most of the cost.
 */
export async function readBasisCells(db: Db, months: readonly string[], basis: CounterBasis, filter: BasisCellFilter = {}): Promise<CounterTotal[]> {
  if (months.length === 0 || filter.unitIds?.length === 0 || filter.keys?.length === 0) return [];
  const units = filter.unitIds ? sql`and c.unit_id in (${sql.join([...filter.unitIds])})` : sql``;
  const keys = filter.keys ? sql`and c.key in (${sql.join([...filter.keys])})` : sql``;
  const query = sql<{ unit_id: string; view: Respondent; key: string; value: string; count: number }>`
    select c.unit_id, c.view, c.key, c.value, sum(c.count::float8) as count
    from (${basisTerms(basis)}) as c
    where c.month in (${sql.join([...months])}) ${units} ${keys}
    group by c.unit_id, c.view, c.key, c.value
    having sum(c.count::float8) > 0`;
  // The groups (unit × view × key × value, some hundreds of thousands nationally, whatever the number of
  // months or responses) fit in memory only above the default work_mem: below it the sum spills to disk.
  const result = db.isTransaction
    ? await query.execute(db)
    : await db.transaction().execute(async (trx) => {
        await allowLargeSums(trx);
        return query.execute(trx);
      });
  return result.rows.map((row) => ({ unit: row.unit_id, view: row.view, key: row.key, value: row.value, count: Number(row.count) }));
}
