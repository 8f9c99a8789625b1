// Checkpoints of the live results state (migration 0013): a period's summed counters as an image with the snapshot
// it is current as of, brought up to date from the counter change log when read.
import { sql } from "kysely";
import type { CounterDelta } from "../../core/index.js";
import type { Db } from "../database-schema.js";
import { changesSince } from "./counter-change-feed.js";
import type { CounterBasis } from "./quality-counter-bases.js";

/** Which summed counters a checkpoint holds. */
export interface CheckpointKey {
  readonly methodologyId: string;
  readonly period: string;
  readonly basis: CounterBasis;
}

/** A checkpoint as read: its image and the changes of `months` committed since it was current. */
export interface CheckpointRead {
  /** The snapshot the image is current as of. */
  readonly snapshot: string;
  readonly image: Uint8Array;
  readonly changes: readonly CounterDelta[];
}

/**
 * The checkpoint of `key` and the cell changes of `months` that the transaction `db` sees and the checkpoint's snapshot
 * did not; undefined when there is none, or when it cannot be brought up to date: changes since then were pruned or a
 * counter table was emptied. Run it in the snapshot the caller's other reads share (a repeatable-read transaction).
 */
export async function readResultsCheckpoint(db: Db, key: CheckpointKey, months: readonly string[]): Promise<CheckpointRead | undefined> {
  const found = await sql<{ snapshot: string; image: Uint8Array; lost: boolean }>`
    select snapshot, image, (select xid from counter_change_horizon) >= pg_snapshot_xmin(snapshot::pg_snapshot) as lost
    from results_checkpoints where methodology_id = ${key.methodologyId} and period = ${key.period} and basis = ${key.basis}`.execute(db);
  const row = found.rows[0];
  if (!row || row.lost) return undefined;
  const { changes, markers } = await changesSince(db, row.snapshot, months);
  if (markers.has("reset")) return undefined;
  return { snapshot: row.snapshot, image: new Uint8Array(row.image.buffer, row.image.byteOffset, row.image.byteLength), changes };
}

/** Stores the image of `key` current as of `snapshot` (pg_snapshot text), replacing the previous one. */
export async function writeResultsCheckpoint(db: Db, key: CheckpointKey, snapshot: string, image: Uint8Array): Promise<void> {
  await db
    .insertInto("results_checkpoints")
    .values({ methodology_id: key.methodologyId, period: key.period, basis: key.basis, snapshot, image, written_at: new Date() })
    .onConflict((oc) =>
      oc.columns(["methodology_id", "period", "basis"]).doUpdateSet((eb) => ({
        snapshot: eb.ref("excluded.snapshot"),
        image: eb.ref("excluded.image"),
        written_at: eb.ref("excluded.written_at"),
      })),
    )
    .execute();
}

/**
 * Moves the checkpoint of `key` from snapshot `from` to `to` without rewriting its image (the caller knows no change
 * of its counters came in between); false when the stored checkpoint is no longer the one taken at `from`.
 */
export async function advanceResultsCheckpoint(db: Db, key: CheckpointKey, from: string, to: string): Promise<boolean> {
  const result = await db
    .updateTable("results_checkpoints")
    .set({ snapshot: to, written_at: new Date() })
    .where("methodology_id", "=", key.methodologyId)
    .where("period", "=", key.period)
    .where("basis", "=", key.basis)
    .where("snapshot", "=", from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
