// The API description maps the attack surface: the viewer, its files and the OpenAPI document need a session.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn, startAuthServer } from "../../support/auth-server.js";
import type { SurveyServer } from "../../support/survey-server.js";

describe("API docs", () => {
  let server: SurveyServer;
  beforeAll(async () => {
    server = await startAuthServer("pglite");
  });
  afterAll(async () => server?.close());

  const urls = [
    "/api/docs",
    "/api/docs/",
    "/api/docs/json",
    "/api/docs/yaml",
    "/api/docs/static/index.html",
    "/api/docs/static/swagger-initializer.js",
    "/api/docs/static/index.css",
    "/api/docs/json?x=1",
  ];

  it("answers 401 with a Russian message without a session", async () => {
    for (const url of urls) {
      const response = await server.app.inject({ method: "GET", url });
      expect(response.statusCode, url).toBe(401);
      expect(response.json<{ error: { message: string } }>().error.message, url).toContain("после входа");
    }
    const forged = await server.app.inject({ method: "GET", url: "/api/docs/json", headers: { cookie: "zvezda_session=forged-token-value" } });
    expect(forged.statusCode).toBe(401);
  });

  it("serves the viewer and the document to a signed-in user", async () => {
    const { cookie } = await signIn(server.app, "umanager");
    const json = await server.app.inject({ method: "GET", url: "/api/docs/json", headers: { cookie } });
    expect(json.statusCode).toBe(200);
    expect(json.json<{ openapi: string; paths: object }>().paths).toHaveProperty("/api/health");
    const page = await server.app.inject({ method: "GET", url: "/api/docs/", headers: { cookie } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("swagger");
  });
});
