// Every /api route × every role × in-scope / out-of-scope target: the expected answer class. A route without an entry fails.
/// <reference types="vite/client" />
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn, startAuthServer, type Signed, type TestLogin } from "../../support/auth-server.js";
import { backends } from "../../support/databases.js";
import type { SurveyServer } from "../../support/survey-server.js";
import type { Caller, RouteEntry } from "./matrix/matrix-entry.js";

/** "METHOD /url" as Fastify registers it → entry, from every matrix/*.matrix.ts. */
const matrix: Record<string, RouteEntry> = {};
for (const [file, module] of Object.entries(import.meta.glob<{ entries: Record<string, RouteEntry> }>("./matrix/*.matrix.ts", { eager: true }))) {
  for (const [route, entry] of Object.entries(module.entries)) {
    if (route in matrix) throw new Error(`${route} is listed twice (again in ${file})`);
    matrix[route] = entry;
  }
}

/**
 * method + url of every route under /api, from Fastify's own route tree (HEAD twins left out).
 * The tree nests routes that share a prefix, so a line's path is its ancestors' joined.
 */
function registeredApiRoutes(app: FastifyInstance): string[] {
  const routes: string[] = [];
  const stack: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split("\n")) {
    const match = /^(.*?)[├└]── (\S+)(?: \(([^)]+)\))?/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 4;
    stack.length = depth;
    stack.push(match[2]!);
    const path = stack.join("");
    if (!match[3] || !/^\/api(\/|$)/.test(path)) continue;
    for (const method of match[3].split(",").map((m) => m.trim())) if (method !== "HEAD") routes.push(`${method} ${path}`);
  }
  return routes.sort();
}

const callers: Caller[] = ["anonymous", "fadmin", "fanalyst", "radmin", "umanager"];

describe.each(backends)("authorization matrix on %s", (backend) => {
  let server: SurveyServer;
  beforeAll(async () => {
    server = await startAuthServer(backend, { loginRateLimit: { max: 1000, timeWindowMs: 60_000 } });
  });
  afterAll(async () => server?.close());

  it("has an entry for every /api route, and no entry for a route that is gone", () => {
    const registered = registeredApiRoutes(server.app);
    expect(registered.length).toBeGreaterThan(5);
    expect(registered).toEqual(Object.keys(matrix).sort());
  });

  // One session per caller (a sign-in costs a scrypt hash), signed in afresh after a case ends it (logout).
  const sessions = new Map<Caller, Signed>();
  async function sessionOf(caller: Caller): Promise<Signed> {
    const cached = sessions.get(caller);
    if (cached) return cached;
    const signed = await signIn(server.app, caller as TestLogin);
    sessions.set(caller, signed);
    return signed;
  }
  async function dropIfEnded(caller: Caller): Promise<void> {
    const signed = sessions.get(caller);
    if (!signed) return;
    const me = await server.app.inject({ method: "GET", url: "/api/auth/me", headers: { cookie: signed.cookie } });
    if (me.statusCode !== 200) sessions.delete(caller);
  }

  const cases = Object.entries(matrix).flatMap(([route, entry]) =>
    callers.flatMap((caller) => (["in", "out"] as const).map((target) => ({ route, entry, caller, target }))),
  );

  it.each(cases.map((c) => [c.route, c.caller, c.target, c] as const))(
    "%s as %s, %s of scope",
    async (_route, _caller, _target, { route, entry, caller, target }) => {
      const [method] = route.split(" ") as ["GET" | "POST" | "PUT" | "PATCH" | "DELETE"];
      const signed: Signed | undefined = caller === "anonymous" ? undefined : await sessionOf(caller);
      const { url, body } = await entry.request(target, server);
      const headers: Record<string, string> = {};
      if (signed) Object.assign(headers, { cookie: signed.cookie, "x-csrf-token": signed.csrfToken });
      if (body) headers["content-type"] = "application/json";
      const response = await server.app.inject({ method, url, headers, payload: body ? JSON.stringify(body) : undefined });
      const status = response.statusCode;
      const expected = entry.expect[caller][target];
      if (expected === "deny") expect([401, 403, 404], `${route} ${caller} ${target}: ${status}`).toContain(status);
      else if (entry.allowStatuses) expect(entry.allowStatuses, `${route} ${caller} ${target}: ${status} ${response.body}`).toContain(status);
      else expect(status >= 200 && status < 300, `${route} ${caller} ${target}: ${status} ${response.body}`).toBe(true);
      if (caller === "anonymous" && expected === "deny") expect(status).toBe(401);
      await dropIfEnded(caller);
    },
  );
});
