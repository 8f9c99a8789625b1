// GET /api/results: the spec's result format from the database counters, within the caller's scope.
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resultDocumentSchema } from "../../../src/contract/results.js";
import { computeResultsFromDatabase } from "../../../src/db/index.js";
import { loadDefaultMethodology } from "../../../src/cli/methodology-files.js";
import { signIn, startAuthServer } from "../../support/auth-server.js";
import { backends } from "../../support/databases.js";
import type { SurveyServer } from "../../support/survey-server.js";

describe.each(backends)("results API on %s", (backend) => {
  let server: SurveyServer;
  beforeAll(async () => {
    server = await startAuthServer(backend);
  });
  afterAll(async () => server?.close());

  const get = async (login: "fadmin" | "radmin" | "umanager", url: string) => {
    const signed = await signIn(server.app, login);
    return server.app.inject({ method: "GET", url, headers: { cookie: signed.cookie } });
  };

  it("returns the result document computed from the counters, the country included for federal users", async () => {
    const response = await get("fadmin", "/api/results?period=2025-Q2");
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.format).toBe("zvezda-result/1");
    expect(body.period).toBe("2025-Q2");
    const direct = await computeResultsFromDatabase(server.database.db, loadDefaultMethodology(), "2025-Q2");
    expect(body).toEqual(JSON.parse(JSON.stringify(direct)));
    // The contract names every field the document has (parsing strips what it does not name).
    expect(resultDocumentSchema.parse(body)).toEqual(body);
  });

  it("limits a scoped user to its subtree when no unit is given", async () => {
    const body = (await get("umanager", "/api/results?period=2025-Q2")).json();
    expect(new Set(body.units.map((u: { id: string }) => u.id))).toEqual(new Set(["32-01"]));
    expect(body.country).toEqual([]);
  });

  it("sends a large document gzipped to a client that takes gzip (compressed once per version), the same JSON as without", async () => {
    await server.database.db
      .insertInto("org_units")
      .values(Array.from({ length: 150 }, (_, i) => ({ id: `32-${String(100 + i)}`, kind: "territorial" as const, name: `ЦЗН № ${i}`, parent_id: "32" })))
      .execute();
    const signed = await signIn(server.app, "fadmin");
    const read = (encoding?: string) =>
      server.app.inject({
        method: "GET",
        url: "/api/results?period=2025-Q2",
        headers: { cookie: signed.cookie, ...(encoding ? { "accept-encoding": encoding } : {}) },
      });
    await expect.poll(async () => (await read()).json().units.length, { timeout: 5_000 }).toBeGreaterThan(300);
    const plain = await read();
    expect(plain.rawPayload.length).toBeGreaterThan(64 * 1024);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    for (let i = 0; i < 2; i++) {
      const packed = await read("br;q=0, gzip, deflate");
      expect(packed.headers["content-encoding"]).toBe("gzip");
      expect(packed.headers["vary"]).toContain("accept-encoding");
      expect(gunzipSync(packed.rawPayload).equals(plain.rawPayload)).toBe(true);
    }
    expect((await read("gzip;q=0")).headers["content-encoding"]).toBeUndefined();
  });

  it("refuses a period that does not parse with a Russian message", async () => {
    const response = await get("fadmin", "/api/results?period=2025-Q5");
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain("Период");
  });
});
