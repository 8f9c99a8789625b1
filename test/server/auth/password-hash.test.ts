import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "../../../src/server/auth/password-hash.js";

describe("password hashing", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const stored = await hashPassword("звезда-2025");
    expect(stored.startsWith("scrypt$")).toBe(true);
    expect(await verifyPassword("звезда-2025", stored)).toBe(true);
    expect(await verifyPassword("звезда-2024", stored)).toBe(false);
  });

  it("salts every hash", async () => {
    expect(await hashPassword("same")).not.toBe(await hashPassword("same"));
  });

  it("never matches a malformed hash", async () => {
    expect(await verifyPassword("x", "plain-text")).toBe(false);
    expect(await verifyPassword("x", "scrypt$1$2")).toBe(false);
  });
});
