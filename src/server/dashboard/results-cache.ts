// The results the dashboard and /api/results read: one result document per (methodology, period, basis), scored
// from live in-memory counters and memoised per version of them; plus the unit directory and the months with data.
import type { Methodology, ResultDocument, ViewResult } from "../../core/index.js";
import { computeIndex } from "../../core/index.js";
import { listCounterMonths, readUnitDirectory, type ChangeListen, type CounterBasis, type Db } from "../../db/index.js";
import { activeMethodologySource } from "../methodology/active-methodology.js";
import { RefreshingValue } from "./refreshing-value.js";
import { ResultsState, type LoadCounts, type ResultsStateOptions } from "./results-state.js";
import { buildUnitDirectory, type UnitDirectory } from "./unit-directory.js";

/** The three views of one unit (or the country). */
export interface ViewTriple {
  readonly seeker: ViewResult;
  readonly employer: ViewResult;
  readonly combined: ViewResult;
}

/** One computed period with lookups by unit id (built once per document). */
export interface ResultsSnapshot {
  readonly methodology: Methodology;
  readonly period: string;
  /** Which responses the figures count. */
  readonly basis: CounterBasis;
  readonly document: ResultDocument;
  readonly country: ViewTriple;
  /** The views of a unit, or undefined for a unit the computation did not know. */
  unit(id: string): ViewTriple | undefined;
  /** Milliseconds the computation took. */
  readonly computeMs: number;
}

/** Settings of the cache. */
export interface ResultsCacheOptions {
  /** Aggregates (and their documents) kept at most, least recently used dropped first (default 32). */
  maxEntries?: number;
  /** The methodology in force (default: the database's active version). */
  methodology?: () => Promise<Methodology>;
  /** Wake-ups on committed changes (`Database.listenForChanges`); without, every read catches up with the database. */
  listen?: ChangeListen | undefined;
  /** Checkpoints and the change log's upkeep (see {@link ResultsStateOptions}). */
  upkeep?: Pick<ResultsStateOptions, "checkpoints" | "maintainEveryMs" | "renewAfterMs" | "retainMs">;
}

function triples(results: readonly ViewResult[]): Map<string, ViewTriple> {
  const parts = new Map<string, Partial<Record<ViewResult["view"], ViewResult>>>();
  for (const r of results) {
    const key = r.id ?? "";
    let entry = parts.get(key);
    if (!entry) parts.set(key, (entry = {}));
    entry[r.view] = r;
  }
  const out = new Map<string, ViewTriple>();
  for (const [id, p] of parts) if (p.seeker && p.employer && p.combined) out.set(id, { seeker: p.seeker, employer: p.employer, combined: p.combined });
  return out;
}

/** Wraps a result document with its lookups. */
export function snapshotOf(methodology: Methodology, document: ResultDocument, computeMs: number, basis: CounterBasis = "published"): ResultsSnapshot {
  const byUnit = triples(document.units);
  const country = triples(document.country).get("");
  if (!country) throw new Error("the result document has no country entries");
  return { methodology, period: document.period, basis, document, country, unit: (id) => byUnit.get(id), computeMs };
}

/**
 * Computed results for the dashboard, /api/results and the exports, always current: every read catches up
 * with the database's counter change log (see {@link ResultsState}) and scores again only when what it
 * reads changed since the last document (memoised per version of the inputs).
 */
export class ResultsCache {
  private readonly state: ResultsState;
  private readonly documents = new Map<string, { version: number; snapshot: ResultsSnapshot }>();
  private readonly maxEntries: number;
  private readonly directory: RefreshingValue<UnitDirectory>;
  private directoryOf: unknown;
  private readonly monthList: RefreshingValue<string[]>;
  private monthsAt = -1;
  readonly methodology: () => Promise<Methodology>;

  constructor(db: Db, options: ResultsCacheOptions = {}) {
    this.maxEntries = options.maxEntries ?? 32;
    this.state = new ResultsState(db, { ...options.upkeep, maxEntries: this.maxEntries, listen: options.listen });
    this.methodology = options.methodology ?? activeMethodologySource(db);
    const kept = { freshMs: Number.POSITIVE_INFINITY };
    this.directory = new RefreshingValue(async () => buildUnitDirectory(await readUnitDirectory(db)), kept);
    this.monthList = new RefreshingValue(() => listCounterMonths(db), kept);
  }

  /** How the counter aggregates were loaded so far: summed afresh or from checkpoints. */
  get loads(): Readonly<LoadCounts> {
    return this.state.loads;
  }

  /** The computed period `period` (a valid label) under the active methodology, counting the responses of `basis`, as of this call. */
  async get(period: string, basis: CounterBasis = "published"): Promise<ResultsSnapshot> {
    const methodology = await this.methodology();
    const inputs = await this.state.inputs(methodology, period, basis);
    const key = `${methodology.id}\u0000${inputs.period.label}\u0000${basis}`;
    const known = this.documents.get(key);
    if (known?.version === inputs.version) return known.snapshot;
    const start = performance.now();
    const document = computeIndex({ methodology, units: inputs.units, objective: inputs.objective, counters: inputs.aggregate.rows, period: inputs.period });
    const snapshot = snapshotOf(methodology, document, performance.now() - start, basis);
    this.documents.delete(key);
    this.documents.set(key, { version: inputs.version, snapshot });
    while (this.documents.size > this.maxEntries) this.documents.delete(this.documents.keys().next().value as string);
    return snapshot;
  }

  /** Every stored unit with its lookups, as of this call. */
  async units(): Promise<UnitDirectory> {
    await this.state.current();
    if (this.directoryOf !== this.state.currentUnits) {
      this.directoryOf = this.state.currentUnits;
      this.directory.invalidate();
    }
    return this.directory.get();
  }

  /** The months ('YYYY-MM', ascending) that have counted responses, as of this call. */
  async months(): Promise<string[]> {
    await this.state.current();
    if (this.monthsAt !== this.state.countersSeen) {
      this.monthsAt = this.state.countersSeen;
      this.monthList.invalidate();
    }
    return this.monthList.get();
  }

  /** Catches up with the database at once (reads always do; writers may call it to warm the state). */
  catchUp(): Promise<void> {
    return this.state.catchUp();
  }

  /** Stops listening for notifications (the server's onClose). */
  close(): Promise<void> {
    return this.state.close();
  }

  /** Resolves once the background upkeep (checkpoints, pruning) started so far has finished. */
  maintained(): Promise<void> {
    return this.state.maintained();
  }

  /**
   * For writers that changed figures, after their commit: the next read catches up with the database even when the
   * notification of the commit has not arrived yet (read-your-writes), and reloads the directory and months.
   */
  invalidate(): void {
    this.state.changed();
    this.directory.invalidate();
    this.monthList.invalidate();
  }
}
