// Reads fields of untrusted parsed JSON with their paths, reporting each problem to a callback.

import type { ExpectedType, Problem } from "../problems/problem.js";
import { Refusal } from "../problems/outcome.js";
import { DecimalLiteral, describeValue } from "./json-text.js";

/** Bounds of a numeric field. */
export interface NumberBounds {
  readonly min?: number;
  readonly max?: number;
}

/** The path of a field of the object at `path`. */
export const fieldPath = (path: string, key: string): string => (path ? `${path}.${key}` : key);
/** The path of an element of the array at `path`. */
export const itemPath = (path: string, index: number): string => `${path}[${index}]`;

/** Reads typed values out of `unknown`; every problem goes to `report`, and the method returns undefined. */
export class ShapeReader {
  constructor(readonly report: (problem: Problem) => void) {}

  protected wrongType(value: unknown, path: string, expected: ExpectedType): undefined {
    this.report({ code: "wrong_type", path, expected, found: describeValue(value) });
    return undefined;
  }

  /** The field `key` of `obj`; `undefined` and `null` count as absent and are reported as missing. */
  required(obj: Readonly<Record<string, unknown>>, key: string, path: string): unknown {
    const value = obj[key];
    if (value === undefined || value === null) {
      this.report({ code: "missing_field", path: fieldPath(path, key) });
      return undefined;
    }
    return value;
  }

  object(value: unknown, path: string): Readonly<Record<string, unknown>> | undefined {
    if (typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof DecimalLiteral)) {
      return value as Record<string, unknown>;
    }
    return this.wrongType(value, path, "object");
  }

  array(value: unknown, path: string): readonly unknown[] | undefined {
    return Array.isArray(value) ? value : this.wrongType(value, path, "array");
  }

  string(value: unknown, path: string): string | undefined {
    if (typeof value !== "string") return this.wrongType(value, path, "string");
    if (value.length === 0) {
      this.report({ code: "empty_string", path });
      return undefined;
    }
    return value;
  }

  boolean(value: unknown, path: string): boolean | undefined {
    return typeof value === "boolean" ? value : this.wrongType(value, path, "boolean");
  }

  /** Any finite JSON number (decimal lexemes included) within bounds. */
  number(value: unknown, path: string, bounds: NumberBounds = {}): number | undefined {
    const n = typeof value === "number" ? value : value instanceof DecimalLiteral ? value.value : undefined;
    if (n === undefined || !Number.isFinite(n)) return this.wrongType(value, path, "number");
    return this.bounded(n, describeValue(value), path, bounds);
  }

  /** A JSON integer written as one (`8`, not `8.0`) within bounds. */
  integer(value: unknown, path: string, bounds: NumberBounds = {}): number | undefined {
    if (typeof value !== "number" || !Number.isSafeInteger(value)) return this.wrongType(value, path, "integer");
    return this.bounded(value, describeValue(value), path, bounds);
  }

  private bounded(n: number, shown: string, path: string, { min, max }: NumberBounds): number | undefined {
    if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
      this.report({ code: "out_of_range", path, value: shown, min, max });
      return undefined;
    }
    return n;
  }

  /** A string from a fixed list. */
  oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T | undefined {
    if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
    if (typeof value !== "string") return this.wrongType(value, path, "string");
    this.report({ code: "not_in_list", path, value: describeValue(value), allowed });
    return undefined;
  }
}

/** A reader that stops at the first problem by throwing {@link Refusal}, so its results are never undefined. */
export class RefusingReader extends ShapeReader {
  constructor() {
    super((problem) => {
      throw new Refusal(problem);
    });
  }
  /** Reports a problem (throws). */
  fail(problem: Problem): never {
    throw new Refusal(problem);
  }
  override required(obj: Readonly<Record<string, unknown>>, key: string, path: string): unknown {
    return super.required(obj, key, path);
  }
  override object(value: unknown, path: string): Readonly<Record<string, unknown>> {
    return super.object(value, path) as Readonly<Record<string, unknown>>;
  }
  override array(value: unknown, path: string): readonly unknown[] {
    return super.array(value, path) as readonly unknown[];
  }
  override string(value: unknown, path: string): string {
    return super.string(value, path) as string;
  }
  override boolean(value: unknown, path: string): boolean {
    return super.boolean(value, path) as boolean;
  }
  override number(value: unknown, path: string, bounds?: NumberBounds): number {
    return super.number(value, path, bounds) as number;
  }
  override integer(value: unknown, path: string, bounds?: NumberBounds): number {
    return super.integer(value, path, bounds) as number;
  }
  override oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
    return super.oneOf(value, path, allowed) as T;
  }
}
