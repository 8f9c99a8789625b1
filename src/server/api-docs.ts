// OpenAPI for /api, generated from the routes' zod schemas, browsable at /api/docs.
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import { jsonSchemaTransform } from "fastify-type-provider-zod";

/** Registered on the root before the routes, so that swagger sees every route added after it. */
export async function registerApiDocs(app: FastifyInstance, version: string): Promise<void> {
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
    transform: jsonSchemaTransform,
    hideUntagged: false,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs" });
}
