// The only body the survey accepts: application/x-www-form-urlencoded, UTF-8, decoded strictly (JSON and the rest answer 415).
import type { FastifyInstance } from "fastify";
import { ValidationError } from "../errors/app-errors.js";
import { decodePairs } from "./percent-decoding.js";
import { strictUtf8 } from "./text-rules.js";

/** A parsed form: a field posted once is a string, several times an array. */
export type StrictFormBody = Record<string, string | string[]>;

/** The pairs as a form body without a prototype (a field called `__proto__` is just a field). */
export function formBodyOf(text: string): StrictFormBody {
  const body = Object.create(null) as StrictFormBody;
  for (const [name, value] of decodePairs(text)) {
    const seen = body[name];
    body[name] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return body;
}

/**
 * Replaces the instance's body parsers (call it in an encapsulated plugin) by the strict form
 * parser: any other content type answers 415, bytes that are not UTF-8 or a NUL answer 400.
 */
export function useStrictFormBody(app: FastifyInstance, bodyLimit: number): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "buffer", bodyLimit }, (_request, raw, done) => {
    const text = strictUtf8(raw as Buffer);
    if (text === undefined) {
      done(new ValidationError("Анкета отправлена не в кодировке UTF-8"), undefined);
      return;
    }
    try {
      done(null, formBodyOf(text));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
}
