// Finds and loads methodology files: `methodology/<ID>.json` by ID, any path, or the default version.
//
// The default is the file whose `"default": true`; when none (or several) say so, the highest version
// wins, comparing IDs as dot-separated numbers (`2023.1` > `2022.2`). Files are small: reading is synchronous.

import { readdirSync, readFileSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { compareVersions, formatProblems, validateMethodology, type Methodology } from "../core/index.js";

/** The `methodology/` folder of the repository. */
export const METHODOLOGY_DIR = fileURLToPath(new URL("../../methodology/", import.meta.url));

/** A methodology file that cannot be used; the message is one line, in Russian. */
export class MethodologyFileError extends Error {
  override name = "MethodologyFileError";
}

const idPattern = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export { compareVersions };

/** Reads and validates one methodology file. */
export function loadMethodologyFile(path: string): Methodology {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new MethodologyFileError(`${path}: не удалось прочитать файл методики (${code})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new MethodologyFileError(`${path}: файл методики не является корректным JSON: ${(error as Error).message}`);
  }
  const outcome = validateMethodology(value);
  if (!outcome.ok) throw new MethodologyFileError(`${path}: ${formatProblems(outcome.problems)}`);
  return outcome.value;
}

/** Every methodology file of a folder, validated, sorted by version. */
export function loadAllMethodologies(dir = METHODOLOGY_DIR): Methodology[] {
  const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
  return files.map((f) => loadMethodologyFile(join(dir, f))).sort((a, b) => compareVersions(a.id, b.id));
}

/** The default methodology of a folder (see the header of this file). */
export function loadDefaultMethodology(dir = METHODOLOGY_DIR): Methodology {
  const all = loadAllMethodologies(dir);
  const marked = all.filter((m) => m.default);
  const chosen = marked.length === 1 ? marked[0] : all[all.length - 1];
  if (!chosen) throw new MethodologyFileError(`${dir}: нет ни одного файла методики`);
  return chosen;
}

/** Loads a methodology by reference: undefined → the default; a path (has `/` or ends in `.json`) → that file; else an ID. */
export function loadMethodology(ref?: string, dir = METHODOLOGY_DIR): Methodology {
  if (ref === undefined) return loadDefaultMethodology(dir);
  if (ref.includes("/") || ref.includes("\\") || ref.endsWith(".json")) return loadMethodologyFile(isAbsolute(ref) ? ref : resolve(ref));
  if (!idPattern.test(ref)) throw new MethodologyFileError(`методика «${ref}»: недопустимый идентификатор версии`);
  const path = join(dir, `${ref}.json`);
  let m: Methodology;
  try {
    m = loadMethodologyFile(path);
  } catch (error) {
    if (error instanceof MethodologyFileError && error.message.includes("(ENOENT)")) throw new MethodologyFileError(`методика «${ref}» не найдена (${path})`);
    throw error;
  }
  if (m.id !== ref) throw new MethodologyFileError(`${path}: в файле указана версия «${m.id}», ожидалась «${ref}»`);
  return m;
}
