// An exclusive lock on a PGlite data directory: two processes on one data dir would corrupt it.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import { DatabaseOpenError } from "./database-open-error.js";

const lockName = "zvezda.lock";
/** Directories this process holds: a lock file with our own pid may be a stale one from an earlier life of the pid. */
const heldHere = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes `<dir>/zvezda.lock` (holding this process id) and returns its release function.
 * A lock left by a process that no longer runs is taken over.
 */
export function lockDataDir(dir: string): () => void {
  const path = join(dir, lockName);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      heldHere.add(path);
      return () => {
        if (heldHere.delete(path)) rmSync(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number.parseInt(readFileSync(path, "utf8"), 10);
      const held = holder === process.pid ? heldHere.has(path) : Number.isInteger(holder) && isAlive(holder);
      if (held) {
        throw new DatabaseOpenError(
          "data-dir-in-use",
          `Каталог данных ${dir} занят другим процессом Zvezda (pid ${holder}) / Data directory ${dir} is in use by another Zvezda process (pid ${holder})`,
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new DatabaseOpenError("data-dir-in-use", `Не удалось захватить каталог данных ${dir} / Could not lock data directory ${dir}`);
}
