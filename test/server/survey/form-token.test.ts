// Form tokens: genuine ones verify with their claims; forged, foreign, expired or malformed ones are refused.
import { describe, expect, it } from "vitest";
import { issueFormToken, verifyFormToken } from "../../../src/server/survey/form-token.js";
import { tokenLifetimeMs } from "../../../src/server/survey/survey-limits.js";

const secret = "form-token-test-secret-0123456789abcdef";
const now = Date.UTC(2026, 3, 15, 10, 0, 0);

describe("form tokens", () => {
  it("verify with unit, view, issue time and a nonce", () => {
    const token = issueFormToken(secret, "32-01", "seeker", now);
    const result = verifyFormToken(secret, token, "32-01", "seeker", now + 60_000);
    expect(result).toMatchObject({ ok: true, claims: { unit: "32-01", view: "seeker", issuedAt: now } });
    expect(result.ok && result.claims.nonce).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });

  it("differ on every issue (the nonce is the idempotency key)", () => {
    const a = issueFormToken(secret, "32-01", "seeker", now);
    const b = issueFormToken(secret, "32-01", "seeker", now);
    expect(a).not.toBe(b);
  });

  it("are refused for another unit, another form or another secret", () => {
    const token = issueFormToken(secret, "32-01", "seeker", now);
    expect(verifyFormToken(secret, token, "32-02", "seeker", now)).toEqual({ ok: false, reason: "forged" });
    expect(verifyFormToken(secret, token, "32-01", "employer", now)).toEqual({ ok: false, reason: "forged" });
    expect(verifyFormToken(secret + "x", token, "32-01", "seeker", now)).toEqual({ ok: false, reason: "forged" });
  });

  it("are refused when tampered with or malformed", () => {
    const token = issueFormToken(secret, "32-01", "seeker", now);
    const [payload, signature] = token.split(".") as [string, string];
    const other = Buffer.from(JSON.stringify(["32-01", "seeker", now, "another-nonce"])).toString("base64url");
    for (const bad of [`${other}.${signature}`, `${payload}.${signature.slice(1)}`, `${payload}.${signature}.x`, payload, ".", "not a token"]) {
      expect(verifyFormToken(secret, bad, "32-01", "seeker", now), bad).toEqual({ ok: false, reason: "forged" });
    }
    expect(verifyFormToken(secret, "", "32-01", "seeker", now)).toEqual({ ok: false, reason: "missing" });
  });

  it("expire after their lifetime, and are refused when issued in the future", () => {
    const token = issueFormToken(secret, "32-01", "seeker", now);
    expect(verifyFormToken(secret, token, "32-01", "seeker", now + tokenLifetimeMs).ok).toBe(true);
    expect(verifyFormToken(secret, token, "32-01", "seeker", now + tokenLifetimeMs + 1)).toEqual({ ok: false, reason: "expired" });
    expect(verifyFormToken(secret, token, "32-01", "seeker", now - 120_000)).toEqual({ ok: false, reason: "expired" });
  });
});
