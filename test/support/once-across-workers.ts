// Makes a slow preparation (the web build, the seeded demo template) run in one test worker while the others wait for it.
import { mkdirSync, rmSync, statSync } from "node:fs";
import { dirname } from "node:path";

const staleAfterMs = 10 * 60_000;

function lockAge(lock: string): number | undefined {
  try {
    return Date.now() - statSync(lock).mtimeMs;
  } catch {
    return undefined;
  }
}

/**
 * Runs `prepare` unless `isReady()`; the lock directory (created atomically) makes a second worker
 * wait for the first instead of doing the same work. A lock left by a killed run expires.
 */
export async function onceAcrossWorkers(lock: string, isReady: () => boolean, prepare: () => Promise<void>): Promise<void> {
  mkdirSync(dirname(lock), { recursive: true });
  for (;;) {
    if (isReady()) return;
    try {
      mkdirSync(lock);
    } catch {
      const age = lockAge(lock);
      if (age !== undefined && age > staleAfterMs) rmSync(lock, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 250));
      continue;
    }
    try {
      if (!isReady()) await prepare();
      return;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
