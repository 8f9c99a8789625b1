// Account administration: who may create and change which accounts, the password policy, session revocation, the audit trail.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminClient, type AdminClient } from "../../support/admin-api.js";
import { startAuthServer, testPassword } from "../../support/auth-server.js";
import { backends } from "../../support/databases.js";
import type { SurveyServer } from "../../support/survey-server.js";

describe.each(backends)("user administration on %s", (backend) => {
  let server: SurveyServer;
  let fadmin: AdminClient;
  let radmin: AdminClient;
  const idOf = async (login: string) => (await server.database.db.selectFrom("users").select("id").where("login", "=", login).executeTakeFirstOrThrow()).id;
  const newUser = (login: string, role: string, scopeUnitId: string | null) => ({
    login,
    displayName: `Имя ${login}`,
    role,
    scopeUnitId,
    password: "long-enough-pass-1",
  });

  beforeAll(async () => {
    server = await startAuthServer(backend);
    fadmin = await adminClient(server, "fadmin");
    radmin = await adminClient(server, "radmin");
  });
  afterAll(async () => server?.close());

  it("lets a federal admin create an account and records it in the audit trail", async () => {
    const response = await fadmin.post("/api/users", newUser("Manager.One", "unit_manager", "32-03"));
    expect(response.statusCode, response.body).toBe(201);
    const user = response.json().user;
    expect(user).toMatchObject({ login: "manager.one", role: "unit_manager", scopeUnitId: "32-03", disabled: false });
    const audit = (await fadmin.get(`/api/audit?entity=user&entityId=${user.id}`)).json().entries;
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "user.create", actorLogin: "fadmin", unitId: "32-03", before: null });
    expect(audit[0].after).toMatchObject({ login: "manager.one", role: "unit_manager", scopeUnitId: "32-03" });
    expect(JSON.stringify(audit[0])).not.toContain("long-enough-pass-1");
  });

  it("keeps a regional admin inside its region and away from federal roles", async () => {
    const other = await radmin.post("/api/users", newUser("intruder", "unit_manager", "25"));
    expect(other.statusCode).toBe(404);
    const federal = await radmin.post("/api/users", newUser("boss", "federal_admin", null));
    expect(federal.statusCode).toBe(403);
    expect(federal.json().error.message).toContain("Федеральные роли");
    const analyst = await radmin.post("/api/users", newUser("analyst", "federal_analyst", null));
    expect(analyst.statusCode).toBe(403);
    const adminOfCentre = await radmin.post("/api/users", newUser("deputy", "regional_admin", "32-01"));
    expect(adminOfCentre.statusCode).toBe(400);
    expect(adminOfCentre.json().error.message).toContain("субъект РФ");
    expect((await radmin.post("/api/users", newUser("deputy", "regional_admin", "32"))).statusCode).toBe(201);
    expect((await radmin.post("/api/users", newUser("manager.two", "unit_manager", "32-01"))).statusCode).toBe(201);
    expect(await server.database.db.selectFrom("users").select("login").where("login", "in", ["intruder", "boss", "analyst"]).execute()).toEqual([]);
  });

  it("applies the password policy and refuses a taken login", async () => {
    const short = await fadmin.post("/api/users", { ...newUser("shorty", "unit_manager", "32-01"), password: "short" });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.message).toContain("не короче 10");
    const sameAsLogin = await fadmin.post("/api/users", { ...newUser("loginlogin", "unit_manager", "32-01"), password: "LoginLogin" });
    expect(sameAsLogin.statusCode).toBe(400);
    const taken = await fadmin.post("/api/users", newUser("UMANAGER", "unit_manager", "32-01"));
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error).toMatchObject({ code: "login_taken", message: "Логин «umanager» уже занят" });
  });

  it("records before and after of a change, and refuses grants beyond the region", async () => {
    const id = await idOf("umanager");
    const renamed = await radmin.patch(`/api/users/${id}`, { displayName: "Руководитель ЦЗН" });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json().user.displayName).toBe("Руководитель ЦЗН");
    const audit = (await radmin.get(`/api/audit?entity=user&entityId=${id}`)).json().entries;
    expect(audit[0]).toMatchObject({
      action: "user.update",
      actorLogin: "radmin",
      before: { displayName: "Тест umanager" },
      after: { displayName: "Руководитель ЦЗН" },
    });
    expect((await radmin.patch(`/api/users/${id}`, { role: "federal_analyst" })).statusCode).toBe(403);
    expect((await radmin.patch(`/api/users/${id}`, { scopeUnitId: "25" })).statusCode).toBe(404);
    expect((await radmin.patch(`/api/users/${await idOf("radmin25")}`, { displayName: "x" })).statusCode).toBe(404);
    expect((await radmin.patch(`/api/users/${await idOf("fadmin")}`, { displayName: "x" })).statusCode).toBe(404);
    expect((await radmin.patch("/api/users/not-a-uuid", { displayName: "x" })).statusCode).toBe(404);
    const moved = await radmin.patch(`/api/users/${id}`, { scopeUnitId: "32-03" });
    expect(moved.json().user.scopeUnitId).toBe("32-03");
  });

  it("lets nobody change their own role or scope or block themselves", async () => {
    const self = await idOf("fadmin");
    expect((await fadmin.patch(`/api/users/${self}`, { role: "federal_analyst" })).statusCode).toBe(403);
    expect((await fadmin.patch(`/api/users/${self}`, { disabled: true })).statusCode).toBe(403);
    const radminSelf = await radmin.patch(`/api/users/${await idOf("radmin")}`, { scopeUnitId: "32-01", role: "unit_manager" });
    expect(radminSelf.statusCode).toBe(403);
    expect((await fadmin.patch(`/api/users/${self}`, { displayName: "Федеральный администратор" })).statusCode).toBe(200);
  });

  it("ends the sessions of a blocked account and of an account whose password is reset", async () => {
    expect((await fadmin.post("/api/users", newUser("victim", "unit_manager", "32-01"))).statusCode).toBe(201);
    const id = await idOf("victim");
    const victim = await adminClient(server, "victim", "long-enough-pass-1");
    expect((await victim.get("/api/auth/me")).statusCode).toBe(200);
    const reset = await radmin.post(`/api/users/${id}/password`, { password: "brand-new-pass-2" });
    expect(reset.statusCode, reset.body).toBe(200);
    expect(reset.json().revokedSessions).toBe(1);
    expect((await victim.get("/api/auth/me")).statusCode).toBe(401);
    const again = await adminClient(server, "victim", "brand-new-pass-2");
    expect((await radmin.post(`/api/users/${id}/password`, { password: "short" })).statusCode).toBe(400);
    const blocked = await radmin.patch(`/api/users/${id}`, { disabled: true });
    expect(blocked.json().user.disabled).toBe(true);
    expect((await again.get("/api/auth/me")).statusCode).toBe(401);
    const actions = (await fadmin.get(`/api/audit?entity=user&entityId=${id}`)).json().entries.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["user.password_reset", "user.update", "user.create"]));
  });

  it("refuses an admin reset of one's own password and any admin action by other roles", async () => {
    expect((await fadmin.post(`/api/users/${await idOf("fadmin")}/password`, { password: "another-pass-123" })).statusCode).toBe(403);
    const manager = await adminClient(server, "manager.two", "long-enough-pass-1");
    expect((await manager.post("/api/users", newUser("x1", "unit_manager", "32-01"))).statusCode).toBe(403);
    const analyst = await adminClient(server, "fanalyst", testPassword);
    expect((await analyst.patch(`/api/users/${await idOf("manager.two")}`, { displayName: "x" })).statusCode).toBe(403);
  });
});
