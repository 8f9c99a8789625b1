// The active methodology as the server uses it: read from the database, validated, kept for a minute.
import { formatProblems, validateMethodology, type Methodology } from "../../core/index.js";
import { findActiveMethodologyBody, type Db } from "../../db/index.js";
import { ServiceUnavailableError } from "../errors/app-errors.js";

const ttlMs = 60_000;

// The forgetting hooks of every source of a database (one per feature plugin).
const resetsByDb = new WeakMap<Db, Set<() => void>>();

/** Makes every source of `db` read the active version again (after an activation in this process). */
export function invalidateActiveMethodology(db: Db): void {
  for (const reset of resetsByDb.get(db) ?? []) reset();
}

/**
 * Returns a function giving the active methodology; an activation through this process shows at
 * once (invalidateActiveMethodology), one by another process within a minute.
 */
export function activeMethodologySource(db: Db): () => Promise<Methodology> {
  let cached: { at: number; methodology: Methodology } | undefined;
  const resets = resetsByDb.get(db) ?? new Set();
  resets.add(() => (cached = undefined));
  resetsByDb.set(db, resets);
  return async () => {
    if (cached && Date.now() - cached.at < ttlMs) return cached.methodology;
    const row = await findActiveMethodologyBody(db);
    if (!row) throw new ServiceUnavailableError("Методика расчёта не загружена: опрос временно недоступен");
    const read = validateMethodology(row.body);
    if (!read.ok) throw new Error(`active methodology ${row.id} is invalid: ${formatProblems(read.problems)}`);
    cached = { at: Date.now(), methodology: read.value };
    return read.value;
  };
}
