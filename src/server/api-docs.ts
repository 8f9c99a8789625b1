// OpenAPI for /api, generated from the routes' zod schemas, browsable at /api/docs by signed-in users only.
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import { jsonSchemaTransform } from "fastify-type-provider-zod";
import { findSessionByToken, type Db } from "../db/index.js";
import { readSessionCookie } from "./auth/session-cookie.js";
import { UnauthorizedError } from "./errors/app-errors.js";

const docsPrefix = "/api/docs";

/** Whether `url` is the viewer, its files or the OpenAPI document. */
function isDocsUrl(url: string): boolean {
  const path = url.split("?", 1)[0] ?? "";
  return path === docsPrefix || path.startsWith(`${docsPrefix}/`);
}

/**
 * Registered on the root before the routes, so that swagger sees every route added after it. The viewer,
 * its files and the document answer 401 without a live session (they map the attack surface).
 */
export async function registerApiDocs(app: FastifyInstance, version: string, db: Db): Promise<void> {
  app.addHook("onRequest", async (request) => {
    if (!isDocsUrl(request.url)) return;
    const token = readSessionCookie(request.headers.cookie);
    if (token === undefined || (await findSessionByToken(db, token)) === undefined) throw new UnauthorizedError("Описание API доступно после входа в систему");
  });
  await app.register(swagger, {
    openapi: {
      info: {
        title: "Zvezda API",
        description:
          "JSON API «Звезды клиентоцентричности ЦЗН». Вход: POST /api/auth/login с JSON {login, password} ставит cookie сессии; " +
          "каждый изменяющий запрос, кроме входа, несёт заголовок x-csrf-token из ответа входа или GET /api/auth/me.",
        version,
      },
      components: { securitySchemes: { session: { type: "apiKey", in: "cookie", name: "zvezda_session" } } },
      security: [{ session: [] }],
    },
    // The document describes the JSON API; the public survey pages and the admin app's files stay out of it.
    transform: (route) => {
      const described = jsonSchemaTransform(route);
      return route.url.startsWith("/api/") ? described : { ...described, schema: { ...described.schema, hide: true } };
    },
    hideUntagged: false,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs" });
}
