// The one error handler and the one not-found handler: JSON under /api, an HTML page elsewhere.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { NotFoundError, type AppError } from "./app-errors.js";
import { renderErrorPage } from "./error-page.js";
import { toAppError } from "./to-app-error.js";

/** Whether a request belongs to the JSON API (`/api` and below). */
export function isApiRequest(request: FastifyRequest): boolean {
  const path = request.url.split("?", 1)[0] ?? "";
  return path === "/api" || path.startsWith("/api/");
}

function send(request: FastifyRequest, reply: FastifyReply, error: AppError): FastifyReply {
  reply.status(error.statusCode);
  if (isApiRequest(request)) {
    const body =
      error.details === undefined ? { code: error.code, message: error.message } : { code: error.code, message: error.message, details: error.details };
    return reply.type("application/json; charset=utf-8").send({ error: body });
  }
  return reply.type("text/html; charset=utf-8").send(renderErrorPage(error.statusCode, error.message));
}

/**
 * Installs the handlers on the root instance, so every plugin inherits them. Errors of 500
 * and above are logged with their cause; the client only ever sees the catalogue's text.
 */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const appError = toAppError(error);
    if (appError.statusCode >= 500) request.log.error({ err: error }, "request failed");
    else request.log.info({ code: appError.code, statusCode: appError.statusCode }, "request refused");
    return send(request, reply, appError);
  });
  app.setNotFoundHandler((request, reply) => send(request, reply, new NotFoundError(isApiRequest(request) ? "Нет такого адреса API" : undefined)));
}
