// The one rule for every text that comes in: no NUL, no lone UTF-16 surrogates, valid UTF-8 on the wire.
import { z } from "zod";
import { ValidationError } from "../errors/app-errors.js";

/** Why a text is refused, in Russian, or undefined when it is acceptable. */
export function textProblem(text: string): string | undefined {
  if (text.includes("\u0000")) return "содержит недопустимый символ NUL (\\u0000)";
  // A high surrogate not followed by a low one, or a low one not preceded by a high one.
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)) return "содержит недопустимую последовательность (не UTF-8)";
  return undefined;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The bytes as text, or undefined when they are not valid UTF-8 (never replacement characters). */
export function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** The message naming the field: «Поле «comment» содержит …». */
export function fieldMessage(field: string, problem: string): string {
  return `Поле «${field}» ${problem}`;
}

/** Throws a 400 naming `field` when `text` breaks the rule. */
export function requireCleanText(text: string, field: string): void {
  const problem = textProblem(text);
  if (problem) throw new ValidationError(fieldMessage(field, problem), [{ path: field, code: "unclean_text", message: problem }]);
}

/** The first string inside `value` (a parsed JSON body, query or form) that breaks the rule, with its path. */
export function findBadText(value: unknown, path: string, depth = 0): { field: string; problem: string } | undefined {
  if (typeof value === "string") {
    const problem = textProblem(value);
    return problem ? { field: path || "тело запроса", problem } : undefined;
  }
  if (depth > 64 || value === null || typeof value !== "object") return undefined;
  const join = (key: string) => (path ? `${path}.${key}` : key);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findBadText(value[i], join(String(i)), depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  for (const [key, item] of Object.entries(value)) {
    const keyProblem = textProblem(key);
    if (keyProblem) return { field: join("?"), problem: keyProblem };
    const found = findBadText(item, join(key), depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** Throws a 400 naming the first bad field inside `value`. */
export function requireCleanValue(value: unknown, path = ""): void {
  const found = findBadText(value, path);
  if (found) throw new ValidationError(fieldMessage(found.field, found.problem), [{ path: found.field, code: "unclean_text", message: found.problem }]);
}

/** A zod string refined by the rule, for texts read outside an HTTP body (XLSX cells, files). */
export const cleanText = (schema: z.ZodString = z.string()) =>
  schema.superRefine((text, context) => {
    const problem = textProblem(text);
    if (problem) context.addIssue({ code: "custom", message: problem });
  });
