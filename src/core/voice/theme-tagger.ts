// Tags a Russian text with the taxonomy's themes and a tone: stems matched as word prefixes, short
// phrases, one typo tolerated in longer stems, negation turning a one-word tone cue over.

import { normaliseText, termTokens, textTokens } from "./normalise-text.js";
import type { ThemeTaxonomy } from "./theme-taxonomy.js";

/** -1 negative, 0 neutral or mixed, 1 positive. */
export type Sentiment = -1 | 0 | 1;

/** What the tagger finds in a text. */
export interface TagResult {
  /** Theme codes in the taxonomy's order. */
  readonly themes: readonly string[];
  readonly sentiment: Sentiment;
}

/** A compiled taxonomy: `tag` is pure and allocation-light. */
export interface ThemeTagger {
  readonly taxonomyId: string;
  tag(text: string): TagResult;
}

interface Word {
  readonly stem: string;
  readonly exact: boolean;
  readonly fuzzy: boolean;
}
interface Phrase {
  readonly words: readonly Word[];
}

/** Words between two words of a phrase at most. */
const maxGap = 2;
/** Stems at least this long tolerate one typo (an edit or a swap of neighbours) after their first two letters. */
const fuzzyFrom = 7;
/** Words this short (prepositions, particles) in a phrase match whole words only. */
const exactUpTo = 2;

function compile(term: string, fuzzy: boolean): Phrase {
  return {
    words: termTokens(term).map((w) =>
      w.endsWith("$") ? { stem: w.slice(0, -1), exact: true, fuzzy: false } : { stem: w, exact: w.length <= exactUpTo, fuzzy: fuzzy && w.length >= fuzzyFrom },
    ),
  };
}

/** Whether `a` from `x` on equals `b` from `y` on (without copying either). */
function sameRest(a: string, b: string, x: number, y: number): boolean {
  const length = Math.max(0, a.length - x);
  if (length !== Math.max(0, b.length - y)) return false;
  for (let k = 0; k < length; k++) if (a[x + k] !== b[y + k]) return false;
  return true;
}

/** Whether the optimal-string-alignment distance of `a` and `b` is at most 1. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  return (
    sameRest(a, b, i + 1, i + 1) ||
    sameRest(a, b, i + 1, i) ||
    sameRest(a, b, i, i + 1) ||
    (a[i] === b[i + 1] && a[i + 1] === b[i] && sameRest(a, b, i + 2, i + 2))
  );
}

function wordMatches(word: Word, token: string): boolean {
  if (word.exact) return token === word.stem;
  if (token.startsWith(word.stem)) return true;
  if (!word.fuzzy || token[0] !== word.stem[0] || token[1] !== word.stem[1]) return false;
  const n = word.stem.length;
  for (let len = n - 1; len <= n + 1; len++) {
    if (len <= token.length && withinOneEdit(word.stem, token.slice(0, len))) return true;
  }
  return false;
}

/** The last token index of the phrase matched from `start`, or -1. */
function matchAt(phrase: Phrase, tokens: readonly string[], start: number): number {
  if (!wordMatches(phrase.words[0]!, tokens[start]!)) return -1;
  let at = start;
  for (let w = 1; w < phrase.words.length; w++) {
    let found = -1;
    for (let j = at + 1; j <= Math.min(tokens.length - 1, at + 1 + maxGap); j++) {
      if (wordMatches(phrase.words[w]!, tokens[j]!)) {
        found = j;
        break;
      }
    }
    if (found < 0) return -1;
    at = found;
  }
  return at;
}

/**
 * The first two letters a token must start with for the phrase to match there (exact, prefix and fuzzy matches all
 * keep them), or undefined for a one-letter first word.
 */
const phraseKey = (p: Phrase): string | undefined => (p.words[0]!.stem.length >= 2 ? p.words[0]!.stem.slice(0, 2) : undefined);

/** Phrases by the first two letters of their first word: a token is tried only against those that could start there. */
class PhraseIndex {
  private readonly byKey = new Map<string, Phrase[]>();
  private readonly anyStart: Phrase[] = [];

  constructor(phrases: readonly Phrase[]) {
    for (const p of phrases) {
      const key = phraseKey(p);
      if (key === undefined) this.anyStart.push(p);
      else this.byKey.set(key, [...(this.byKey.get(key) ?? []), p]);
    }
  }

  /** Whether some phrase matches from token `i`, its span not inside one of `excluded`. */
  matchesAt(tokens: readonly string[], i: number, excluded: readonly [number, number][]): boolean {
    return this.anyMatch(this.byKey.get(tokens[i]!.slice(0, 2)), tokens, i, excluded) || this.anyMatch(this.anyStart, tokens, i, excluded);
  }

  private anyMatch(phrases: readonly Phrase[] | undefined, tokens: readonly string[], i: number, excluded: readonly [number, number][]): boolean {
    if (!phrases) return false;
    for (const p of phrases) {
      const end = matchAt(p, tokens, i);
      if (end >= 0 && !inside(excluded, i, end)) return true;
    }
    return false;
  }
}

/** Whether the span [i, end] lies inside one of `spans`. */
function inside(spans: readonly [number, number][], i: number, end: number): boolean {
  for (const [a, b] of spans) if (i >= a && end <= b) return true;
  return false;
}

interface CompiledTheme {
  readonly code: string;
  readonly terms: PhraseIndex;
  readonly exclude: readonly Phrase[];
}

function spans(phrases: readonly Phrase[], tokens: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const p of phrases) {
      const end = matchAt(p, tokens, i);
      if (end >= 0) out.push([i, end]);
    }
  }
  return out;
}

function themeFound(theme: CompiledTheme, tokens: readonly string[]): boolean {
  const excluded = theme.exclude.length > 0 ? spans(theme.exclude, tokens) : [];
  for (let i = 0; i < tokens.length; i++) if (theme.terms.matchesAt(tokens, i, excluded)) return true;
  return false;
}

/** Builds the tagger of a validated taxonomy. */
export function compileThemeTagger(taxonomy: ThemeTaxonomy): ThemeTagger {
  const themes: CompiledTheme[] = taxonomy.themes.map((t) => ({
    code: t.code,
    terms: new PhraseIndex(t.terms.map((x) => compile(x, true))),
    exclude: t.exclude.map((x) => compile(x, false)),
  }));
  const negators = new Set(taxonomy.sentiment.negators.map(normaliseText));
  // Longer cues first: a phrase («не дозвониться») takes its words before a one-word cue can.
  const cues = [
    ...taxonomy.sentiment.negative.map((c) => ({ phrase: compile(c, true), polarity: -1 })),
    ...taxonomy.sentiment.positive.map((c) => ({ phrase: compile(c, true), polarity: 1 })),
  ]
    .sort((a, b) => b.phrase.words.length - a.phrase.words.length)
    .map((cue) => ({ ...cue, key: phraseKey(cue.phrase) }));

  function sentimentOf(tokens: readonly string[]): Sentiment {
    const used = new Uint8Array(tokens.length);
    let score = 0;
    const keys = tokens.map((t) => t.slice(0, 2));
    for (const cue of cues) {
      for (let i = 0; i < tokens.length; i++) {
        if (used[i] || (cue.key !== undefined && keys[i] !== cue.key)) continue;
        const end = matchAt(cue.phrase, tokens, i);
        if (end < 0) continue;
        for (let k = i; k <= end; k++) used[k] = 1;
        const single = cue.phrase.words.length === 1;
        const negated = single && ((i > 0 && negators.has(tokens[i - 1]!)) || (i > 1 && negators.has(tokens[i - 2]!) && !used[i - 1]));
        score += negated ? -cue.polarity : cue.polarity;
      }
    }
    return score < 0 ? -1 : score > 0 ? 1 : 0;
  }

  return {
    taxonomyId: taxonomy.id,
    tag(text) {
      const tokens = textTokens(text);
      if (tokens.length === 0) return { themes: [], sentiment: 0 };
      return { themes: themes.filter((t) => themeFound(t, tokens)).map((t) => t.code), sentiment: sentimentOf(tokens) };
    },
  };
}
