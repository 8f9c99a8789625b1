// A first-come-first-served lock: the single PGlite connection is lent to one holder at a time.

/** Hands out the lock in request order; `lock()` resolves with the function that releases it. */
export class ConnectionMutex {
  #tail: Promise<void> = Promise.resolve();

  /** Waits for every earlier holder to release, then returns this holder's release function. */
  async lock(): Promise<() => void> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const previous = this.#tail;
    this.#tail = previous.then(() => released);
    await previous;
    let done = false;
    return () => {
      if (!done) {
        done = true;
        release();
      }
    };
  }
}
