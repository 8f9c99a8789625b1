// An in-memory store of counter cells: dense rows per (month, view, unit), summed over the months of a period.

import type { SurveyResponse } from "../dataset/dataset-types.js";
import type { Methodology } from "../methodology/methodology-types.js";
import { parsePeriod, periodMonths, type Period } from "../periods/period.js";
import { VIEWS, type CounterCell, type View } from "./counter-cell.js";
import type { CounterRows, PeriodCell } from "./counter-rows.js";
import { forEachResponseCounter, responseMonth } from "./response-cells.js";
import { decodeStoreImage, encodeStoreImage, type StoreImage } from "./store-image.js";

type Slab = readonly [(Int32Array | undefined)[], (Int32Array | undefined)[]];
/** The key-value ids of one key: by value text, and a fast path for small non-negative integer values. */
interface KeyValues {
  readonly byText: Map<string, number>;
  readonly byInt: number[];
}
function viewIndex(view: View): 0 | 1 {
  if (view === "seeker") return 0;
  if (view === "employer") return 1;
  throw new Error(`unknown view ${String(view)}: counters are kept for "seeker" and "employer"`);
}

/** Mutable counters; add cells with sign +1 (a response counted) or −1 (a response removed or excluded). */
export class CounterStore implements CounterRows {
  private readonly unitIds: string[] = [];
  private readonly unitIndex = new Map<string, number>();
  private readonly kvKeys: string[] = [];
  private readonly kvValues: string[] = [];
  private readonly kvIndex = new Map<string, KeyValues>();
  private readonly slabs = new Map<string, Slab>();

  /** A store holding the given cells (e.g. the rows the database returns for the months of a period). */
  static fromCells(cells: Iterable<CounterCell>): CounterStore {
    const store = new CounterStore();
    store.addAll(cells);
    return store;
  }

  /** The store as bytes: its dictionaries and dense rows; {@link CounterStore.fromBytes} gives back an equal store. */
  toBytes(): Uint8Array {
    const rows: StoreImage["rows"][number][] = [];
    for (const [month, slab] of this.slabs) {
      for (let vi = 0; vi < 2; vi++) {
        const viewRows = slab[vi as 0 | 1];
        for (let u = 0; u < viewRows.length; u++) {
          const row = viewRows[u];
          let end = row?.length ?? 0;
          while (end > 0 && row?.[end - 1] === 0) end--;
          if (row && end > 0) rows.push({ month, view: vi, unit: u, counts: row.subarray(0, end) });
        }
      }
    }
    return encodeStoreImage({ units: this.unitIds, keys: this.kvKeys, values: this.kvValues, rows });
  }

  /** The store {@link CounterStore.toBytes} wrote. */
  static fromBytes(bytes: Uint8Array): CounterStore {
    const image = decodeStoreImage(bytes);
    const store = new CounterStore();
    for (const unit of image.units) store.unitId(unit);
    for (let kv = 0; kv < image.keys.length; kv++) {
      if (store.kvId(image.keys[kv] as string, image.values[kv] as string) !== kv) throw new Error("counter store image: repeated key-value");
    }
    for (const { month, view, unit, counts } of image.rows) {
      if (unit >= store.unitIds.length || (view !== 0 && view !== 1)) throw new Error("counter store image: row out of range");
      store.rows(month, VIEWS[view] as View)[unit] = counts;
    }
    return store;
  }

  get keyValueCount(): number {
    return this.kvKeys.length;
  }
  keyOf(kv: number): string {
    return this.kvKeys[kv] as string;
  }
  valueOf(kv: number): string {
    return this.kvValues[kv] as string;
  }

  private kvId(key: string, value: string | number): number {
    let values = this.kvIndex.get(key);
    if (!values) this.kvIndex.set(key, (values = { byText: new Map(), byInt: [] }));
    const small = typeof value === "number" && Number.isInteger(value) && value >= 0 && value < 1024;
    if (small) {
      const hit = values.byInt[value];
      if (hit !== undefined) return hit;
    }
    const text = String(value);
    let id = values.byText.get(text);
    if (id === undefined) {
      id = this.kvKeys.length;
      values.byText.set(text, id);
      this.kvKeys.push(key);
      this.kvValues.push(text);
    }
    if (small) values.byInt[value as number] = id;
    return id;
  }

  private unitId(unit: string): number {
    let id = this.unitIndex.get(unit);
    if (id === undefined) {
      id = this.unitIds.length;
      this.unitIndex.set(unit, id);
      this.unitIds.push(unit);
    }
    return id;
  }

  private rows(month: string, view: View): (Int32Array | undefined)[] {
    let slab = this.slabs.get(month);
    if (!slab) this.slabs.set(month, (slab = [[], []]));
    return slab[viewIndex(view)];
  }

  private bump(rows: (Int32Array | undefined)[], unit: number, kv: number, delta: number): void {
    let row = rows[unit];
    if (!row || kv >= row.length) {
      const grown = new Int32Array(Math.max(kv + 1, this.kvKeys.length, row ? row.length * 2 : 64));
      if (row) grown.set(row);
      rows[unit] = row = grown;
    }
    row[kv] = (row[kv] as number) + delta;
  }

  /** Adds `sign * cell.count` to the cell. */
  add(cell: CounterCell, sign: 1 | -1 = 1): void {
    this.addIn(cell.month, cell, sign);
  }

  /** Adds `sign * cell.count` to the cell in `month` (a cell summed over a period carries no month of its own). */
  addIn(month: string, cell: PeriodCell, sign: 1 | -1 = 1): void {
    this.bump(this.rows(month, cell.view), this.unitId(cell.unit), this.kvId(cell.key, cell.value), sign * cell.count);
  }

  /** Adds many cells. */
  addAll(cells: Iterable<CounterCell>, sign: 1 | -1 = 1): void {
    for (const cell of cells) this.add(cell, sign);
  }

  /** Adds one response's cells, exactly as `responseCells` lists them, without allocating them. */
  addResponse(response: SurveyResponse, timezone: string, methodology: Methodology, sign: 1 | -1 = 1): void {
    if (response.excluded) return;
    const rows = this.rows(responseMonth(response, timezone), response.respondent);
    const unit = this.unitId(response.unit);
    forEachResponseCounter(response, methodology, (key, value) => this.bump(rows, unit, this.kvId(key, value), sign));
  }

  /** The count of one cell (0 when never touched). */
  get(unit: string, month: string, view: View, key: string, value: string): number {
    const u = this.unitIndex.get(unit),
      kv = this.kvIndex.get(key)?.byText.get(value);
    if (u === undefined || kv === undefined) return 0;
    return this.slabs.get(month)?.[viewIndex(view)][u]?.[kv] ?? 0;
  }

  /** The months that have cells, sorted. */
  months(): string[] {
    return [...this.slabs.keys()].sort();
  }

  /** Every non-zero cell, months in order. */
  *cells(): IterableIterator<CounterCell> {
    for (const month of this.months()) {
      const slab = this.slabs.get(month) as Slab;
      for (const [vi, view] of VIEWS.entries()) {
        const rows = slab[vi as 0 | 1];
        for (let u = 0; u < rows.length; u++) {
          const row = rows[u];
          if (!row) continue;
          for (let kv = 0; kv < row.length; kv++) {
            const count = row[kv] as number;
            if (count !== 0) yield { unit: this.unitIds[u] as string, month, view, key: this.kvKeys[kv] as string, value: this.kvValues[kv] as string, count };
          }
        }
      }
    }
  }

  forEachRow(months: readonly string[], visit: (unit: string, view: View, row: Int32Array) => void): void {
    for (const month of months) {
      const slab = this.slabs.get(month);
      if (!slab) continue;
      for (let vi = 0; vi < 2; vi++) {
        const rows = slab[vi as 0 | 1];
        const view = VIEWS[vi] as View;
        for (let u = 0; u < rows.length; u++) {
          const row = rows[u];
          if (row) visit(this.unitIds[u] as string, view, row);
        }
      }
    }
  }

  /** Every non-zero counter summed over the months of a period (what dashboards read for distributions). */
  sumPeriod(period: Period | string): PeriodCell[] {
    const p = typeof period === "string" ? parsePeriod(period) : period;
    if (!p) throw new Error(`bad period ${String(period)}`);
    const sums = new Map<string, PeriodCell & { count: number }>();
    this.forEachRow(periodMonths(p), (unit, view, row) => {
      for (let kv = 0; kv < row.length; kv++) {
        const count = row[kv] as number;
        if (count === 0) continue;
        const id = `${unit}\u0000${view}\u0000${kv}`;
        const cell = sums.get(id);
        if (cell) cell.count += count;
        else sums.set(id, { unit, view, key: this.kvKeys[kv] as string, value: this.kvValues[kv] as string, count });
      }
    });
    return [...sums.values()].filter((c) => c.count !== 0);
  }
}
