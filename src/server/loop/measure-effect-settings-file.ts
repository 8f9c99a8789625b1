// The measure-effect settings the server runs with: methodology/measure-effect/<id>.json, the highest version.
import { fileURLToPath } from "node:url";
import { validateMeasureEffectSettings, type MeasureEffectSettings } from "../../core/index.js";
import { loadVersionedSettings } from "../settings/versioned-settings-file.js";

/** The `methodology/measure-effect/` folder of the repository. */
export const MEASURE_EFFECT_SETTINGS_DIR = fileURLToPath(new URL("../../../methodology/measure-effect/", import.meta.url));

/** Reads and validates the settings `id` (default: the highest version in the folder). */
export function loadMeasureEffectSettings(id?: string, dir = MEASURE_EFFECT_SETTINGS_DIR): MeasureEffectSettings {
  return loadVersionedSettings(dir, validateMeasureEffectSettings, "настроек оценки эффекта мер", id);
}
