// Every /api route × every role × in-scope / out-of-scope target: the expected answer class. A route without an entry fails.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn, startAuthServer, type Signed, type TestLogin } from "../../support/auth-server.js";
import { backends } from "../../support/databases.js";
import type { SurveyServer } from "../../support/survey-server.js";

type Outcome = "allow" | "deny";
type Caller = "anonymous" | "fadmin" | "fanalyst" | "radmin" | "umanager";
type Target = "in" | "out";

interface RouteEntry {
  /** Public routes answer without a session (checked once, anonymously). */
  public?: true;
  /** The request for a target: in scope of every scoped role (32-01) or outside theirs (region 25). */
  request: (target: Target) => { url: string; body?: object };
  expect: Record<Caller, Record<Target, Outcome>>;
}

const everyone = (outcome: Outcome): Record<Target, Outcome> => ({ in: outcome, out: outcome });
const unitOf = (target: Target) => (target === "in" ? "32-01" : "25");

/** The matrix: "METHOD /url" as Fastify registers it → entry. */
const matrix: Record<string, RouteEntry> = {
  "GET /api/health": { public: true, request: () => ({ url: "/api/health" }), expect: { anonymous: everyone("allow"), fadmin: everyone("allow"), fanalyst: everyone("allow"), radmin: everyone("allow"), umanager: everyone("allow") } },
  "POST /api/auth/login": { public: true, request: () => ({ url: "/api/auth/login", body: { login: "fadmin", password: "correct-horse-42" } }), expect: { anonymous: everyone("allow"), fadmin: everyone("allow"), fanalyst: everyone("allow"), radmin: everyone("allow"), umanager: everyone("allow") } },
  "GET /api/auth/me": { request: () => ({ url: "/api/auth/me" }), expect: { anonymous: everyone("deny"), fadmin: everyone("allow"), fanalyst: everyone("allow"), radmin: everyone("allow"), umanager: everyone("allow") } },
  // Wrong current password on purpose: reaching the handler (400) proves access; the session survives.
  "POST /api/auth/password": { request: () => ({ url: "/api/auth/password", body: { currentPassword: "x", newPassword: "y" } }), expect: { anonymous: everyone("deny"), fadmin: everyone("allow"), fanalyst: everyone("allow"), radmin: everyone("allow"), umanager: everyone("allow") } },
  "POST /api/auth/logout": { request: () => ({ url: "/api/auth/logout" }), expect: { anonymous: everyone("deny"), fadmin: everyone("allow"), fanalyst: everyone("allow"), radmin: everyone("allow"), umanager: everyone("allow") } },
  "GET /api/units/:id": {
    request: (target) => ({ url: `/api/units/${unitOf(target)}` }),
    expect: { anonymous: everyone("deny"), fadmin: everyone("allow"), fanalyst: everyone("allow"), radmin: { in: "allow", out: "deny" }, umanager: { in: "allow", out: "deny" } },
  },
  "GET /api/users": {
    request: (target) => ({ url: `/api/users?unit=${unitOf(target)}` }),
    expect: { anonymous: everyone("deny"), fadmin: everyone("allow"), fanalyst: everyone("deny"), radmin: { in: "allow", out: "deny" }, umanager: everyone("deny") },
  },
  "GET /api/results": {
    request: (target) => ({ url: `/api/results?period=2025-Q2&unit=${unitOf(target)}` }),
    expect: { anonymous: everyone("deny"), fadmin: everyone("allow"), fanalyst: everyone("allow"), radmin: { in: "allow", out: "deny" }, umanager: { in: "allow", out: "deny" } },
  },
};

/** method + url of every route under /api, from Fastify's own route tree (HEAD twins left out). */
function registeredApiRoutes(app: FastifyInstance): string[] {
  const routes: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split("\n")) {
    const match = /(api\/\S*) \(([^)]+)\)/.exec(line);
    if (!match) continue;
    for (const method of match[2]!.split(",").map((m) => m.trim())) if (method !== "HEAD") routes.push(`${method} /${match[1]}`);
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

  const cases = Object.entries(matrix).flatMap(([route, entry]) =>
    callers.flatMap((caller) => (["in", "out"] as const).map((target) => ({ route, entry, caller, target }))),
  );

  it.each(cases.map((c) => [c.route, c.caller, c.target, c] as const))("%s as %s, %s of scope", async (_route, _caller, _target, { route, entry, caller, target }) => {
    const [method] = route.split(" ") as ["GET" | "POST"];
    const signed: Signed | undefined = caller === "anonymous" ? undefined : await signIn(server.app, caller as TestLogin);
    const { url, body } = entry.request(target);
    const headers: Record<string, string> = {};
    if (signed) Object.assign(headers, { cookie: signed.cookie, "x-csrf-token": signed.csrfToken });
    if (body) headers["content-type"] = "application/json";
    const response = await server.app.inject({ method, url, headers, payload: body ? JSON.stringify(body) : undefined });
    const status = response.statusCode;
    const expected = entry.expect[caller][target];
    if (expected === "deny") expect([401, 403, 404], `${route} ${caller} ${target}: ${status}`).toContain(status);
    else if (route === "POST /api/auth/password") expect(status, response.body).toBe(400);
    else expect(status >= 200 && status < 300, `${route} ${caller} ${target}: ${status} ${response.body}`).toBe(true);
    if (caller === "anonymous" && expected === "deny") expect(status).toBe(401);
  });
});
