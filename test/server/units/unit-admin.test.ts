// Org-structure administration: the tree in scope, creating, editing, closing and reopening units, with the audit trail.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminClient, type AdminClient } from "../../support/admin-api.js";
import { startAuthServer } from "../../support/auth-server.js";
import { backends } from "../../support/databases.js";
import type { SurveyServer } from "../../support/survey-server.js";

describe.each(backends)("org structure administration on %s", (backend) => {
  let server: SurveyServer;
  let fadmin: AdminClient;
  let radmin: AdminClient;
  let umanager: AdminClient;
  const ids = (response: { json(): { units: { id: string }[] } }) => response.json().units.map((u) => u.id);
  const survey = (unit: string) => server.app.inject({ method: "GET", url: `/s/${unit}` });

  beforeAll(async () => {
    server = await startAuthServer(backend);
    [fadmin, radmin, umanager] = [await adminClient(server, "fadmin"), await adminClient(server, "radmin"), await adminClient(server, "umanager")];
  });
  afterAll(async () => server?.close());

  it("shows each role the tree of its scope", async () => {
    expect(ids(await radmin.get("/api/units"))).toEqual(["32", "32-01", "32-02", "32-03"]);
    expect(ids(await umanager.get("/api/units"))).toEqual(["32-01"]);
    const all = (await fadmin.get("/api/units")).json().units;
    expect(all.filter((u: { kind: string }) => u.kind === "region")).toHaveLength(89);
    expect(all.find((u: { id: string }) => u.id === "32")).toMatchObject({
      kind: "region",
      parentId: null,
      network: "decentralized",
      timezone: "Europe/Moscow",
      hours: null,
      closedAt: null,
    });
    expect((await radmin.get("/api/units?unit=25")).statusCode).toBe(404);
  });

  it("creates centres only inside the caller's scope, with valid codes and places", async () => {
    const created = await radmin.post("/api/units", {
      id: "32-10",
      kind: "territorial",
      name: "ЦЗН г. Новозыбков",
      parentId: "32",
      hours: { mon: "08:00-17:00", tue: "08:00-17:00" },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().unit).toMatchObject({ id: "32-10", parentId: "32", hours: { mon: "08:00-17:00", tue: "08:00-17:00", wed: null, sun: null } });
    expect((await radmin.post("/api/units", { id: "25-10", kind: "territorial", name: "Чужой", parentId: "25" })).statusCode).toBe(404);
    const managing = await radmin.post("/api/units", { id: "32-M", kind: "managing", name: "Управляющий", parentId: "32" });
    expect(managing.statusCode).toBe(400);
    expect(managing.json().error.message).toContain("централизованной");
    expect((await radmin.post("/api/units", { id: "bad code", kind: "territorial", name: "x", parentId: "32" })).statusCode).toBe(400);
    const taken = await radmin.post("/api/units", { id: "32-01", kind: "territorial", name: "x", parentId: "32" });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe("unit_code_taken");
    expect((await radmin.post("/api/units", { id: "32-11", kind: "territorial", name: "x", parentId: "32-01" })).statusCode).toBe(400);
    expect((await umanager.post("/api/units", { id: "32-12", kind: "territorial", name: "x", parentId: "32-01" })).statusCode).toBe(403);
    const audit = (await radmin.get("/api/audit?entity=unit&entityId=32-10")).json().entries;
    expect(audit[0]).toMatchObject({ action: "unit.create", actorLogin: "radmin", before: null, after: { name: "ЦЗН г. Новозыбков", parentId: "32" } });
  });

  it("validates opening hours like the dataset reader", async () => {
    const bad = await radmin.patch("/api/units/32-01", { hours: { mon: "9-18" } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain("ЧЧ:ММ-ЧЧ:ММ");
    expect((await radmin.patch("/api/units/32-01", { hours: { monday: "09:00-18:00" } })).statusCode).toBe(400);
    const good = await radmin.patch("/api/units/32-01", {
      hours: { mon: "09:00-18:00", tue: "09:00-18:00", wed: "09:00-18:00", thu: "09:00-18:00", fri: "09:00-16:45", sat: null, sun: null },
    });
    expect(good.statusCode, good.body).toBe(200);
    expect(good.json().unit.hours.fri).toBe("09:00-16:45");
    const audit = (await radmin.get("/api/audit?entity=unit&entityId=32-01")).json().entries;
    expect(audit[0]).toMatchObject({ action: "unit.update", before: { hours: null }, after: { hours: { fri: "09:00-16:45" } } });
  });

  it("leaves a region's network type and time zone to the federal admin", async () => {
    expect((await radmin.patch("/api/units/32", { network: "centralized" })).statusCode).toBe(403);
    expect((await fadmin.patch("/api/units/32-01", { network: "centralized" })).statusCode).toBe(400);
    expect((await fadmin.patch("/api/units/32", { timezone: "Mars/Olympus" })).statusCode).toBe(400);
    const changed = await fadmin.patch("/api/units/32", { network: "centralized", timezone: "Europe/Samara" });
    expect(changed.statusCode, changed.body).toBe(200);
    const audit = (await fadmin.get("/api/audit?entity=unit&entityId=32")).json().entries;
    expect(audit[0]).toMatchObject({
      before: { network: "decentralized", timezone: "Europe/Moscow" },
      after: { network: "centralized", timezone: "Europe/Samara" },
    });
  });

  it("moves units within scope and refuses a cycle", async () => {
    expect((await radmin.post("/api/units", { id: "32-M", kind: "managing", name: "ГКУ ЦЗН", parentId: "32" })).statusCode).toBe(201);
    const moved = await radmin.patch("/api/units/32-03", { parentId: "32-M" });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().unit.parentId).toBe("32-M");
    const cycle = await radmin.patch("/api/units/32-M", { parentId: "32-03" });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().error.message).toContain("цикл");
    expect((await radmin.patch("/api/units/32-03", { parentId: "25" })).statusCode).toBe(404);
    expect((await fadmin.patch("/api/units/32", { network: "decentralized" })).statusCode).toBe(400);
  });

  it("closing a unit stops its survey at once; reopening brings it back", async () => {
    expect((await survey("32-10")).statusCode).toBe(200);
    const closed = await radmin.post("/api/units/32-10/close");
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().unit.closedAt).not.toBeNull();
    expect((await survey("32-10")).statusCode).toBe(404);
    expect((await radmin.post("/api/units/32-10/close")).statusCode).toBe(409);
    expect((await radmin.post("/api/units/32-M/close")).statusCode).toBe(409);
    expect((await radmin.post("/api/units/32/close")).statusCode).toBe(403);
    const reopened = await radmin.post("/api/units/32-10/reopen");
    expect(reopened.statusCode).toBe(200);
    expect((await survey("32-10")).statusCode).toBe(200);
    const actions = (await radmin.get("/api/audit?entity=unit&entityId=32-10")).json().entries.map((e: { action: string }) => e.action);
    expect(actions).toEqual(["unit.reopen", "unit.close", "unit.create"]);
  });
});
