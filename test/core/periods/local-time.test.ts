// Zoned timestamps and local months: offsets required, months in the region's zone, IANA names checked with Intl.

import { describe, expect, it } from "vitest";
import { isIanaTimeZone, localMonthOf, parseTimestamp } from "../../../src/core/index.js";

describe("timestamps", () => {
  it("reads Z and offsets to the same instant", () => {
    expect(parseTimestamp("2025-03-31T14:30:00Z")).toBe(Date.UTC(2025, 2, 31, 14, 30));
    expect(parseTimestamp("2025-04-01T00:30:00+10:00")).toBe(Date.UTC(2025, 2, 31, 14, 30));
    expect(parseTimestamp("2025-03-31T11:30:00.250-03:00")).toBe(Date.UTC(2025, 2, 31, 14, 30, 0, 250));
    expect(parseTimestamp("2025-03-31T14:30Z")).toBe(Date.UTC(2025, 2, 31, 14, 30));
  });

  it("refuses times without a zone and malformed times", () => {
    expect(parseTimestamp("2025-05-10T06:00:00")).toBe("no_zone");
    expect(parseTimestamp("2025-05-10")).toBe("no_zone");
    for (const bad of [
      "2025-02-30T10:00:00Z",
      "2025-13-01T10:00:00Z",
      "2025-05-10T24:00:00Z",
      "yesterday",
      "2025-05-10T06:00:00+25:00",
      "2025-05-10 06:00:00Z",
    ]) {
      expect(parseTimestamp(bad), bad).toBe("malformed");
    }
  });
});

describe("local months", () => {
  it("puts an instant in the month of the zone's local time", () => {
    const t = Date.UTC(2025, 2, 31, 14, 30);
    expect(localMonthOf(t, "Asia/Vladivostok")).toBe("2025-04");
    expect(localMonthOf(t, "Europe/Moscow")).toBe("2025-03");
    expect(localMonthOf(Date.UTC(2025, 2, 31, 13, 59, 59), "Asia/Vladivostok")).toBe("2025-03");
    expect(localMonthOf(Date.UTC(2025, 3, 30, 21, 0), "Europe/Moscow")).toBe("2025-05");
    expect(localMonthOf(Date.UTC(2025, 3, 30, 20, 59, 59), "Europe/Moscow")).toBe("2025-04");
    expect(localMonthOf(Date.UTC(2024, 11, 31, 12, 0), "Asia/Kamchatka")).toBe("2025-01");
    expect(localMonthOf(Date.UTC(2025, 0, 1, 0, 30), "America/New_York")).toBe("2024-12");
  });

  it("agrees with Intl's own formatting on a sweep of instants and zones", () => {
    const zones = ["Europe/Kaliningrad", "Europe/Moscow", "Asia/Yekaterinburg", "Asia/Vladivostok", "Asia/Anadyr", "Europe/London", "America/Sao_Paulo"];
    for (const zone of zones) {
      const f = new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit" });
      for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2026, 0, 1); t += 7 * 3_600_000 + 13 * 60_000) {
        expect(localMonthOf(t, zone)).toBe(f.format(new Date(t)).slice(0, 7));
      }
    }
  });
});

describe("IANA zones", () => {
  it("accepts real zone names and refuses others", () => {
    for (const ok of ["Europe/Moscow", "Asia/Vladivostok", "UTC", "America/Argentina/Buenos_Aires"]) expect(isIanaTimeZone(ok), ok).toBe(true);
    for (const bad of ["Mars/Olympus", "Moscow", "+03:00", "", "Europe/Moscow "]) expect(isIanaTimeZone(bad), bad).toBe(false);
  });
});
