// Strict decoding of `a=1&b=2` (query strings and form bodies): invalid percent-encoded UTF-8 is refused, never kept as typed.
import { ValidationError } from "../errors/app-errors.js";
import { fieldMessage, textProblem } from "./text-rules.js";

const notUtf8 = "содержит недопустимую последовательность (не UTF-8)";

function decode(part: string): string | undefined {
  try {
    return decodeURIComponent(part.replace(/\+/g, " "));
  } catch {
    return undefined;
  }
}

/** Each `name=value` pair decoded; throws a 400 naming the field whose bytes are not UTF-8 or break the text rule. */
export function decodePairs(text: string): [string, string][] {
  const pairs: [string, string][] = [];
  if (text === "") return pairs;
  for (const piece of text.split("&")) {
    if (piece === "") continue;
    const at = piece.indexOf("=");
    const rawName = at < 0 ? piece : piece.slice(0, at);
    const name = decode(rawName);
    const shownName = name !== undefined && textProblem(name) === undefined ? name : rawName.slice(0, 40);
    if (name === undefined) throw new ValidationError(`Имя поля «${shownName}» ${notUtf8}`, [{ path: shownName, code: "not_utf8", message: notUtf8 }]);
    const value = decode(at < 0 ? "" : piece.slice(at + 1));
    if (value === undefined) throw new ValidationError(fieldMessage(shownName, notUtf8), [{ path: shownName, code: "not_utf8", message: notUtf8 }]);
    const problem = textProblem(name) ?? textProblem(value);
    if (problem) throw new ValidationError(fieldMessage(shownName, problem), [{ path: shownName, code: "unclean_text", message: problem }]);
    pairs.push([name, value]);
  }
  return pairs;
}

/** Throws a 400 when the raw query of `url` does not decode cleanly. */
export function checkRawQuery(url: string): void {
  const at = url.indexOf("?");
  if (at >= 0) decodePairs(url.slice(at + 1));
}
