// The 89 subjects of the Russian Federation are in every migrated database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/index.js";
import { backends, openTestDatabase } from "../support/databases.js";

describe.each(backends)("preloaded regions on %s", (backend) => {
  let database: Database;
  let regions: { id: string; name: string; timezone: string | null; network: string | null; parent_id: string | null }[];
  beforeAll(async () => {
    database = await openTestDatabase(backend);
    regions = await database.db
      .selectFrom("org_units")
      .select(["id", "name", "timezone", "network", "parent_id"])
      .where("kind", "=", "region")
      .orderBy("id")
      .execute();
  });
  afterAll(() => database?.close());

  it("are 89, with unique two-digit codes", () => {
    expect(regions).toHaveLength(89);
    expect(new Set(regions.map((region) => region.id)).size).toBe(89);
    for (const region of regions) expect(region.id).toMatch(/^\d{2}$/);
  });

  it("use the official codes 01–79, 83, 86, 87, 89, 90–95", () => {
    const codes = [...Array.from({ length: 79 }, (_, i) => String(i + 1).padStart(2, "0")), "83", "86", "87", "89", "90", "91", "92", "93", "94", "95"];
    expect(regions.map((region) => region.id)).toEqual(codes);
  });

  it("have names, no parent, a default network and a valid IANA time zone", () => {
    for (const region of regions) {
      expect(region.name.trim()).not.toBe("");
      expect(region.parent_id).toBeNull();
      expect(region.network).toBe("centralized");
      expect(region.timezone).toBeTruthy();
      expect(() => new Intl.DateTimeFormat(undefined, { timeZone: region.timezone ?? "" })).not.toThrow();
    }
    expect(new Set(regions.map((region) => region.name)).size).toBe(89);
  });

  it("put capitals in their zones", () => {
    const zone = Object.fromEntries(regions.map((region) => [region.id, region.timezone]));
    expect(zone).toMatchObject({
      "03": "Asia/Irkutsk",
      "04": "Asia/Barnaul",
      "14": "Asia/Yakutsk",
      "17": "Asia/Krasnoyarsk",
      "18": "Europe/Samara",
      "19": "Asia/Krasnoyarsk",
      "22": "Asia/Barnaul",
      "24": "Asia/Krasnoyarsk",
      "25": "Asia/Vladivostok",
      "27": "Asia/Vladivostok",
      "28": "Asia/Yakutsk",
      "30": "Europe/Astrakhan",
      "32": "Europe/Moscow",
      "34": "Europe/Volgograd",
      "38": "Asia/Irkutsk",
      "39": "Europe/Kaliningrad",
      "41": "Asia/Kamchatka",
      "42": "Asia/Novokuznetsk",
      "49": "Asia/Magadan",
      "54": "Asia/Novosibirsk",
      "55": "Asia/Omsk",
      "56": "Asia/Yekaterinburg",
      "63": "Europe/Samara",
      "64": "Europe/Saratov",
      "65": "Asia/Sakhalin",
      "70": "Asia/Tomsk",
      "72": "Asia/Yekaterinburg",
      "73": "Europe/Ulyanovsk",
      "74": "Asia/Yekaterinburg",
      "75": "Asia/Chita",
      "77": "Europe/Moscow",
      "78": "Europe/Moscow",
      "79": "Asia/Vladivostok",
      "86": "Asia/Yekaterinburg",
      "87": "Asia/Anadyr",
      "89": "Asia/Yekaterinburg",
    });
    expect(regions.find((region) => region.id === "32")?.name).toBe("Брянская область");
    expect(regions.find((region) => region.id === "77")?.name).toMatch(/Москва/);
  });

  it("accept a network change by an administrator", async () => {
    await database.db.updateTable("org_units").set({ network: "decentralized" }).where("id", "=", "33").execute();
    const row = await database.db.selectFrom("org_units").select("network").where("id", "=", "33").executeTakeFirstOrThrow();
    expect(row.network).toBe("decentralized");
  });
});
