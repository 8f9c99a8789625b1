// GET /api/audit filters: by action, by the actor's login, by date range (inclusive days), combined with the scope.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminClient, type AdminClient } from "../../support/admin-api.js";
import { startAuthServer } from "../../support/auth-server.js";
import { backends } from "../../support/databases.js";
import type { SurveyServer } from "../../support/survey-server.js";

interface Entry {
  action: string;
  actorLogin: string | null;
  at: string;
  entityId: string | null;
}

describe.each(backends)("audit trail filters on %s", (backend) => {
  let server: SurveyServer;
  let fadmin: AdminClient;
  let radmin: AdminClient;

  beforeAll(async () => {
    server = await startAuthServer(backend);
    fadmin = await adminClient(server, "fadmin");
    radmin = await adminClient(server, "radmin");
    expect((await fadmin.post("/api/units", { id: "32-09", kind: "territorial", name: "ЦЗН Девятый", parentId: "32" })).statusCode).toBe(201);
    expect((await radmin.patch("/api/units/32-01", { name: "ЦЗН Переименованный" })).statusCode).toBe(200);
  });
  afterAll(async () => server?.close());

  const entries = async (client: AdminClient, url: string): Promise<Entry[]> => {
    const response = await client.get(url);
    expect(response.statusCode, response.body).toBe(200);
    return response.json().entries;
  };

  it("keeps only the asked action, actor and days", async () => {
    const updates = await entries(fadmin, "/api/audit?action=unit.update&limit=200");
    expect(updates.length).toBe(1);
    expect(updates[0]).toMatchObject({ action: "unit.update", actorLogin: "radmin", entityId: "32-01" });
    const byFadmin = await entries(fadmin, "/api/audit?actor=fadmin&limit=200");
    expect(byFadmin.length).toBeGreaterThan(0);
    expect(byFadmin.every((e) => e.actorLogin === "fadmin")).toBe(true);
    expect(byFadmin.some((e) => e.action === "unit.create")).toBe(true);
    const today = new Date().toISOString().slice(0, 10);
    expect((await entries(fadmin, `/api/audit?from=${today}&to=${today}&action=unit.create`)).map((e) => e.entityId)).toEqual(["32-09"]);
    expect(await entries(fadmin, "/api/audit?to=2020-01-01")).toEqual([]);
    expect(await entries(fadmin, "/api/audit?from=2999-01-01")).toEqual([]);
    // The scope still applies: a regional admin filtering by the federal admin sees only its subtree's entries.
    expect((await entries(radmin, "/api/audit?actor=fadmin&limit=200")).map((e) => e.entityId)).toEqual(["32-09"]);
    const bad = await fadmin.get("/api/audit?from=вчера");
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain("from");
    expect((await fadmin.get("/api/audit?action=DROP TABLE")).statusCode).toBe(400);
  });
});
