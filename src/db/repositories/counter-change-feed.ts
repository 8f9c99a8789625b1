// Follows the counter change log (migration 0012) by snapshots: each read returns exactly the changes of the
// transactions the previous read's snapshot did not see, and runs the caller's loads in that same snapshot.
import { sql, type Transaction } from "kysely";
import type { CounterDelta } from "../../core/index.js";
import type { Db, Respondent, Schema } from "../database-schema.js";

/** What else than counters the figures depend on; a change to one of them is a marker without a cell. */
export type ChangeMarker = "reset" | "units" | "objective" | "methodology";

/** One read of the feed. */
export interface FeedRead<T> {
  /** The snapshot (`pg_snapshot` text) everything of this read was seen in: pass it to the next read. */
  readonly snapshot: string;
  /** The counter cells changed since the previous snapshot, in no particular order. */
  readonly changes: readonly CounterDelta[];
  /** Which markers changed since the previous snapshot. */
  readonly markers: ReadonlySet<ChangeMarker>;
  /** True when the changes since `since` can no longer be told (first read, or pruned): reload everything. */
  readonly lost: boolean;
  /** What `within` loaded in the same snapshot. */
  readonly loaded: T;
}

/** A row of counter_changes as read. */
interface ChangeRow {
  source: string;
  unit_id: string | null;
  month: string | null;
  view: Respondent | null;
  key: string | null;
  value: string | null;
  delta: string | number;
}

const cellSources = new Set(["response", "excluded", "pending"]);

/**
 * The changes of the transactions `db`'s snapshot sees and `since` (pg_snapshot text) did not: the cell changes (of
 * `months` only, when given) and the markers.
 */
export async function changesSince(db: Db, since: string, months?: readonly string[]): Promise<{ changes: CounterDelta[]; markers: Set<ChangeMarker> }> {
  const rows = await sql<ChangeRow>`
    select source, unit_id, month, view, key, value, delta from counter_changes
    where xid >= pg_snapshot_xmin(${since}::pg_snapshot) and not pg_visible_in_snapshot(xid, ${since}::pg_snapshot)
      ${months === undefined ? sql`` : sql`and (month is null or month in (${sql.join(months)}))`}`.execute(db);
  return splitChangeRows(rows.rows);
}

/** The rows of counter_changes as the cell changes and the markers they hold. */
function splitChangeRows(rows: readonly ChangeRow[]): { changes: CounterDelta[]; markers: Set<ChangeMarker> } {
  const changes: CounterDelta[] = [];
  const markers = new Set<ChangeMarker>();
  for (const r of rows) {
    if (cellSources.has(r.source)) {
      changes.push({
        source: r.source as CounterDelta["source"],
        unit: r.unit_id as string,
        month: (r.month as string).trim(),
        view: r.view as Respondent,
        key: r.key as string,
        value: r.value as string,
        delta: Number(r.delta),
      });
    } else markers.add(r.source as ChangeMarker);
  }
  return { changes, markers };
}

/**
 * Reads the changes committed since `since` (undefined: none, `lost` is true) in one repeatable-read
 * transaction, then runs `within(trx, { lost, markers })` in the same snapshot, so a load and the changes never overlap
 * nor leave a gap. Changes are told by transaction: a row belongs to this read when its transaction is
 * visible now and was not in `since`.
 */
export async function readCounterFeed<T>(
  db: Db,
  since: string | undefined,
  within: (trx: Transaction<Schema>, seen: { lost: boolean; markers: ReadonlySet<ChangeMarker> }) => Promise<T>,
): Promise<FeedRead<T>> {
  return db
    .transaction()
    .setIsolationLevel("repeatable read")
    .execute(async (trx) => {
      const head = await sql<{ snapshot: string; lost: boolean }>`
      select pg_current_snapshot()::text as snapshot,
        ${since === undefined ? sql`true` : sql`(select xid from counter_change_horizon) >= pg_snapshot_xmin(${since}::pg_snapshot)`} as lost`.execute(trx);
      const { snapshot, lost } = head.rows[0] as { snapshot: string; lost: boolean };
      let changes: CounterDelta[] = [];
      let markers = new Set<ChangeMarker>();
      if (!lost && since !== undefined) ({ changes, markers } = await changesSince(trx, since));
      const loaded = await within(trx, { lost, markers });
      return { snapshot, changes, markers, lost, loaded };
    });
}

/** Deletes log rows older than `olderThanMs` and moves the horizon past them; returns how many went. */
export async function pruneCounterChanges(db: Db, olderThanMs: number): Promise<number> {
  const result = await sql<{ gone: string | number }>`
    with gone as (delete from counter_changes where at < now() - make_interval(secs => ${olderThanMs / 1000}) returning xid),
    moved as (update counter_change_horizon set xid = greatest(xid, (select max(xid) from gone)) where exists (select 1 from gone) returning 1)
    select (select count(*) from gone) as gone, (select count(*) from moved) as moved`.execute(db);
  return Number(result.rows[0]?.gone ?? 0);
}
