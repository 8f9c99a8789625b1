// The themes of client feedback as versioned data (methodology/themes/<id>.json), and their validation.

import { fieldPath, itemPath, ShapeReader } from "../json/shape-reader.js";
import { accepted, refused, type Outcome } from "../problems/outcome.js";
import type { Problem } from "../problems/problem.js";

/** The taxonomy file's format tag. */
export const THEME_TAXONOMY_FORMAT = "zvezda-voice-themes/1";

/** One theme: its stable code, its Russian title, the indicators it bears on and its terms. */
export interface ThemeDef {
  readonly code: string;
  readonly title: string;
  /** Methodology indicator codes (Д1…К4) the theme speaks about. */
  readonly indicators: readonly string[];
  /** Word stems or phrases of stems (see the file's notes); `слово$` matches the whole word only. */
  readonly terms: readonly string[];
  /** Phrases inside which the theme's matches do not count. */
  readonly exclude: readonly string[];
}

/** Cues of the text's tone; a negator shortly before a one-word cue turns it over. */
export interface SentimentCues {
  readonly negators: readonly string[];
  readonly negative: readonly string[];
  readonly positive: readonly string[];
}

/** A validated taxonomy version. */
export interface ThemeTaxonomy {
  readonly format: typeof THEME_TAXONOMY_FORMAT;
  readonly id: string;
  readonly title: string;
  readonly sentiment: SentimentCues;
  readonly themes: readonly ThemeDef[];
}

const codePattern = /^[a-z][a-z0-9_]{0,39}$/;

/**
 * Validates a parsed taxonomy against the methodology's indicator codes; reports every problem with its
 * path (`themes[3].indicators[1]`), not only the first.
 */
export function validateThemeTaxonomy(value: unknown, indicatorCodes: readonly string[]): Outcome<ThemeTaxonomy> {
  const problems: Problem[] = [];
  const r = new ShapeReader((p) => problems.push(p));
  const o = r.object(value, "");
  if (!o) return refused(problems);
  const format = r.required(o, "format", "");
  if (format !== undefined && format !== THEME_TAXONOMY_FORMAT)
    problems.push({ code: "wrong_format", path: "format", expected: THEME_TAXONOMY_FORMAT, found: JSON.stringify(format) });
  const id = r.string(r.required(o, "id", ""), "id");
  const title = r.string(r.required(o, "title", ""), "title");
  const strings = (v: unknown, path: string, allowEmpty = true): string[] => {
    const list = v === undefined ? undefined : r.array(v, path);
    if (!list) return [];
    if (!allowEmpty && list.length === 0) problems.push({ code: "out_of_range", path, value: "[]", min: 1 });
    return list.map((x, i) => r.string(x, itemPath(path, i))).filter((x): x is string => x !== undefined);
  };
  const cues = r.object(r.required(o, "sentiment", ""), "sentiment");
  const sentiment: SentimentCues = cues
    ? {
        negators: strings(r.required(cues, "negators", "sentiment"), "sentiment.negators"),
        negative: strings(r.required(cues, "negative", "sentiment"), "sentiment.negative", false),
        positive: strings(r.required(cues, "positive", "sentiment"), "sentiment.positive", false),
      }
    : { negators: [], negative: [], positive: [] };
  const rawThemes = r.required(o, "themes", "");
  const list = (rawThemes === undefined ? undefined : r.array(rawThemes, "themes")) ?? [];
  if (list.length === 0 && Array.isArray(o.themes)) problems.push({ code: "out_of_range", path: "themes", value: "[]", min: 1 });
  const seen = new Set<string>();
  const known = new Set(indicatorCodes);
  const themes: ThemeDef[] = [];
  list.forEach((item, i) => {
    const path = itemPath("themes", i);
    const t = r.object(item, path);
    if (!t) return;
    const code = r.string(r.required(t, "code", path), fieldPath(path, "code"));
    if (code !== undefined && !codePattern.test(code))
      problems.push({ code: "wrong_format", path: fieldPath(path, "code"), expected: "латинские строчные буквы, цифры и _", found: JSON.stringify(code) });
    else if (code !== undefined && seen.has(code)) problems.push({ code: "duplicate_code", path: fieldPath(path, "code"), value: code });
    if (code !== undefined) seen.add(code);
    const themeTitle = r.string(r.required(t, "title", path), fieldPath(path, "title"));
    const indicators = strings(r.required(t, "indicators", path), fieldPath(path, "indicators"));
    indicators.forEach((ind, k) => {
      if (!known.has(ind)) problems.push({ code: "unknown_indicator", path: itemPath(fieldPath(path, "indicators"), k), value: ind });
    });
    const terms = strings(r.required(t, "terms", path), fieldPath(path, "terms"), false);
    const exclude = t.exclude === undefined ? [] : strings(t.exclude, fieldPath(path, "exclude"));
    for (const key of Object.keys(t)) {
      if (!["code", "title", "indicators", "terms", "exclude"].includes(key)) problems.push({ code: "unknown_key", path: fieldPath(path, key), key });
    }
    if (code !== undefined && themeTitle !== undefined) themes.push({ code, title: themeTitle, indicators, terms, exclude });
  });
  if (problems.length > 0 || id === undefined || title === undefined) return refused(problems);
  return accepted({ format: THEME_TAXONOMY_FORMAT, id, title, sentiment, themes });
}
