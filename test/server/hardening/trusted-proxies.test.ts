// ZVEZDA_TRUSTED_PROXIES: X-Forwarded-For counts only from the configured proxies.
import { describe, expect, it } from "vitest";
import { hashPassword } from "../../../src/server/auth/password-hash.js";
import { loadConfig } from "../../../src/server/config.js";
import { addressHash } from "../../../src/server/auth/address-hash.js";
import { startSurveyServer, testSecret } from "../../support/survey-server.js";

async function loginAddress(env: Record<string, string>): Promise<unknown> {
  const server = await startSurveyServer("pglite", env);
  try {
    await server.database.db
      .insertInto("users")
      .values({ login: "proxied", password_hash: await hashPassword("proxied-pass-1"), display_name: "П", role: "federal_admin", scope_unit_id: null })
      .execute();
    const response = await server.app.inject({
      method: "POST",
      url: "/api/auth/login",
      remoteAddress: "127.0.0.1",
      headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.7" },
      payload: JSON.stringify({ login: "proxied", password: "proxied-pass-1" }),
    });
    expect(response.statusCode).toBe(200);
    const row = await server.database.db.selectFrom("audit_log").select("after").where("action", "=", "auth.login").executeTakeFirstOrThrow();
    return (row.after as { address?: unknown }).address;
  } finally {
    await server.close();
  }
}

describe("trusted proxies", () => {
  it("parses the setting and refuses nonsense", () => {
    expect(loadConfig({ ZVEZDA_TRUSTED_PROXIES: "10.0.0.1, 10.0.0.0/8,::1" }).trustedProxies).toEqual(["10.0.0.1", "10.0.0.0/8", "::1"]);
    expect(loadConfig({}).trustedProxies).toEqual([]);
    expect(() => loadConfig({ ZVEZDA_TRUSTED_PROXIES: "proxy.example.ru" })).toThrow(/ZVEZDA_TRUSTED_PROXIES/);
  });

  it("takes the client's address from X-Forwarded-For only behind a trusted proxy", { timeout: 60_000 }, async () => {
    expect(await loginAddress({})).toBe(addressHash(testSecret, "127.0.0.1"));
    expect(await loginAddress({ ZVEZDA_TRUSTED_PROXIES: "127.0.0.1" })).toBe(addressHash(testSecret, "203.0.113.7"));
  });
});
