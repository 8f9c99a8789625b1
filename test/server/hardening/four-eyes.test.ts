// Four eyes by construction: an approver is never the submitter nor an account the submitter made or holds the
// password of; administrators manage only accounts below their level; every refusal is in the audit log.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDefaultMethodology } from "../../../src/cli/methodology-files.js";
import { adminClient, type AdminClient } from "../../support/admin-api.js";
import { startAuthServer } from "../../support/auth-server.js";
import { backends } from "../../support/databases.js";
import type { SurveyServer } from "../../support/survey-server.js";
import { answersFor, callerOf, type Caller } from "../objective/objective-support.js";

const m = loadDefaultMethodology();
const period = "2025-Q2";

describe.each(backends)("four eyes on %s", (backend) => {
  let server: SurveyServer;
  let radmin: Caller, fadmin: Caller;
  let radminAdmin: AdminClient;
  beforeAll(async () => {
    server = await startAuthServer(backend);
    [radmin, fadmin] = await Promise.all([callerOf(server.app, "radmin"), callerOf(server.app, "fadmin")]);
    radminAdmin = await adminClient(server, "radmin");
  });
  afterAll(async () => server?.close());

  /** Signs `login` in with `password`: a JSON sender with its cookie and CSRF token. */
  const signedIn = async (login: string, password: string) => {
    const response = await server.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ login, password }),
    });
    expect(response.statusCode, response.body).toBe(200);
    const cookie = String(response.headers["set-cookie"]).split(";")[0]!;
    const headers = { cookie, "x-csrf-token": response.json().csrfToken as string, "content-type": "application/json" };
    return (method: "PUT" | "POST", url: string, body: object = {}) => server.app.inject({ method, url, headers, payload: JSON.stringify(body) });
  };
  const audit = (action: string) => server.database.db.selectFrom("audit_log").selectAll().where("action", "=", action).execute();
  const idOf = async (login: string) => (await server.database.db.selectFrom("users").select("id").where("login", "=", login).executeTakeFirstOrThrow()).id;

  it("a second regional admin created by the submitter cannot approve the submitter's data (the attack of issue 14)", async () => {
    const saved = await radmin.send("PUT", "/api/objective/entries", {
      kind: "checklist",
      unit: "32",
      period,
      checklist: "site",
      answers: answersFor(m, "site"),
      submit: true,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const id = saved.json().id as string;
    const created = await radminAdmin.post("/api/users", {
      login: "deputy32",
      displayName: "Заместитель",
      role: "regional_admin",
      scopeUnitId: "32",
      password: "deputy-secret-77",
    });
    expect(created.statusCode, created.body).toBe(201);
    const deputy = await signedIn("deputy32", "deputy-secret-77");
    const approve = await deputy("POST", `/api/objective/entries/${id}/approve`);
    expect(approve.statusCode).toBe(403);
    expect(approve.json().error.message).toContain("создал вашу учётную запись");
    // Changing its own password does not wash the link away: the creator made the account.
    const own = await deputy("POST", "/api/auth/password", { currentPassword: "deputy-secret-77", newPassword: "another-secret-88" });
    expect(own.statusCode, own.body).toBe(200);
    expect((await deputy("POST", `/api/objective/entries/${id}/approve`)).statusCode).toBe(403);
    const refused = await audit("objective.approve_refused");
    expect(refused.some((r) => r.entity_id === id && JSON.stringify(r.after).includes("approver_created_by_submitter"))).toBe(true);
    const entry = await server.database.db.selectFrom("objective_entries").select("status").where("id", "=", id).executeTakeFirstOrThrow();
    expect(entry.status).toBe("submitted");
    // The submitter itself: refused and audited too; a federal admin approves.
    expect((await radmin.send("POST", `/api/objective/entries/${id}/approve`)).statusCode).toBe(403);
    expect((await audit("objective.approve_refused")).some((r) => JSON.stringify(r.after).includes("same_account"))).toBe(true);
    expect((await fadmin.send("POST", `/api/objective/entries/${id}/approve`)).json()).toMatchObject({ status: "approved" });
  });

  it("a regional admin never resets or edits a peer regional admin, and the attempts are audited", async () => {
    const deputyId = await idOf("deputy32");
    const reset = await radminAdmin.post(`/api/users/${deputyId}/password`, { password: "taken-over-999" });
    expect(reset.statusCode).toBe(403);
    expect(reset.json().error.message).toContain("вышестоящий администратор");
    const blocked = await radminAdmin.patch(`/api/users/${deputyId}`, { disabled: true });
    expect(blocked.statusCode).toBe(403);
    const refusals = await audit("user.refused");
    expect(
      refusals
        .filter((r) => r.entity_id === deputyId)
        .map((r) => (r.after as { attempt: string }).attempt)
        .sort(),
    ).toEqual(["password_reset", "update"]);
    const deputy = await server.database.db.selectFrom("users").select(["disabled", "password_set_by"]).where("id", "=", deputyId).executeTakeFirstOrThrow();
    expect(deputy).toEqual({ disabled: false, password_set_by: deputyId });
    // The federal admin manages regional admins, but not a fellow federal admin's account.
    const fadminAdmin = await adminClient(server, "fadmin");
    expect((await fadminAdmin.patch(`/api/users/${deputyId}`, { displayName: "Заместитель 2" })).statusCode).toBe(200);
    const other = await fadminAdmin.post("/api/users", {
      login: "fadmin2",
      displayName: "Второй",
      role: "federal_admin",
      scopeUnitId: null,
      password: "second-admin-55",
    });
    expect(other.statusCode).toBe(201);
    expect((await fadminAdmin.post(`/api/users/${other.json().user.id}/password`, { password: "taken-over-999" })).statusCode).toBe(403);
  });

  it("an approver may not approve what an account whose password it set has submitted, until that account changes it", async () => {
    const made = await radminAdmin.post("/api/users", {
      login: "manager.b",
      displayName: "Руководитель Б",
      role: "unit_manager",
      scopeUnitId: "32-01",
      password: "radmin-knows-it-1",
    });
    expect(made.statusCode).toBe(201);
    const asManager = await signedIn("manager.b", "radmin-knows-it-1");
    const saved = await asManager("PUT", "/api/objective/entries", {
      kind: "checklist",
      unit: "32-01",
      period,
      checklist: "comfort",
      answers: answersFor(m, "comfort"),
      submit: true,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const id = saved.json().id as string;
    const refused = await radmin.send("POST", `/api/objective/entries/${id}/approve`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toContain("пароль которой задали вы");
    expect((await asManager("POST", "/api/auth/password", { currentPassword: "radmin-knows-it-1", newPassword: "only-i-know-it-2" })).statusCode).toBe(200);
    expect((await radmin.send("POST", `/api/objective/entries/${id}/approve`)).json()).toMatchObject({ status: "approved" });
  });
});
