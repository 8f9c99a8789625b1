// Text normalisation for matching Russian feedback: lower case, ё → е, words of letters and digits.

const separators = /[^a-zа-я0-9$]+/u;

/** Lower-cases, folds ё into е and Latin look-alikes typed in Cyrillic words are left as they are. */
export function normaliseText(text: string): string {
  return text.toLowerCase().replaceAll("ё", "е");
}

/** The words of a text after normalisation (hyphens and punctuation separate words). */
export function textTokens(text: string): string[] {
  return normaliseText(text)
    .replaceAll("$", " ")
    .split(separators)
    .filter((t) => t.length > 0);
}

/** The words of a taxonomy term; a trailing `$` (whole word only) is kept on its word. */
export function termTokens(term: string): string[] {
  return normaliseText(term)
    .split(separators)
    .filter((t) => t.length > 0 && t !== "$");
}
