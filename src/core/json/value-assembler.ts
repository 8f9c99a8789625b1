// Builds JSON values from a SAX-like token stream (as a streaming parser emits them), with the same
// rules as parseJsonText: integer lexemes become numbers, other numbers DecimalLiteral, and a key
// repeated within one object is refused.
import { DecimalLiteral } from "./json-text.js";

/** The packed tokens of a streaming JSON parser (stream-json's names). */
export type JsonToken =
  | { readonly name: "startObject" | "endObject" | "startArray" | "endArray" }
  | { readonly name: "keyValue" | "stringValue" | "numberValue"; readonly value: string }
  | { readonly name: "nullValue"; readonly value: null }
  | { readonly name: "trueValue" | "falseValue"; readonly value: boolean };

const integerLexeme = /^-?(?:0|[1-9]\d*)$/;

type Container = { kind: "object"; value: Record<string, unknown>; key: string | undefined } | { kind: "array"; value: unknown[] };

/** Thrown for a repeated key: the streaming twin of parseJsonText's refusal. */
export class DuplicateKeyError extends Error {
  constructor(readonly key: string) {
    super(`повторяется ключ «${key}»`);
  }
}

/**
 * Assembles one value at a time: feed tokens with `push`; it returns true when a whole value is
 * complete, which `take()` then hands over (and the assembler is ready for the next one).
 */
export class ValueAssembler {
  private readonly stack: Container[] = [];
  private done = false;
  private result: unknown;

  /** True when the token completed a top-level value. */
  push(token: JsonToken): boolean {
    switch (token.name) {
      case "startObject":
        this.stack.push({ kind: "object", value: {}, key: undefined });
        return false;
      case "startArray":
        this.stack.push({ kind: "array", value: [] });
        return false;
      case "endObject":
      case "endArray":
        return this.add(this.stack.pop()!.value);
      case "keyValue": {
        const top = this.stack[this.stack.length - 1] as Extract<Container, { kind: "object" }>;
        if (Object.prototype.hasOwnProperty.call(top.value, token.value)) throw new DuplicateKeyError(token.value);
        top.key = token.value;
        return false;
      }
      case "numberValue":
        return this.add(integerLexeme.test(token.value) ? Number(token.value) : new DecimalLiteral(token.value));
      default:
        return this.add(token.value);
    }
  }

  /** The completed value; the assembler starts afresh. */
  take(): unknown {
    const value = this.result;
    this.done = false;
    this.result = undefined;
    return value;
  }

  /** Whether a value is under construction. */
  get busy(): boolean {
    return this.stack.length > 0 || this.done;
  }

  private add(value: unknown): boolean {
    const top = this.stack[this.stack.length - 1];
    if (!top) {
      this.result = value;
      this.done = true;
      return true;
    }
    if (top.kind === "array") top.value.push(value);
    else {
      Object.defineProperty(top.value, top.key!, { value, enumerable: true, writable: true, configurable: true });
      top.key = undefined;
    }
    return false;
  }
}
