// Kiosks from the admin app: register (URL and QR shown once), list without tokens, revoke; scope and audit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn, startAuthServer, type Signed, type TestLogin } from "../../support/auth-server.js";
import type { SurveyServer } from "../../support/survey-server.js";

describe("kiosk administration API", () => {
  let server: SurveyServer;
  const sessions = new Map<TestLogin, Signed>();
  beforeAll(async () => {
    server = await startAuthServer("pglite", { loginRateLimit: { max: 1000, timeWindowMs: 60_000 } });
  });
  afterAll(async () => server?.close());

  const call = async (login: TestLogin, method: "GET" | "POST", url: string, body?: object) => {
    if (!sessions.has(login)) sessions.set(login, await signIn(server.app, login));
    const s = sessions.get(login) as Signed;
    return server.app.inject({
      method,
      url,
      headers: { cookie: s.cookie, "x-csrf-token": s.csrfToken, ...(body ? { "content-type": "application/json" } : {}) },
      ...(body ? { payload: JSON.stringify(body) } : {}),
    });
  };

  it("lets the centre's manager register a kiosk whose address and QR are shown once and work at once, then revoke it", async () => {
    const created = await call("umanager", "POST", "/api/units/32-01/kiosks", { label: "  Планшет у входа " });
    expect(created.statusCode, created.body).toBe(201);
    const { kiosk, url, qrSvg } = created.json<{ kiosk: { id: string; label: string; revokedAt: null }; url: string; qrSvg: string }>();
    expect(kiosk).toMatchObject({ label: "Планшет у входа", unitId: "32-01", revokedAt: null });
    expect(url).toMatch(/^http:\/\/localhost:\d+\/k\/[A-Za-z0-9_-]{43}$/);
    expect(qrSvg).toMatch(/^<svg /);
    const path = new URL(url).pathname;
    expect((await server.app.inject({ method: "GET", url: path })).statusCode).toBe(200);

    const listed = await call("radmin", "GET", "/api/units/32-01/kiosks");
    expect(listed.statusCode).toBe(200);
    expect(listed.body).not.toContain(path.slice(3));
    expect(listed.json<{ kiosks: { id: string }[] }>().kiosks.map((k) => k.id)).toContain(kiosk.id);

    const revoked = await call("umanager", "POST", `/api/kiosks/${kiosk.id}/revoke`);
    expect(revoked.statusCode).toBe(200);
    expect((await server.app.inject({ method: "GET", url: path })).statusCode).toBe(404);
    const again = await call("umanager", "POST", `/api/kiosks/${kiosk.id}/revoke`);
    expect(again.statusCode).toBe(400);
    expect(again.json<{ error: { message: string } }>().error.message).toBe("Киоск уже отключён");

    const audit = await server.database.db
      .selectFrom("audit_log as a")
      .innerJoin("users as u", "u.id", "a.actor_id")
      .select(["a.action", "u.login", "a.unit_id"])
      .where("a.entity_id", "=", kiosk.id)
      .orderBy("a.id")
      .execute();
    expect(audit).toEqual([
      { action: "kiosk.register", login: "umanager", unit_id: "32-01" },
      { action: "kiosk.revoke", login: "umanager", unit_id: "32-01" },
    ]);
  });

  it("refuses a blank label, a region and a closed centre with Russian messages; other regions answer 404", async () => {
    const blank = await call("fadmin", "POST", "/api/units/32-01/kiosks", { label: "   " });
    expect(blank.statusCode).toBe(400);
    expect(blank.body).toContain("Укажите название киоска");
    const region = await call("fadmin", "POST", "/api/units/32/kiosks", { label: "Планшет" });
    expect(region.statusCode).toBe(400);
    expect(region.body).toContain("Киоск регистрируется в центре занятости");
    const closed = await call("fadmin", "POST", "/api/units/32-02/kiosks", { label: "Планшет" });
    expect(closed.statusCode).toBe(400);
    expect(closed.body).toContain("только в действующем центре");
    expect((await call("radmin25", "GET", "/api/units/32-01/kiosks")).statusCode).toBe(404);
    expect((await call("fanalyst", "GET", "/api/units/32-01/kiosks")).statusCode).toBe(403);
  });
});
