import { afterEach, describe, expect, it } from "vitest";
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

  describe("cost", () => {
    const suiteCost = process.env.ZVEZDA_SCRYPT_COST;
    afterEach(() => {
      if (suiteCost === undefined) delete process.env.ZVEZDA_SCRYPT_COST;
      else process.env.ZVEZDA_SCRYPT_COST = suiteCost;
    });

    it("hashes at N = 2^15 unless ZVEZDA_SCRYPT_COST says otherwise, and verifies a hash of any cost by its own parameters", async () => {
      delete process.env.ZVEZDA_SCRYPT_COST;
      const usual = await hashPassword("звезда-2025");
      expect(usual).toMatch(/^scrypt\$32768\$8\$1\$/);
      process.env.ZVEZDA_SCRYPT_COST = "11";
      const cheaper = await hashPassword("звезда-2025");
      expect(cheaper).toMatch(/^scrypt\$2048\$8\$1\$/);
      for (const stored of [usual, cheaper]) {
        expect(await verifyPassword("звезда-2025", stored)).toBe(true);
        expect(await verifyPassword("звезда-2024", stored)).toBe(false);
      }
    });

    it("refuses to hash at a cost outside 10–20", async () => {
      process.env.ZVEZDA_SCRYPT_COST = "8";
      await expect(hashPassword("звезда-2025")).rejects.toThrow(/ZVEZDA_SCRYPT_COST/);
    });
  });

  it("never matches a malformed hash", async () => {
    expect(await verifyPassword("x", "plain-text")).toBe(false);
    expect(await verifyPassword("x", "scrypt$1$2")).toBe(false);
  });
});
