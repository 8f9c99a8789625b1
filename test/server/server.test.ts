// The HTTP server over each backend: health, landing page, errors as JSON or HTML, clean shutdown.
import type { FastifyInstance } from "fastify";
import { syncMethodologies } from "../../src/cli/methodology-sync.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/index.js";
import { buildServer, ForbiddenError, loadConfig, resolveSecret, shutdownOnSignal, startListening, version } from "../../src/server/index.js";
import { allMigrationsApplied, backends, openTestDatabase } from "../support/databases.js";

const config = loadConfig({ PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "silent" });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(backends)("server on %s", (backend) => {
  let database: Database;
  let app: FastifyInstance;
  let url: string;

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    await syncMethodologies(database.db);
    app = await buildServer({ database, config, logger: false });
    app.get("/api/test/boom", async () => {
      throw new Error("secret internal detail");
    });
    app.get("/test/boom", async () => {
      throw new Error("secret internal detail");
    });
    app.get("/api/test/forbidden", async () => {
      throw new ForbiddenError();
    });
    app.post("/api/test/echo", async (request) => request.body);
    app.get("/api/test/slow", async () => {
      await sleep(300);
      return { done: true };
    });
    url = await startListening(app, config);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it("answers health with the backend, the migrations and the version", async () => {
    const response = await fetch(`${url}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: "ok",
      database: { backend, migrations: await allMigrationsApplied() },
      version,
    });
  });

  it("serves the Russian landing page at /", async () => {
    const response = await fetch(`${url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html; charset=utf-8/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const page = await response.text();
    expect(page).toMatch(/^<!doctype html>\n<html lang="ru">/);
    expect(page).toContain("Звезда клиентоцентричности");
    expect(page).toContain("до 50 баллов (или до 100 %) по 20 показателям в группах");
    expect(page).toContain('<abbr title="дружелюбие и партнерство">Д</abbr>');
    expect(page).toContain('href="/admin/"');
    expect(page).toContain('href="/api/health"');
  });

  it("answers an unknown /api address with a JSON 404", async () => {
    const response = await fetch(`${url}/api/no/such/thing?x=1`);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ error: { code: "not_found", message: expect.any(String) } });
  });

  it("answers an unknown page with a Russian HTML 404", async () => {
    const response = await fetch(`${url}/no/such/page`);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    const page = await response.text();
    expect(page).toContain('<html lang="ru">');
    expect(page).toContain("Страница не найдена");
  });

  it("hides unexpected errors: JSON 500 under /api, an HTML page elsewhere", async () => {
    const api = await fetch(`${url}/api/test/boom`);
    expect(api.status).toBe(500);
    const body = await api.text();
    expect(JSON.parse(body)).toEqual({ error: { code: "internal", message: "Внутренняя ошибка сервера" } });
    expect(body).not.toContain("secret");

    const page = await fetch(`${url}/test/boom`);
    expect(page.status).toBe(500);
    const html = await page.text();
    expect(html).toContain("Что-то пошло не так");
    expect(html).not.toContain("secret");
  });

  it("maps catalogue errors and Fastify's own errors to the one JSON shape", async () => {
    const forbidden = await fetch(`${url}/api/test/forbidden`);
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toEqual({ error: { code: "forbidden", message: "Недостаточно прав для этого действия" } });

    const badJson = await fetch(`${url}/api/test/echo`, { method: "POST", headers: { "content-type": "application/json" }, body: "{not json" });
    expect(badJson.status).toBe(400);
    expect(await badJson.json()).toEqual({ error: { code: "bad_request", message: expect.any(String) } });

    const badType = await fetch(`${url}/api/test/echo`, { method: "POST", headers: { "content-type": "application/x-unknown" }, body: "x" });
    expect(badType.status).toBe(415);
    expect(((await badType.json()) as { error: { code: string } }).error.code).toBe("unsupported_media_type");
  });

  it("keeps one generated secret per installation", async () => {
    const first = await resolveSecret(database.db, undefined);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(await resolveSecret(database.db, undefined)).toBe(first);
    expect(await resolveSecret(database.db, "x".repeat(40))).toBe("x".repeat(40));
  });
});

describe.each(backends)("server life cycle on %s", (backend) => {
  it("answers 503 with a reason when the database does not answer", async () => {
    const database = await openTestDatabase(backend);
    const app = await buildServer({ database, config, logger: false });
    try {
      await database.close();
      const response = await app.inject({ url: "/api/health" });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({ status: "unavailable", reason: expect.stringMatching(/^База данных не отвечает/), database: { backend } });
    } finally {
      await app.close();
    }
  });

  it("on a signal, finishes the request under way, stops listening and closes the database", async () => {
    const database = await openTestDatabase(backend);
    const app = await buildServer({ database, config, logger: false });
    let arrived!: () => void;
    const underWay = new Promise<void>((resolve) => (arrived = resolve));
    app.get("/api/test/slow", async () => {
      arrived();
      await sleep(300);
      return { done: true };
    });
    const url = await startListening(app, config);
    const stopped = shutdownOnSignal({ app, database, signals: ["SIGUSR2"] });

    const slow = fetch(`${url}/api/test/slow`);
    // The signal comes once the request is being handled (a fixed pause races a busy machine).
    await underWay;
    process.emit("SIGUSR2", "SIGUSR2");
    process.emit("SIGUSR2", "SIGUSR2");
    const response = await slow;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ done: true });
    await expect(stopped).resolves.toBe("SIGUSR2");
    await expect(fetch(`${url}/api/health`)).rejects.toThrow();
    await expect(database.db.selectFrom("org_units").select("id").execute()).rejects.toThrow();
    expect(process.listenerCount("SIGUSR2")).toBe(0);
  });
});
