// The live inputs of the results: per (methodology, period, basis) a summed counter aggregate, the objective
// entries and the org tree, loaded once and kept current by following the database's counter change log.
import {
  parsePeriod,
  periodMonths,
  PeriodAggregate,
  scoringKeys,
  type DatasetUnit,
  type Methodology,
  type ObjectiveEntry,
  type Period,
} from "../../core/index.js";
import {
  advanceResultsCheckpoint,
  allowLargeSums,
  pruneCounterChanges,
  readBasisCells,
  readCountStatuses,
  readCounterFeed,
  readDatasetUnits,
  readObjectiveEntries,
  readResultsCheckpoint,
  writeResultsCheckpoint,
  type ChangeListen,
  type CheckpointKey,
  type CheckpointRead,
  type CounterBasis,
  type Db,
} from "../../db/index.js";

/** The inputs of one (methodology, period, basis) as of the state's last catch-up. */
export interface ResultsInputs {
  readonly methodology: Methodology;
  readonly period: Period;
  readonly basis: CounterBasis;
  readonly aggregate: PeriodAggregate;
  readonly units: readonly DatasetUnit[];
  readonly objective: readonly ObjectiveEntry[];
  /** Changes whenever any of the above changed: equal versions give equal results. */
  readonly version: number;
}

interface Entry {
  methodology: Methodology;
  period: Period;
  basis: CounterBasis;
  aggregate: PeriodAggregate;
  objective: readonly ObjectiveEntry[];
  version: number;
  /** Moves whenever the aggregate does (not with units or objective entries). */
  sums: number;
  /** The checkpoint this state wrote of the aggregate, if any: current as of `snapshot` when the sums were `sums`. */
  checkpoint?: { snapshot: string; sums: number; at: number };
}

/** An aggregate's image and the sums it holds. */
interface CheckpointImage {
  readonly entry: Entry;
  readonly sums: number;
  readonly image: Uint8Array;
}

/** How the aggregates were loaded since the state was made. */
export interface LoadCounts {
  /** Summed afresh from every counter row of the period. */
  summed: number;
  /** Read from a checkpoint and the changes since it. */
  fromCheckpoint: number;
}

/** Settings of {@link ResultsState}. */
export interface ResultsStateOptions {
  /** Aggregates kept at most, least recently used dropped first (default 32). */
  maxEntries?: number;
  /** Change-log rows older than this are pruned (default 10 minutes); a state that has not caught up since reloads. */
  retainMs?: number;
  /** Keep checkpoints of the aggregates in the database so that a restarted server reads them instead of summing (default true). */
  checkpoints?: boolean;
  /** How often checkpoints are renewed and the change log pruned, at most (default a minute). */
  maintainEveryMs?: number;
  /** A checkpoint older than this is renewed at the next upkeep (default half of `retainMs`, so none outlives the log). */
  renewAfterMs?: number;
  /**
   * Wake-ups on every committed change (the database's LISTEN/NOTIFY): with them a read catches up only
   * after a notification (or once a second at most, as a safety net); without, every read catches up.
   */
  listen?: ChangeListen | undefined;
}

const keyOf = (methodologyId: string, period: string, basis: CounterBasis) => `${methodologyId}\u0000${period}\u0000${basis}`;
const checkpointKey = (e: { methodology: Methodology; period: Period; basis: CounterBasis }): CheckpointKey => ({
  methodologyId: e.methodology.id,
  period: e.period.label,
  basis: e.basis,
});

async function objectiveOf(db: Db, methodology: Methodology, period: Period): Promise<ObjectiveEntry[]> {
  return readObjectiveEntries(db, period, { statuses: await readCountStatuses(db, methodology.id) });
}

/**
 * A read first catches up with the change log (one small query in one snapshot), so a write committed
 * before the read — by this process or any other on the same database — is seen. With notifications
 * (`listen`) a read catches up only when one arrived since the last catch-up: a write is then seen as
 * soon as its notification is (milliseconds), and idle reads cost no query. Concurrent readers share
 * one catch-up; a catch-up also loads the aggregates readers asked for.
 */
export class ResultsState {
  private snapshot: string | undefined;
  private units: readonly DatasetUnit[] = [];
  private readonly entries = new Map<string, Entry>();
  private readonly wanted = new Map<string, { methodology: Methodology; period: Period; basis: CounterBasis }>();
  private waiting: Promise<void> | undefined;
  private running: Promise<void> | undefined;
  private counter = 0;
  private lastPrune = Date.now();
  private readonly maxEntries: number;
  private readonly retainMs: number;
  private readonly checkpoints: boolean;
  private readonly maintainEveryMs: number;
  private readonly renewAfterMs: number;
  /** Checkpoint writes and pruning under way (awaited by close). */
  private maintenance: Promise<void> = Promise.resolve();
  /** Whether notifications are being received; until they are (and after they fail) every read catches up. */
  private listening = false;
  private dirty = true;
  private lastFollow = 0;
  private stopListening: (() => Promise<void>) | undefined;
  /** Counter changes seen since the state was made, loads counted as one (moves whenever counters may have). */
  countersSeen = 0;
  readonly loads: LoadCounts = { summed: 0, fromCheckpoint: 0 };

  constructor(
    private readonly db: Db,
    options: ResultsStateOptions = {},
  ) {
    this.maxEntries = options.maxEntries ?? 32;
    this.retainMs = options.retainMs ?? 600_000;
    this.checkpoints = options.checkpoints ?? true;
    this.maintainEveryMs = options.maintainEveryMs ?? 60_000;
    this.renewAfterMs = options.renewAfterMs ?? this.retainMs / 2;
    const listen = options.listen;
    if (listen) {
      const lost = () => {
        this.listening = false;
        this.dirty = true;
      };
      listen(() => void (this.dirty = true), lost).then((stop) => {
        this.stopListening = stop;
        this.listening = true;
      }, lost);
    }
  }

  /** Stops listening for notifications. */
  async close(): Promise<void> {
    this.listening = false;
    await this.stopListening?.();
    await this.maintenance;
  }

  /**
   * A write of this process committed: the next read catches up. A notification of it may arrive after the writer
   * has answered, and its client's next read must not miss the write it was told about.
   */
  changed(): void {
    this.dirty = true;
  }

  /** Resolves once the checkpoint writes and pruning started so far have finished. */
  maintained(): Promise<void> {
    return this.maintenance;
  }

  /** Whether a read must catch up: always without notifications; with them after one, for a new aggregate, or once a second. */
  private mustCatchUp(): boolean {
    return !this.listening || this.dirty || this.wanted.size > 0 || Date.now() - this.lastFollow > 1_000;
  }

  /** The org tree as of the last catch-up (a new array whenever it changed). */
  get currentUnits(): readonly DatasetUnit[] {
    return this.units;
  }

  /** The inputs of `period` (a valid label) on `basis` under `methodology`, current as of this call. */
  async inputs(methodology: Methodology, periodLabel: string, basis: CounterBasis): Promise<ResultsInputs> {
    const period = parsePeriod(periodLabel);
    if (!period) throw new Error(`period ${periodLabel} does not parse`);
    const key = keyOf(methodology.id, period.label, basis);
    if (!this.entries.has(key)) this.wanted.set(key, { methodology, period, basis });
    if (this.mustCatchUp()) await this.catchUp();
    const entry = this.entries.get(key) ?? (await this.inputsAgain(key, { methodology, period, basis }));
    this.entries.delete(key);
    this.entries.set(key, entry);
    return { ...entry, units: this.units };
  }

  /** Evicted between its load and this read (many periods at once): ask again. */
  private async inputsAgain(key: string, spec: { methodology: Methodology; period: Period; basis: CounterBasis }): Promise<Entry> {
    this.wanted.set(key, spec);
    await this.catchUp();
    const entry = this.entries.get(key);
    if (!entry) throw new Error(`results state: ${key} was not loaded`);
    return entry;
  }

  /** Resolves once a catch-up that started after this call has finished. */
  catchUp(): Promise<void> {
    this.waiting ??= this.followAfter(this.running);
    return this.waiting;
  }

  private async followAfter(previous: Promise<void> | undefined): Promise<void> {
    await previous?.catch(() => undefined);
    // Readers arriving from here on need a catch-up that starts after them: the next one.
    this.waiting = undefined;
    const running = this.follow();
    this.running = running;
    try {
      await running;
    } finally {
      if (this.running === running) this.running = undefined;
    }
  }

  /** Catches up unless notifications say nothing changed since the last catch-up. */
  async current(): Promise<void> {
    if (this.mustCatchUp()) await this.catchUp();
  }

  private async follow(): Promise<void> {
    // A notification arriving from here on may be about a commit this read does not see: it stays dirty.
    this.dirty = false;
    this.lastFollow = Date.now();
    const wanted = [...this.wanted.entries()];
    this.wanted.clear();
    const held = [...this.entries.entries()];
    const read = await readCounterFeed(this.db, this.snapshot, async (trx, seen) => {
      const everything = seen.lost || seen.markers.has("reset");
      const units = everything || seen.markers.has("units") ? await readDatasetUnits(trx) : undefined;
      const objective = everything || seen.markers.has("objective") || seen.markers.has("methodology");
      const loads = everything ? [...held, ...wanted] : wanted;
      const loaded = new Map<string, { entry: Entry; summed: boolean }>();
      if (loads.length > 0) await allowLargeSums(trx);
      for (const [key, spec] of loads) {
        if (loaded.has(key)) continue;
        const months = periodMonths(spec.period);
        const aggregate = new PeriodAggregate(spec.basis, months, new Set(scoringKeys(spec.methodology)));
        const checkpoint = this.checkpoints ? await readResultsCheckpoint(trx, checkpointKey(spec), months) : undefined;
        const restored = checkpoint !== undefined && restore(aggregate, checkpoint);
        if (!restored) aggregate.load(await readBasisCells(trx, months, spec.basis, { keys: scoringKeys(spec.methodology) }));
        this.loads[restored ? "fromCheckpoint" : "summed"]++;
        const entry: Entry = { ...spec, aggregate, objective: await objectiveOf(trx, spec.methodology, spec.period), version: 0, sums: 0 };
        // A checkpoint nothing changed since is this aggregate's own: later it only needs its snapshot moved.
        if (restored && checkpoint.changes.length === 0) entry.checkpoint = { snapshot: checkpoint.snapshot, sums: 0, at: 0 };
        loaded.set(key, { entry, summed: !restored });
      }
      const objectives = new Map<string, readonly ObjectiveEntry[]>();
      if (objective && !everything) for (const [key, e] of held) objectives.set(key, await objectiveOf(trx, e.methodology, e.period));
      return { units, loaded, objectives };
    });
    const { units, loaded, objectives } = read.loaded;
    if (units) this.units = units;
    for (const [key, entry] of this.entries) {
      if (loaded.has(key)) continue;
      let changed = units !== undefined;
      const objective = objectives.get(key);
      if (objective) {
        entry.objective = objective;
        changed = true;
      }
      let moved = false;
      for (const change of read.changes) if (entry.aggregate.apply(change)) moved = true;
      if (moved) entry.sums++;
      if (changed || moved) entry.version = ++this.counter;
    }
    const summed: Entry[] = [];
    for (const [key, { entry, summed: wasSummed }] of loaded) {
      entry.version = ++this.counter;
      this.entries.delete(key);
      this.entries.set(key, entry);
      if (wasSummed) summed.push(entry);
    }
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.countersSeen += read.changes.length + loaded.size + (read.lost || read.markers.has("reset") ? 1 : 0);
    this.snapshot = read.snapshot;
    // Summing took seconds at national scale: keep the result, so that the next start reads it instead.
    if (this.checkpoints && summed.length > 0) await this.storeImages(ResultsState.imagesOf(summed), read.snapshot);
    this.maintainNowAndThen();
  }

  /** The images of `entries` as they are now, with the sums they hold. */
  private static imagesOf(entries: readonly Entry[]): CheckpointImage[] {
    return entries.map((e) => ({ entry: e, sums: e.sums, image: e.aggregate.toBytes() }));
  }

  /** Stores images taken when `snapshot` was current. A read replica cannot write: its checkpoints are skipped. */
  private async storeImages(images: readonly CheckpointImage[], snapshot: string): Promise<void> {
    for (const { entry, sums, image } of images) {
      try {
        await writeResultsCheckpoint(this.db, checkpointKey(entry), snapshot, image);
        entry.checkpoint = { snapshot, sums, at: Date.now() };
      } catch {
        return;
      }
    }
  }

  /**
   * Once a minute (`maintainEveryMs`): refreshes the checkpoints of the aggregates held, then drops the change-log rows every follower
   * has long read. A checkpoint is only usable while the changes since its snapshot are kept, so one older than half
   * the retention is renewed first: its snapshot moved when its sums did not, else a new image. What to store is
   * decided and the images taken now, while the state is as of its snapshot; the writes follow in the background.
   */
  private maintainNowAndThen(): void {
    if (Date.now() - this.lastPrune < this.maintainEveryMs) return;
    this.lastPrune = Date.now();
    const snapshot = this.snapshot as string;
    const due = this.checkpoints ? [...this.entries.values()].filter((e) => !e.checkpoint || Date.now() - e.checkpoint.at >= this.renewAfterMs) : [];
    const unmoved = due.flatMap((e) => (e.checkpoint?.sums === e.sums ? [{ entry: e, from: e.checkpoint.snapshot, sums: e.sums }] : []));
    const images = ResultsState.imagesOf(due.filter((e) => !unmoved.some((u) => u.entry === e)));
    const maintain = async () => {
      for (const { entry, from, sums } of unmoved) {
        const advanced = await advanceResultsCheckpoint(this.db, checkpointKey(entry), from, snapshot).catch(() => false);
        entry.checkpoint = advanced ? { snapshot, sums, at: Date.now() } : undefined;
      }
      await this.storeImages(images, snapshot);
      await pruneCounterChanges(this.db, this.retainMs);
    };
    this.maintenance = this.maintenance.then(maintain).catch(() => undefined);
  }
}

/** Takes a checkpoint and the changes since into `aggregate`; false when there is none or its image does not read. */
function restore(aggregate: PeriodAggregate, checkpoint: CheckpointRead | undefined): boolean {
  if (!checkpoint) return false;
  try {
    aggregate.restore(checkpoint.image);
  } catch {
    return false;
  }
  for (const change of checkpoint.changes) aggregate.apply(change);
  return true;
}
