// Makes sure a directory exists and this process can write into it.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DatabaseOpenError } from "./database-open-error.js";

/** Creates `dir` if needed and proves it writable by writing a probe file (`access()` lies to root). */
export function ensureWritableDir(dir: string): void {
  const probe = join(dir, `.write-test-${process.pid}`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(probe, "");
    rmSync(probe);
  } catch (error) {
    const cause = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new DatabaseOpenError(
      "data-dir-unwritable",
      `Каталог данных ${dir} недоступен для записи (${cause}) / Data directory ${dir} is not writable (${cause})`,
      { cause: error },
    );
  }
}
