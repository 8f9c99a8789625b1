// The pain-point settings the server and the bench run with: methodology/pain-points/<id>.json, the highest version by default.
import { fileURLToPath } from "node:url";
import { validatePainSettings, type PainSettings } from "../../core/index.js";
import { loadVersionedSettings } from "../settings/versioned-settings-file.js";

/** The `methodology/pain-points/` folder of the repository. */
export const PAIN_SETTINGS_DIR = fileURLToPath(new URL("../../../methodology/pain-points/", import.meta.url));

/** Reads and validates the settings `id` (default: the highest version in the folder). */
export function loadPainSettings(id?: string, dir = PAIN_SETTINGS_DIR): PainSettings {
  return loadVersionedSettings(dir, validatePainSettings, "настроек проблемных точек", id);
}

let cached: PainSettings | undefined;

/** The default settings, read once. */
export function defaultPainSettings(): PainSettings {
  return (cached ??= loadPainSettings());
}
