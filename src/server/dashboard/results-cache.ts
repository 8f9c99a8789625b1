// The results the dashboard reads: one computed result document per (methodology, period, basis), from the
// counters, kept while fresh and recomputed single-flight; plus the unit directory and the months with data.
import type { Methodology, ResultDocument, ViewResult } from "../../core/index.js";
import { computeResultsFromDatabase, listCounterMonths, readChangeMarker, readUnitDirectory, type CounterBasis, type Db } from "../../db/index.js";
import { activeMethodologySource } from "../methodology/active-methodology.js";
import { RefreshingValue } from "./refreshing-value.js";
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
  /** How long a computed document is served without recomputing (default: ZVEZDA_RESULTS_FRESH_MS or 5 s). */
  freshMs?: number;
  /** Serve a document past its freshness while one recomputation runs (default true); invalidate() always waits. */
  staleWhileRevalidate?: boolean;
  /** Documents kept at most, least recently used dropped first (default 32). */
  maxEntries?: number;
  /** Skip recomputation when the database has written nothing since (its WAL position is unchanged); default true. */
  watchChanges?: boolean;
  /** The methodology in force (default: the database's active version). */
  methodology?: () => Promise<Methodology>;
}

/** The freshness setting from the environment: ZVEZDA_RESULTS_FRESH_MS (milliseconds), default 5000. */
export function resultsFreshMsFrom(env: Record<string, string | undefined>): number {
  const raw = env["ZVEZDA_RESULTS_FRESH_MS"];
  const value = raw === undefined || raw === "" ? NaN : Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : 5_000;
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
 * Computed results for the dashboard and the exports. Writers that change figures (exclusions,
 * approvals, imports) call {@link ResultsCache.invalidate}; survey submissions are picked up when
 * a document ages past `freshMs`.
 */
export class ResultsCache {
  readonly freshMs: number;
  private readonly staleWhileRevalidate: boolean;
  private readonly maxEntries: number;
  private readonly snapshots = new Map<string, RefreshingValue<ResultsSnapshot>>();
  private readonly directory: RefreshingValue<UnitDirectory>;
  private readonly monthList: RefreshingValue<string[]>;
  private readonly refreshing: { freshMs: number; staleWhileRevalidate: boolean; probe?: () => Promise<string | undefined> };
  readonly methodology: () => Promise<Methodology>;

  constructor(
    private readonly db: Db,
    options: ResultsCacheOptions = {},
  ) {
    this.freshMs = options.freshMs ?? resultsFreshMsFrom(process.env);
    this.staleWhileRevalidate = options.staleWhileRevalidate ?? true;
    this.maxEntries = options.maxEntries ?? 32;
    this.methodology = options.methodology ?? activeMethodologySource(db);
    const probe = options.watchChanges === false ? undefined : () => readChangeMarker(db);
    const refreshing = { freshMs: this.freshMs, staleWhileRevalidate: this.staleWhileRevalidate, ...(probe ? { probe } : {}) };
    this.refreshing = refreshing;
    this.directory = new RefreshingValue(async () => buildUnitDirectory(await readUnitDirectory(db)), refreshing);
    this.monthList = new RefreshingValue(() => listCounterMonths(db), refreshing);
  }

  /** The computed period `period` (a valid label) under the active methodology, counting the responses of `basis`. */
  async get(period: string, basis: CounterBasis = "published"): Promise<ResultsSnapshot> {
    const methodology = await this.methodology();
    const key = `${methodology.id}\u0000${period}\u0000${basis}`;
    let entry = this.snapshots.get(key);
    if (entry) this.snapshots.delete(key);
    else {
      entry = new RefreshingValue(async () => {
        const start = performance.now();
        const document = await computeResultsFromDatabase(this.db, methodology, period, { basis });
        return snapshotOf(methodology, document, performance.now() - start, basis);
      }, this.refreshing);
    }
    this.snapshots.set(key, entry);
    while (this.snapshots.size > this.maxEntries) this.snapshots.delete(this.snapshots.keys().next().value as string);
    return entry.get();
  }

  /** Every stored unit with its lookups. */
  units(): Promise<UnitDirectory> {
    return this.directory.get();
  }

  /** The months ('YYYY-MM', ascending) that have counted responses. */
  months(): Promise<string[]> {
    return this.monthList.get();
  }

  /** Drops everything: the next read of each value recomputes it (call after changing responses, exclusions, objective data or units). */
  invalidate(): void {
    for (const entry of this.snapshots.values()) entry.invalidate();
    this.directory.invalidate();
    this.monthList.invalidate();
  }
}
