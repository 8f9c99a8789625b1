// Finds and loads data-quality settings: `methodology/quality/<ID>.json` by ID, any path, or the latest version.

import { readFileSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { formatProblems, validateQualitySettings, type QualitySettings } from "../core/index.js";
import { loadQualitySettings as loadLatestQualitySettings, QUALITY_SETTINGS_DIR } from "../server/index.js";
import { MethodologyFileError } from "./methodology-files.js";

export { QUALITY_SETTINGS_DIR };

const idPattern = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Reads and validates one settings file; a problem is a one-line Russian {@link MethodologyFileError}. */
export function loadQualitySettingsFile(path: string): QualitySettings {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new MethodologyFileError(
      `${path}: не удалось прочитать файл настроек проверки достоверности (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new MethodologyFileError(`${path}: файл настроек не является корректным JSON: ${(error as Error).message}`);
  }
  const outcome = validateQualitySettings(value);
  if (!outcome.ok) throw new MethodologyFileError(`${path}: ${formatProblems(outcome.problems)}`);
  return outcome.value;
}

/** Settings by reference: undefined → the latest version in the folder; a path (has `/` or ends in `.json`) → that file; else an ID. */
export function loadQualitySettings(ref?: string, dir = QUALITY_SETTINGS_DIR): QualitySettings {
  if (ref === undefined) {
    try {
      return loadLatestQualitySettings(undefined, dir);
    } catch (error) {
      throw new MethodologyFileError((error as Error).message);
    }
  }
  if (ref.includes("/") || ref.includes("\\") || ref.endsWith(".json")) return loadQualitySettingsFile(isAbsolute(ref) ? ref : resolve(ref));
  if (!idPattern.test(ref)) throw new MethodologyFileError(`настройки «${ref}»: недопустимый идентификатор версии`);
  const settings = loadQualitySettingsFile(join(dir, `${ref}.json`));
  if (settings.id !== ref) throw new MethodologyFileError(`${join(dir, `${ref}.json`)}: в файле указана версия «${settings.id}», ожидалась «${ref}»`);
  return settings;
}
