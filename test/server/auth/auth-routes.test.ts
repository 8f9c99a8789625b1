// Sign-in, lock-out, cookie flags, sign-out, me, CSRF and password change over each backend.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "../../support/databases.js";
import { postLogin, signIn, startAuthServer, testPassword } from "../../support/auth-server.js";
import type { SurveyServer } from "../../support/survey-server.js";

describe.each(backends)("/api/auth on %s", (backend) => {
  let server: SurveyServer;
  beforeAll(async () => {
    server = await startAuthServer(backend);
  });
  afterAll(async () => server?.close());
  const app = () => server.app;
  const db = () => server.database.db;

  it("signs in with an httpOnly SameSite=Strict cookie and returns the user and a CSRF token", async () => {
    const response = await postLogin(app(), "RAdmin", testPassword);
    expect(response.statusCode).toBe(200);
    const cookie = String(response.headers["set-cookie"]);
    expect(cookie).toMatch(/^zvezda_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
    const body = response.json();
    expect(body.user).toEqual({
      login: "radmin",
      displayName: "Тест radmin",
      role: "regional_admin",
      scope: { id: "32", name: "Брянская область", kind: "region" },
    });
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const token = cookie.split(";")[0]!.split("=")[1]!;
    const rows = await db().selectFrom("sessions").select("id").execute();
    expect(rows.some((r) => r.id === token)).toBe(false);
    const audit = await db().selectFrom("audit_log").select(["action", "after"]).where("action", "=", "auth.login").execute();
    expect(JSON.stringify(audit)).not.toContain(testPassword);
  });

  it("answers 401 with the same text for a wrong password and an unknown login", async () => {
    const wrong = await postLogin(app(), "fanalyst", "wrong-password");
    const unknown = await postLogin(app(), "nobody", "wrong-password");
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.message).toBe("Неверный логин или пароль");
    expect(unknown.json().error.message).toBe(wrong.json().error.message);
  });

  it("refuses non-JSON and malformed bodies with 400", async () => {
    const form = await app().inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "text/plain" },
      payload: '{"login":"fadmin","password":"x"}',
    });
    expect(form.statusCode).toBe(400);
    const missing = await app().inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "application/json" },
      payload: '{"login":"fadmin"}',
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message).toMatch(/логин и пароль/);
  });

  it("locks the account after 5 failures with 429, then lets it in once the lock has passed", async () => {
    for (let i = 0; i < 4; i++) expect((await postLogin(app(), "radmin25", "bad-password")).statusCode).toBe(401);
    const fifth = await postLogin(app(), "radmin25", "bad-password");
    expect(fifth.statusCode).toBe(429);
    expect(fifth.json().error.message).toMatch(/через 15 мин/);
    expect((await postLogin(app(), "radmin25", testPassword)).statusCode).toBe(429);
    const actions = await db().selectFrom("audit_log").select("action").where("action", "=", "auth.lockout").execute();
    expect(actions).toHaveLength(1);
    await db()
      .updateTable("login_failures")
      .set({ locked_until: new Date(Date.now() - 1000) })
      .execute();
    expect((await postLogin(app(), "radmin25", testPassword)).statusCode).toBe(200);
    const radmin25 = await db().selectFrom("users").select("id").where("login", "=", "radmin25").executeTakeFirstOrThrow();
    expect(await db().selectFrom("login_failures").selectAll().where("user_id", "=", radmin25.id).execute()).toEqual([]);
  });

  it("answers /me with the user and a CSRF token, and 401 without a session", async () => {
    const signed = await signIn(app(), "umanager");
    const me = await app().inject({ method: "GET", url: "/api/auth/me", headers: { cookie: signed.cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.scope).toEqual({ id: "32-01", name: "ЦЗН Брянского района", kind: "territorial" });
    expect(me.json().csrfToken).toBe(signed.csrfToken);
    expect((await app().inject({ method: "GET", url: "/api/auth/me" })).statusCode).toBe(401);
  });

  it("requires the CSRF token on state-changing requests and signs out", async () => {
    const signed = await signIn(app(), "fanalyst");
    const without = await app().inject({ method: "POST", url: "/api/auth/logout", headers: { cookie: signed.cookie } });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.message).toBe("Недействительный CSRF-токен");
    const forged = await app().inject({ method: "POST", url: "/api/auth/logout", headers: { cookie: signed.cookie, "x-csrf-token": "x".repeat(43) } });
    expect(forged.statusCode).toBe(403);
    const out = await app().inject({ method: "POST", url: "/api/auth/logout", headers: { cookie: signed.cookie, "x-csrf-token": signed.csrfToken } });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers["set-cookie"])).toContain("Max-Age=0");
    expect((await app().inject({ method: "GET", url: "/api/auth/me", headers: { cookie: signed.cookie } })).statusCode).toBe(401);
    expect((await app().inject({ method: "POST", url: "/api/auth/logout" })).statusCode).toBe(401);
  });

  it("changes the password, revoking the other sessions but not this one", async () => {
    const first = await signIn(app(), "fadmin");
    const second = await signIn(app(), "fadmin");
    const post = (payload: object) =>
      app().inject({
        method: "POST",
        url: "/api/auth/password",
        headers: { cookie: first.cookie, "x-csrf-token": first.csrfToken, "content-type": "application/json" },
        payload: JSON.stringify(payload),
      });
    expect((await post({ currentPassword: "not-the-password", newPassword: "a-new-password-1" })).statusCode).toBe(400);
    expect((await post({ currentPassword: testPassword, newPassword: "short" })).statusCode).toBe(400);
    const changed = await post({ currentPassword: testPassword, newPassword: "a-new-password-1" });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().revokedSessions).toBe(1);
    expect((await app().inject({ method: "GET", url: "/api/auth/me", headers: { cookie: second.cookie } })).statusCode).toBe(401);
    expect((await app().inject({ method: "GET", url: "/api/auth/me", headers: { cookie: first.cookie } })).statusCode).toBe(200);
    expect((await postLogin(app(), "fadmin", testPassword)).statusCode).toBe(401);
    expect((await postLogin(app(), "fadmin", "a-new-password-1")).statusCode).toBe(200);
  });

  it("ends a session that has expired or whose user is disabled", async () => {
    const signed = await signIn(app(), "radmin");
    await db()
      .updateTable("sessions")
      .set({ expires_at: new Date(Date.now() - 1000) })
      .execute();
    expect((await app().inject({ method: "GET", url: "/api/auth/me", headers: { cookie: signed.cookie } })).statusCode).toBe(401);
    const again = await signIn(app(), "radmin");
    await db().updateTable("users").set({ disabled: true }).where("login", "=", "radmin").execute();
    expect((await app().inject({ method: "GET", url: "/api/auth/me", headers: { cookie: again.cookie } })).statusCode).toBe(401);
    expect((await postLogin(app(), "radmin", testPassword)).statusCode).toBe(401);
    await db().updateTable("users").set({ disabled: false }).where("login", "=", "radmin").execute();
  });
});

describe("/api/auth/login rate limit", () => {
  it("refuses further attempts from one address with 429", async () => {
    const server = await startAuthServer("pglite", { loginRateLimit: { max: 2, timeWindowMs: 60_000 } });
    try {
      expect((await postLogin(server.app, "nobody", "whatever-password")).statusCode).toBe(401);
      expect((await postLogin(server.app, "fadmin", testPassword)).statusCode).toBe(200);
      const third = await postLogin(server.app, "fadmin", testPassword);
      expect(third.statusCode).toBe(429);
      expect(third.json().error.message).toMatch(/попыток входа/);
    } finally {
      await server.close();
    }
  });
});
