// The data-quality settings the server and the CLI run with: methodology/quality/<id>.json, the
// highest version by default.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compareVersions, formatProblems, validateQualitySettings, type QualitySettings } from "../../core/index.js";

/** The `methodology/quality/` folder of the repository. */
export const QUALITY_SETTINGS_DIR = fileURLToPath(new URL("../../../methodology/quality/", import.meta.url));

/** Reads and validates the settings `id` (default: the highest version in the folder). */
export function loadQualitySettings(id?: string, dir = QUALITY_SETTINGS_DIR): QualitySettings {
  const ids = readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5)).sort(compareVersions);
  const chosen = id ?? ids[ids.length - 1];
  if (chosen === undefined || !ids.includes(chosen)) throw new Error(`Нет настроек проверки качества «${id ?? ""}» в ${dir}`);
  const read = validateQualitySettings(JSON.parse(readFileSync(join(dir, `${chosen}.json`), "utf8")));
  if (!read.ok) throw new Error(`${chosen}.json: ${formatProblems(read.problems)}`);
  return read.value;
}

let cached: QualitySettings | undefined;

/** The default settings, read once. */
export function defaultQualitySettings(): QualitySettings {
  return (cached ??= loadQualitySettings());
}
