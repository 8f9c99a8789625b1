// The client-journey templates the server draws: methodology/journeys/<id>.json, the highest version, validated
// against the methodology's indicators and questions and the theme taxonomy (read once per methodology).
import { fileURLToPath } from "node:url";
import { validateJourneyTemplates, type JourneyTemplates, type JourneyVocabulary, type Methodology } from "../../core/index.js";
import { loadVersionedSettings } from "../settings/versioned-settings-file.js";
import { voiceTaxonomyFor } from "./theme-taxonomy-file.js";

/** The `methodology/journeys/` folder of the repository. */
export const JOURNEYS_DIR = fileURLToPath(new URL("../../../methodology/journeys/", import.meta.url));

/** What a journey of `m` may name. */
export function journeyVocabulary(m: Methodology): JourneyVocabulary {
  return { methodology: m, themeCodes: voiceTaxonomyFor(m).themes.map((t) => t.code) };
}

/** Reads and validates the templates `id` (default: the highest version) of `dir`. */
export function loadJourneyTemplates(m: Methodology, id?: string, dir = JOURNEYS_DIR): JourneyTemplates {
  return loadVersionedSettings(dir, (value) => validateJourneyTemplates(value, journeyVocabulary(m)), "маршрутов клиента", id);
}

const cache = new WeakMap<Methodology, JourneyTemplates>();

/** The shipped templates for `m`, read once. */
export function journeyTemplatesFor(m: Methodology): JourneyTemplates {
  let t = cache.get(m);
  if (!t) cache.set(m, (t = loadJourneyTemplates(m)));
  return t;
}
