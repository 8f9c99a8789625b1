// Device keys: stable within a day, different the next day, never containing the address.
import { describe, expect, it } from "vitest";
import { browserDeviceKey, kioskDeviceKey } from "../../../src/server/survey/device-key.js";

const secret = "device-key-test-secret-0123456789abcdef";
const morning = new Date("2026-04-15T06:00:00Z");
const evening = new Date("2026-04-15T21:00:00Z");
const nextDay = new Date("2026-04-16T06:00:00Z");

describe("device keys", () => {
  it("are the same for one browser and address within a day", () => {
    const key = browserDeviceKey(secret, "Mozilla/5.0", "192.0.2.7", morning);
    expect(key).toMatch(/^d:[A-Za-z0-9_-]{22}$/);
    expect(browserDeviceKey(secret, "Mozilla/5.0", "192.0.2.7", evening)).toBe(key);
  });

  it("rotate daily, so a device cannot be followed across days", () => {
    expect(browserDeviceKey(secret, "Mozilla/5.0", "192.0.2.7", nextDay)).not.toBe(browserDeviceKey(secret, "Mozilla/5.0", "192.0.2.7", morning));
  });

  it("differ by browser, address and secret, and never contain the address", () => {
    const key = browserDeviceKey(secret, "Mozilla/5.0", "192.0.2.7", morning);
    expect(browserDeviceKey(secret, "Mozilla/5.1", "192.0.2.7", morning)).not.toBe(key);
    expect(browserDeviceKey(secret, "Mozilla/5.0", "192.0.2.8", morning)).not.toBe(key);
    expect(browserDeviceKey(secret + "x", "Mozilla/5.0", "192.0.2.7", morning)).not.toBe(key);
    // The separator keeps «agent + address» pairs apart.
    expect(browserDeviceKey(secret, "ab", "c", morning)).not.toBe(browserDeviceKey(secret, "a", "bc", morning));
    expect(key).not.toContain("192.0.2.7");
  });

  it("name a kiosk by its id", () => {
    expect(kioskDeviceKey("k-1")).toBe("k:k-1");
  });
});
