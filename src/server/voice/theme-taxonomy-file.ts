// The theme taxonomy the server and the CLI tag with: methodology/themes/<id>.json, the highest version by
// default, validated by the core against the methodology's indicators.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  compareVersions,
  compileThemeTagger,
  formatProblems,
  validateThemeTaxonomy,
  type Methodology,
  type ThemeTaggerType,
  type ThemeTaxonomy,
} from "../../core/index.js";

/** The `methodology/themes/` folder of the repository. */
export const THEME_TAXONOMY_DIR = fileURLToPath(new URL("../../../methodology/themes/", import.meta.url));

/** Reads and validates the taxonomy `id` (default: the highest version in the folder) against `indicatorCodes`. */
export function loadThemeTaxonomy(indicatorCodes: readonly string[], id?: string, dir = THEME_TAXONOMY_DIR): ThemeTaxonomy {
  const ids = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.slice(0, -5))
    .sort(compareVersions);
  const chosen = id ?? ids[ids.length - 1];
  if (chosen === undefined || !ids.includes(chosen)) throw new Error(`Нет таксономии тем «${id ?? ""}» в ${dir}`);
  const read = validateThemeTaxonomy(JSON.parse(readFileSync(join(dir, `${chosen}.json`), "utf8")), indicatorCodes);
  if (!read.ok) throw new Error(`${chosen}.json: ${formatProblems(read.problems)}`);
  return read.value;
}

const taggers = new WeakMap<Methodology, { taxonomy: ThemeTaxonomy; tagger: ThemeTaggerType }>();

function compiledFor(m: Methodology): { taxonomy: ThemeTaxonomy; tagger: ThemeTaggerType } {
  let found = taggers.get(m);
  if (!found) {
    const taxonomy = loadThemeTaxonomy(m.indicators.map((i) => i.code));
    taggers.set(m, (found = { taxonomy, tagger: compileThemeTagger(taxonomy) }));
  }
  return found;
}

/** The latest taxonomy, validated against `m` (read and compiled once per methodology). */
export function voiceTaxonomyFor(m: Methodology): ThemeTaxonomy {
  return compiledFor(m).taxonomy;
}

/** The tagger of the latest taxonomy for responses under `m`. */
export function voiceTaggerFor(m: Methodology): ThemeTaggerType {
  return compiledFor(m).tagger;
}
