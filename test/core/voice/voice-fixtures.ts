// Shared inputs of the voice tests: the shipped theme taxonomy and the labelled texts.
import { readFileSync } from "node:fs";
import { compileThemeTagger, validateThemeTaxonomy, type ThemeTaggerType, type ThemeTaxonomy } from "../../../src/core/index.js";
import { loadDefaultMethodology } from "../../../src/cli/methodology-files.js";

export const indicatorCodes = loadDefaultMethodology().indicators.map((i) => i.code);

/** The parsed JSON of methodology/themes/2026.1.json. */
export function shippedTaxonomyJson(): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL("../../../methodology/themes/2026.1.json", import.meta.url), "utf8")) as Record<string, unknown>;
}

export function shippedTaxonomy(): ThemeTaxonomy {
  const read = validateThemeTaxonomy(shippedTaxonomyJson(), indicatorCodes);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.value;
}

export function shippedTagger(): ThemeTaggerType {
  return compileThemeTagger(shippedTaxonomy());
}

export interface LabelledText {
  text: string;
  themes: string[];
}

export function labelledTexts(): LabelledText[] {
  return (JSON.parse(readFileSync(new URL("../../fixtures/voice/labelled-texts.json", import.meta.url), "utf8")) as { texts: LabelledText[] }).texts;
}
