// What every voice route reads first: the org directory, the active methodology and the theme taxonomy.
import type { Methodology, ThemeTaxonomy } from "../../core/index.js";
import type { UnitDirectory } from "../dashboard/unit-directory.js";
import type { ResultsCache } from "../dashboard/results-cache.js";
import { voiceTaxonomyFor } from "./theme-taxonomy-file.js";

export interface VoiceBasis {
  directory: UnitDirectory;
  methodology: Methodology;
  taxonomy: ThemeTaxonomy;
}

export async function voiceBasis(results: ResultsCache): Promise<VoiceBasis> {
  const [directory, methodology] = await Promise.all([results.units(), results.methodology()]);
  return { directory, methodology, taxonomy: voiceTaxonomyFor(methodology) };
}

/** Russian names of the sources of texts. */
export const channelTitles: Record<string, string> = {
  survey: "анкета",
  book: "книга отзывов",
  social: "соцсети",
  appeal: "обращение",
  media: "СМИ/открытые источники",
  other: "другое",
};

/** Russian names of the kinds of texts. */
export const kindTitles: Record<string, string> = { note: "примечание", suggestion: "пожелание", other: "«другое»", feedback: "внешний отзыв" };
