// Per-request authentication for /api: loads the session from its cookie and enforces the CSRF token.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { findSessionByToken, type Db } from "../../db/index.js";
import { ForbiddenError } from "../errors/app-errors.js";
import type { Principal } from "./access.js";
import { csrfHeaderName, isValidCsrfToken } from "./csrf-token.js";
import { readSessionCookie } from "./session-cookie.js";

/** The signed-in user of a request. */
export interface RequestAuth {
  principal: Principal;
  sessionId: string;
  csrfSecret: string;
  login: string;
  displayName: string;
}

declare module "fastify" {
  interface FastifyRequest {
    /** Set by the /api session hook; null when the request carries no live session. */
    auth: RequestAuth | null;
  }
  interface FastifyContextConfig {
    /** false: the route takes no CSRF token (only POST /api/auth/login, which is JSON-only and sessionless). */
    csrf?: boolean;
  }
}

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/** Whether the request must carry a CSRF token: any unsafe method, unless its route opts out. */
function needsCsrf(request: FastifyRequest): boolean {
  return !safeMethods.has(request.method) && request.routeOptions.config?.csrf !== false;
}

/**
 * Installs, on the /api scope, the hooks every API route runs behind: the session cookie
 * becomes `request.auth`, and a state-changing request with a session must carry header
 * `x-csrf-token` (see csrfTokenFor) or is refused with 403. A state-changing request without
 * a session is left to the route, whose guard answers 401.
 */
export function installRequestAuth(app: FastifyInstance, db: Db, appSecret: string): void {
  app.decorateRequest("auth", null);
  app.addHook("onRequest", async (request) => {
    const token = readSessionCookie(request.headers.cookie);
    const session = token === undefined ? undefined : await findSessionByToken(db, token);
    request.auth = session
      ? {
          principal: { userId: session.userId, role: session.role, scopeUnitId: session.scopeUnitId },
          sessionId: session.sessionId,
          csrfSecret: session.csrfSecret,
          login: session.login,
          displayName: session.displayName,
        }
      : null;
    if (request.auth && needsCsrf(request)) {
      const header = request.headers[csrfHeaderName];
      if (!isValidCsrfToken(appSecret, request.auth.csrfSecret, typeof header === "string" ? header : undefined)) {
        throw new ForbiddenError("Недействительный CSRF-токен");
      }
    }
  });
}
