// The pain-point settings the server and the bench run with: methodology/pain-points/<id>.json, the highest version by default.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compareVersions, formatProblems, validatePainSettings, type PainSettings } from "../../core/index.js";

/** The `methodology/pain-points/` folder of the repository. */
export const PAIN_SETTINGS_DIR = fileURLToPath(new URL("../../../methodology/pain-points/", import.meta.url));

/** Reads and validates the settings `id` (default: the highest version in the folder). */
export function loadPainSettings(id?: string, dir = PAIN_SETTINGS_DIR): PainSettings {
  const ids = readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5)).sort(compareVersions);
  const chosen = id ?? ids[ids.length - 1];
  if (chosen === undefined || !ids.includes(chosen)) throw new Error(`Нет настроек проблемных точек «${id ?? ""}» в ${dir}`);
  const read = validatePainSettings(JSON.parse(readFileSync(join(dir, `${chosen}.json`), "utf8")));
  if (!read.ok) throw new Error(`${chosen}.json: ${formatProblems(read.problems)}`);
  return read.value;
}

let cached: PainSettings | undefined;

/** The default settings, read once. */
export function defaultPainSettings(): PainSettings {
  return (cached ??= loadPainSettings());
}
