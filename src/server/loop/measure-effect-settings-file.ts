// The measure-effect settings the server runs with: methodology/measure-effect/<id>.json, the highest version.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compareVersions, formatProblems, validateMeasureEffectSettings, type MeasureEffectSettings } from "../../core/index.js";

/** The `methodology/measure-effect/` folder of the repository. */
export const MEASURE_EFFECT_SETTINGS_DIR = fileURLToPath(new URL("../../../methodology/measure-effect/", import.meta.url));

/** Reads and validates the settings `id` (default: the highest version in the folder). */
export function loadMeasureEffectSettings(id?: string, dir = MEASURE_EFFECT_SETTINGS_DIR): MeasureEffectSettings {
  const ids = readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5)).sort(compareVersions);
  const chosen = id ?? ids[ids.length - 1];
  if (chosen === undefined || !ids.includes(chosen)) throw new Error(`Нет настроек оценки эффекта мер «${id ?? ""}» в ${dir}`);
  const read = validateMeasureEffectSettings(JSON.parse(readFileSync(join(dir, `${chosen}.json`), "utf8")));
  if (!read.ok) throw new Error(`${chosen}.json: ${formatProblems(read.problems)}`);
  return read.value;
}
