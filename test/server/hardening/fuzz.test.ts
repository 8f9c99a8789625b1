// Fuzz: random bytes and strings to the survey POST, the sign-in and a sample of JSON routes never answer 5xx.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminClient, type AdminClient } from "../../support/admin-api.js";
import { signIn, startAuthServer, type Signed } from "../../support/auth-server.js";
import { testUnits, type SurveyServer } from "../../support/survey-server.js";

const runs = 200;
const bodies = fc.oneof(
  fc.uint8Array({ maxLength: 400 }).map((bytes) => Buffer.from(bytes)),
  fc.string({ unit: "binary", maxLength: 200 }).map((text) => Buffer.from(text)),
  fc.json().map((text) => Buffer.from(text)),
  fc
    .dictionary(fc.string({ maxLength: 12 }), fc.oneof(fc.string({ unit: "binary" }), fc.integer(), fc.constant(null)))
    .map((o) => Buffer.from(JSON.stringify(o))),
);
const contentTypes = fc.constantFrom(
  "application/json",
  "application/x-www-form-urlencoded",
  "text/plain",
  "multipart/form-data; boundary=x",
  "application/octet-stream",
);

describe("fuzz (no 5xx)", () => {
  let server: SurveyServer;
  let fadmin: AdminClient;
  let signed: Signed;
  beforeAll(async () => {
    server = await startAuthServer("pglite", { loginRateLimit: { max: 100_000, timeWindowMs: 60_000 } });
    fadmin = await adminClient(server, "fadmin");
    signed = await signIn(server.app, "fadmin");
  });
  afterAll(async () => server?.close());

  const check = (status: number, what: string) => expect(status, what).toBeLessThan(500);

  it("the survey POST", { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(bodies, contentTypes, fc.constantFrom(testUnits.open, testUnits.region, "%00", "x"), async (payload, type, unit) => {
        const response = await server.app.inject({ method: "POST", url: `/s/${unit}/seeker`, headers: { "content-type": type }, payload });
        check(response.statusCode, response.body.slice(0, 200));
      }),
      { numRuns: runs },
    );
  });

  it("the sign-in", { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(bodies, contentTypes, async (payload, type) => {
        const response = await server.app.inject({ method: "POST", url: "/api/auth/login", headers: { "content-type": type }, payload });
        check(response.statusCode, response.body.slice(0, 200));
      }),
      { numRuns: runs },
    );
  });

  it("a sample of JSON routes and query strings", { timeout: 120_000 }, async () => {
    const routes = ["/api/users", "/api/units", `/api/units/${testUnits.open}`, "/api/objective/entries", "/api/quality/decisions", "/api/methodologies"];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), bodies, fc.string({ unit: "binary", maxLength: 40 }), async (route, payload, query) => {
        const url = `${route}?unit=${encodeURIComponent(query)}&period=${encodeURIComponent(query)}`;
        const read = await fadmin.get(url);
        check(read.statusCode, `GET ${url}: ${read.body.slice(0, 200)}`);
        const headers = { cookie: signed.cookie, "x-csrf-token": signed.csrfToken, "content-type": "application/json" };
        for (const method of ["POST", "PATCH", "PUT"] as const) {
          const response = await server.app.inject({ method, url: route, headers, payload });
          check(response.statusCode, `${method} ${route}: ${response.body.slice(0, 200)}`);
        }
      }),
      { numRuns: runs },
    );
  });
});
