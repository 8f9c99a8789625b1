// Lock-out per account and address: an attacker elsewhere cannot lock the owner out; the audit keeps no address in clear.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAuthServer, testPassword } from "../../support/auth-server.js";
import { backends } from "../../support/databases.js";
import type { SurveyServer } from "../../support/survey-server.js";

describe.each(backends)("login lock-out on %s", (backend) => {
  let server: SurveyServer;
  beforeAll(async () => {
    server = await startAuthServer(backend, { loginRateLimit: { max: 1000, timeWindowMs: 60_000 } });
  });
  afterAll(async () => server?.close());

  const login = (password: string, remoteAddress: string) =>
    server.app.inject({
      method: "POST",
      url: "/api/auth/login",
      remoteAddress,
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ login: "fadmin", password }),
    });

  it("locks the attacker's address with a growing back-off and lets the owner in from its own", async () => {
    const attacker = "198.51.100.9";
    for (let i = 0; i < 4; i++) expect((await login("wrong-password", attacker)).statusCode).toBe(401);
    const locked = await login("wrong-password", attacker);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.message).toMatch(/через 15 мин/);
    expect((await login(testPassword, attacker)).statusCode).toBe(429);
    expect((await login(testPassword, "192.0.2.44")).statusCode).toBe(200);
    // The attacker's next five failures double the lock.
    await server.database.db
      .updateTable("login_failures")
      .set({ locked_until: new Date(Date.now() - 1000) })
      .execute();
    for (let i = 0; i < 4; i++) expect((await login("wrong-password", attacker)).statusCode).toBe(401);
    expect((await login("wrong-password", attacker)).json().error.message).toMatch(/через 30 мин/);
    const audit = JSON.stringify(await server.database.db.selectFrom("audit_log").select("after").execute());
    expect(audit).not.toContain(attacker);
    expect(audit).not.toContain("192.0.2.44");
    expect(audit).toContain('"address"');
  });
});
