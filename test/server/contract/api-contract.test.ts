// The API contract at work: declared response schemas strip and check what a route answers, the OpenAPI page shows them,
// and every error code maps to one HTTP status and one CLI exit code.
import Fastify from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorKinds, type ErrorCode } from "../../../src/contract/errors.js";
import { userListSchema } from "../../../src/contract/users.js";
import { exitCodeOf } from "../../../src/cli/exit-codes.js";
import { httpStatusOf } from "../../../src/server/errors/http-status.js";
import { adminClient, type AdminClient } from "../../support/admin-api.js";
import { startAuthServer } from "../../support/auth-server.js";
import { backends } from "../../support/databases.js";
import type { SurveyServer } from "../../support/survey-server.js";

/** Routes whose answer is a file, not JSON: nothing for a response schema to describe. */
const filesAndRedirects: readonly string[] = [
  // Spreadsheets and CSV files of the exports and templates.
  "GET /api/exports/codebook.csv",
  "GET /api/exports/rating.xlsx",
  "GET /api/exports/responses.csv",
  "GET /api/exports/responses.xlsx",
  "GET /api/exports/unit/{id}/passport.xlsx",
  "GET /api/loop/measures/plan.xlsx",
  "GET /api/objective/template.xlsx",
  "GET /api/units/import-template.xlsx",
  "GET /api/voice/feedback/template.xlsx",
  "GET /api/voice/texts/export.csv",
  "GET /api/voice/texts/export.xlsx",
  // Stored evidence: images and PDFs as they were uploaded.
  "GET /api/loop/measures/files/{id}",
  "GET /api/objective/photos/{id}",
];

const listing = {
  id: "u1",
  login: "anna",
  displayName: "Анна",
  role: "unit_manager",
  scopeUnitId: "32-01",
  scopeUnitName: "ЦЗН",
  disabled: false,
  lockedUntil: null,
  lastLoginAt: "2026-03-01T09:00:00.000Z",
};

describe("error codes", () => {
  it("map each kind to one HTTP status and one exit code", () => {
    const codes = Object.keys(errorKinds) as ErrorCode[];
    for (const code of codes) {
      expect(httpStatusOf(code), code).toBeGreaterThanOrEqual(400);
      expect([1, 2], code).toContain(exitCodeOf(code));
    }
    expect(codes.filter((c) => errorKinds[c] === "conflict").map(httpStatusOf)).toEqual(codes.filter((c) => errorKinds[c] === "conflict").map(() => 409));
    expect([httpStatusOf("login_taken"), httpStatusOf("import_rejected"), httpStatusOf("validation_failed"), httpStatusOf("service_unavailable")]).toEqual([
      409, 422, 400, 503,
    ]);
    expect([exitCodeOf("import_rejected"), exitCodeOf("not_found"), exitCodeOf("migration_failed"), exitCodeOf("internal")]).toEqual([2, 2, 1, 1]);
  });
});

describe("a declared response schema", () => {
  const app = Fastify({ logger: false });
  beforeAll(async () => {
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    app.get("/extra", { schema: { response: { 200: userListSchema } } }, async () => ({ users: [{ ...listing, passwordHash: "secret" }], debug: true }));
    app.get("/date", { schema: { response: { 200: userListSchema } } }, async () => ({ users: [{ ...listing, lockedUntil: new Date() }] }));
    await app.ready();
  });
  afterAll(() => app.close());

  it("strips the fields the contract does not name", async () => {
    const response = await app.inject({ url: "/extra" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ users: [listing] });
  });

  it("refuses to answer with a value of the wrong type (a Date where the contract says ISO string)", async () => {
    expect((await app.inject({ url: "/date" })).statusCode).toBe(500);
  });
});

describe.each(backends)("the contract on the real server (%s)", (backend) => {
  let server: SurveyServer;
  let fadmin: AdminClient;
  beforeAll(async () => {
    server = await startAuthServer(backend);
    fadmin = await adminClient(server, "fadmin");
  });
  afterAll(async () => server?.close());

  it("answers account listings with instants as ISO strings and nothing beyond the contract", async () => {
    const users = (await fadmin.get("/api/users")).json().users as Record<string, unknown>[];
    const signedIn = users.find((u) => u.login === "fadmin")!;
    expect(Object.keys(signedIn).sort()).toEqual(Object.keys(listing).sort());
    expect(typeof signedIn.lastLoginAt).toBe("string");
    expect(new Date(signedIn.lastLoginAt as string).toISOString()).toBe(signedIn.lastLoginAt);
    expect(userListSchema.safeParse({ users }).success).toBe(true);
  });

  it("shows the response schemas on the OpenAPI page", async () => {
    expect((await server.app.inject({ url: "/api/docs/json" })).statusCode).toBe(401);
    const doc = (await fadmin.get("/api/docs/json")).json() as { paths: Record<string, Record<string, { responses?: Record<string, { content?: unknown }> }>> };
    const usersGet = doc.paths["/api/users"]?.get;
    expect(usersGet?.responses?.["200"]?.content).toBeDefined();
    expect(JSON.stringify(usersGet?.responses?.["200"])).toContain("lockedUntil");
    expect(doc.paths["/api/units/{id}/kiosks"]?.get?.responses?.["200"]?.content).toBeDefined();
    for (const [path, method] of [
      ["/api/results", "get"],
      ["/api/dashboard/rating", "get"],
      ["/api/dashboard/unit/{id}", "get"],
      ["/api/loop/measures", "get"],
      ["/api/loop/measures/{id}/effect", "get"],
      ["/api/voice/texts", "get"],
      ["/api/voice/summary", "get"],
    ] as const) {
      expect(doc.paths[path]?.[method]?.responses?.["200"]?.content, `${method} ${path}`).toBeDefined();
    }
    expect(JSON.stringify(doc.paths["/api/dashboard/rating"]?.get?.responses?.["200"])).toContain("rankInList");
  });

  it("describes the answer of every JSON route under /api (files, redirects and empty answers aside)", async () => {
    const doc = (await fadmin.get("/api/docs/json")).json() as { paths: Record<string, Record<string, { responses?: Record<string, { content?: unknown }> }>> };
    const undescribed: string[] = [];
    for (const [path, operations] of Object.entries(doc.paths)) {
      if (!path.startsWith("/api/")) continue;
      for (const [method, operation] of Object.entries(operations)) {
        const success = Object.entries(operation.responses ?? {}).filter(([code]) => code.startsWith("2"));
        if (success.some(([code]) => code === "204") || success.some(([, answer]) => answer.content !== undefined)) continue;
        undescribed.push(`${method.toUpperCase()} ${path}`);
      }
    }
    expect(undescribed.sort()).toEqual([...filesAndRedirects].sort());
  });
});
