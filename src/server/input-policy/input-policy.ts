// Installs the input policy on the root instance: strict UTF-8 JSON bodies, and every query,
// path parameter and parsed body checked once, before any route's validation.
import type { FastifyInstance } from "fastify";
import { ValidationError } from "../errors/app-errors.js";
import { checkRawQuery } from "./percent-decoding.js";
import { requireCleanValue, strictUtf8 } from "./text-rules.js";

/** Call before registering any plugin: plugins inherit the JSON parser and the hook. */
export function installInputPolicy(app: FastifyInstance): void {
  const defaultJson = app.getDefaultJsonParser("error", "error");
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "buffer" }, (request, raw, done) => {
    const text = strictUtf8(raw as Buffer);
    if (text === undefined) done(new ValidationError("Тело запроса не в кодировке UTF-8"), undefined);
    else defaultJson(request, text, done);
  });
  app.addHook("preValidation", async (request) => {
    checkRawQuery(request.raw.url ?? "");
    requireCleanValue(request.params, "");
    requireCleanValue(request.query, "");
    requireCleanValue(request.body, "");
  });
}
