// Versioned settings files (<dir>/<id>.json): the chosen or highest version, read and validated by the core.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { compareVersions, formatProblems, type Outcome } from "../../core/index.js";

/** Reads and validates the settings `id` of `dir` (default: the highest version); `what` names them in errors. */
export function loadVersionedSettings<T>(dir: string, validate: (value: unknown) => Outcome<T>, what: string, id?: string): T {
  const ids = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.slice(0, -5))
    .sort(compareVersions);
  const chosen = id ?? ids[ids.length - 1];
  if (chosen === undefined || !ids.includes(chosen)) throw new Error(`Нет ${what} «${id ?? ""}» в ${dir}`);
  const read = validate(JSON.parse(readFileSync(join(dir, `${chosen}.json`), "utf8")));
  if (!read.ok) throw new Error(`${chosen}.json: ${formatProblems(read.problems)}`);
  return read.value;
}
