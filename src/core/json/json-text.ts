// Parses JSON text keeping what JSON.parse loses: a number written `8.0` stays distinguishable from `8`.

import { parse } from "lossless-json";
import { accepted, refused, type Outcome } from "../problems/outcome.js";

/** A number whose lexeme is not a plain integer (`8.0`, `7.5`, `1e3`): kept as written. */
export class DecimalLiteral {
  constructor(readonly lexeme: string) {}
  /** The numeric value of the lexeme. */
  get value(): number {
    return Number(this.lexeme);
  }
  toJSON(): number {
    return this.value;
  }
}

const integerLexeme = /^-?(?:0|[1-9]\d*)$/;
const parseNumber = (lexeme: string): number | DecimalLiteral => (integerLexeme.test(lexeme) ? Number(lexeme) : new DecimalLiteral(lexeme));

/**
 * Parses JSON text. Integer lexemes become numbers, every other number a {@link DecimalLiteral};
 * duplicate keys in one object are refused; a leading byte-order mark is ignored. The problem of invalid text has path `""`.
 */
export function parseJsonText(text: string): Outcome<unknown> {
  try {
    return accepted(parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, null, parseNumber));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return refused([{ code: "invalid_json", path: "", detail }]);
  }
}

/** The numeric value of a parsed number, plain or decimal; undefined for anything else. */
export function numericValue(value: unknown): number | undefined {
  if (typeof value === "number") return value;
  if (value instanceof DecimalLiteral) return value.value;
  return undefined;
}

/** How a parsed value is shown in a problem: numbers as written, strings quoted, others by type. */
export function describeValue(value: unknown): string {
  if (value instanceof DecimalLiteral) return value.lexeme;
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  if (Array.isArray(value)) return "массив";
  if (value === undefined) return "ничего";
  return "объект";
}
