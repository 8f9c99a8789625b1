// The active methodology as the server uses it: read from the database, validated, kept for a minute.
import { formatProblems, validateMethodology, type Methodology } from "../../core/index.js";
import { findActiveMethodologyBody, type Db } from "../../db/index.js";
import { ServiceUnavailableError } from "../errors/app-errors.js";

const ttlMs = 60_000;

/** Returns a function giving the active methodology; a new version is picked up within a minute. */
export function activeMethodologySource(db: Db): () => Promise<Methodology> {
  let cached: { at: number; methodology: Methodology } | undefined;
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
