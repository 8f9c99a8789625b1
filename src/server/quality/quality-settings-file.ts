// The data-quality settings the server and the CLI run with: methodology/quality/<id>.json, the
// highest version by default.
import { fileURLToPath } from "node:url";
import { validateQualitySettings, type QualitySettings } from "../../core/index.js";
import { loadVersionedSettings } from "../versioned-settings.js";

/** The `methodology/quality/` folder of the repository. */
export const QUALITY_SETTINGS_DIR = fileURLToPath(new URL("../../../methodology/quality/", import.meta.url));

/** Reads and validates the settings `id` (default: the highest version in the folder). */
export function loadQualitySettings(id?: string, dir = QUALITY_SETTINGS_DIR): QualitySettings {
  return loadVersionedSettings(dir, validateQualitySettings, "проверки качества", id);
}

let cached: QualitySettings | undefined;

/** The default settings, read once. */
export function defaultQualitySettings(): QualitySettings {
  return (cached ??= loadQualitySettings());
}
