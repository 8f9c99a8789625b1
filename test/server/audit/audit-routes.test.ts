// GET /api/audit: admins only, a regional admin sees its subtree's entries, newest first, keyset pages.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminClient, type AdminClient } from "../../support/admin-api.js";
import { startAuthServer } from "../../support/auth-server.js";
import { backends } from "../../support/databases.js";
import type { SurveyServer } from "../../support/survey-server.js";

interface Entry {
  id: number;
  action: string;
  entity: string;
  entityId: string;
  unitId: string | null;
  actorLogin: string | null;
}

describe.each(backends)("audit trail API on %s", (backend) => {
  let server: SurveyServer;
  let fadmin: AdminClient;
  let radmin: AdminClient;

  beforeAll(async () => {
    server = await startAuthServer(backend);
    fadmin = await adminClient(server, "fadmin");
    radmin = await adminClient(server, "radmin");
    expect((await fadmin.post("/api/units", { id: "25-01", kind: "territorial", name: "ЦЗН Приморья", parentId: "25" })).statusCode).toBe(201);
    for (const name of ["Первое", "Второе", "Третье", "Четвёртое", "Пятое"]) {
      expect((await radmin.patch("/api/units/32-01", { name: `ЦЗН ${name}` })).statusCode).toBe(200);
    }
  });
  afterAll(async () => server?.close());

  it("shows a regional admin only the entries about its subtree", async () => {
    const entries: Entry[] = (await radmin.get("/api/audit?limit=200")).json().entries;
    expect(entries.length).toBeGreaterThanOrEqual(5);
    expect(entries.every((e) => e.unitId !== null && e.unitId.startsWith("32"))).toBe(true);
    expect(entries.some((e) => e.entityId === "25-01")).toBe(false);
    const federal: Entry[] = (await fadmin.get("/api/audit?limit=200")).json().entries;
    expect(federal.some((e) => e.entityId === "25-01" && e.actorLogin === "fadmin")).toBe(true);
    expect(federal.some((e) => e.action === "auth.login")).toBe(true);
    expect((await radmin.get("/api/audit?unit=25")).statusCode).toBe(404);
    expect((await (await adminClient(server, "fanalyst")).get("/api/audit")).statusCode).toBe(403);
    expect((await (await adminClient(server, "umanager")).get("/api/audit")).statusCode).toBe(403);
  });

  it("pages newest first with a keyset cursor", async () => {
    const first = (await radmin.get("/api/audit?entity=unit&entityId=32-01&limit=2")).json();
    const second = (await radmin.get(`/api/audit?entity=unit&entityId=32-01&limit=2&before=${first.nextBefore}`)).json();
    const third = (await radmin.get(`/api/audit?entity=unit&entityId=32-01&limit=2&before=${second.nextBefore}`)).json();
    const names = [...first.entries, ...second.entries, ...third.entries].map((e: { after: { name: string } }) => e.after.name);
    expect(names).toEqual(["ЦЗН Пятое", "ЦЗН Четвёртое", "ЦЗН Третье", "ЦЗН Второе", "ЦЗН Первое"]);
    const all = [...first.entries, ...second.entries, ...third.entries].map((e: Entry) => e.id);
    expect(all).toEqual([...all].sort((a, b) => b - a));
    expect(third.nextBefore).toBeNull();
    expect(first.entries[0]).toMatchObject({ actorLogin: "radmin", before: { name: "ЦЗН Четвёртое" } });
    expect((await radmin.get("/api/audit?limit=0")).statusCode).toBe(400);
  });
});
