// A value loaded on demand, served while fresh, reloaded single-flight, and dropped on invalidate().

/** Options of {@link RefreshingValue}. */
export interface RefreshingOptions {
  /** How long a loaded value counts as fresh, in milliseconds. */
  freshMs: number;
  /**
   * Whether a value past `freshMs` (but not invalidated) is still served while one reload runs
   * in the background (default true): readers then never wait for a recomputation.
   */
  staleWhileRevalidate?: boolean;
  /**
   * A cheap marker of the source's state (e.g. the database's WAL position): when a value has
   * aged but the marker is what it was when the load began, the value is kept as fresh without
   * reloading. Undefined markers always count as changed.
   */
  probe?: () => Promise<string | undefined>;
}

/**
 * One lazily loaded value. Concurrent readers share one load (single-flight). `invalidate()`
 * makes the next read wait for a new load, so a writer's change is seen at once by the next
 * request; mere age only triggers a background reload.
 */
export class RefreshingValue<T> {
  private value: { data: T; at: number; generation: number; marker: string | undefined } | undefined;
  private probing: Promise<string | undefined> | undefined;
  private pending: { promise: Promise<T>; generation: number } | undefined;
  private generation = 0;

  constructor(
    private readonly load: () => Promise<T>,
    private readonly options: RefreshingOptions,
  ) {}

  /** The value, loading it when missing, invalidated or (without stale serving) old. */
  async get(): Promise<T> {
    const v = this.value;
    if (v && v.generation === this.generation) {
      if (Date.now() - v.at < this.options.freshMs) return v.data;
      if (v.marker !== undefined) {
        const marker = await this.probeOnce();
        // Loaded or invalidated meanwhile: decide again on the new state.
        if (v !== this.value || v.generation !== this.generation) return this.get();
        if (marker === v.marker) {
          v.at = Date.now();
          return v.data;
        }
      }
      if (this.options.staleWhileRevalidate ?? true) {
        // A failed background reload keeps the old value; the next read tries again.
        this.reload().catch(() => undefined);
        return v.data;
      }
    }
    return this.reload();
  }

  /** The value's age in milliseconds, or undefined when none is loaded. */
  age(): number | undefined {
    return this.value ? Date.now() - this.value.at : undefined;
  }

  /** Forgets the value: the next read loads anew (a load already running for the old state is not reused). */
  invalidate(): void {
    this.generation++;
  }

  /** One probe for all readers that find the value aged at the same moment. */
  private probeOnce(): Promise<string | undefined> {
    const probe = this.options.probe;
    if (!probe) return Promise.resolve(undefined);
    return (this.probing ??= probe()
      .catch(() => undefined)
      .finally(() => (this.probing = undefined)));
  }

  private reload(): Promise<T> {
    const generation = this.generation;
    if (this.pending && this.pending.generation === generation) return this.pending.promise;
    // The marker is read before loading, so a write during the load shows as a change next time.
    const promise = this.probeOnce()
      .then(async (marker) => ({ marker, data: await this.load() }))
      .then(
        ({ marker, data }) => {
          if (!this.value || this.value.generation <= generation) this.value = { data, at: Date.now(), generation, marker };
          if (this.pending?.promise === promise) this.pending = undefined;
          return data;
        },
        (error: unknown) => {
          if (this.pending?.promise === promise) this.pending = undefined;
          throw error;
        },
      );
    this.pending = { promise, generation };
    return promise;
  }
}
