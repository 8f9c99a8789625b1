// A centre's place in its region and the country on its own page: the ratings' ranks, and current after a write
// (the ratings behind it are built once per version of the results, so a stale memo would show here).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDefaultMethodology } from "../../../src/cli/methodology-files.js";
import { createRng } from "../../../src/cli/synthetic/prng.js";
import { createResponseSampler } from "../../../src/cli/synthetic/response-sampler.js";
import { importDataset, readDatasetUnits } from "../../../src/db/index.js";
import type { RatingResponse, UnitPage } from "../../../src/server/dashboard/dashboard-types.js";
import { signIn, startAuthServer } from "../../support/auth-server.js";
import { seedDashboardData } from "../../support/dashboard-data.js";
import { backends } from "../../support/databases.js";
import type { SurveyServer } from "../../support/survey-server.js";

describe.each(backends)("unit ranks on %s", (backend) => {
  let server: SurveyServer;
  let cookie: string;
  beforeAll(async () => {
    server = await startAuthServer(backend);
    await seedDashboardData(server.database.db);
    cookie = (await signIn(server.app, "fanalyst")).cookie;
  });
  afterAll(async () => server?.close());

  const json = async <T>(url: string): Promise<T> => {
    const response = await server.app.inject({ method: "GET", url, headers: { cookie } });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<T>();
  };
  const placeIn = (rating: RatingResponse, id: string) => ({ rank: rating.rows.find((r) => r.id === id)?.rankInList, of: rating.rows.length });
  const ranksOf = async (id: string) => (await json<UnitPage>(`/api/dashboard/unit/${id}?period=2025-Q2&view=seeker`)).ranks;

  it("equal the places in the region's and the country's ratings of territorial centres, before and after a new centre is rated", async () => {
    const check = async (id: string) => {
      const country = await json<RatingResponse>("/api/dashboard/rating?unit=country&period=2025-Q2&view=seeker&kind=territorial");
      const region = await json<RatingResponse>("/api/dashboard/rating?unit=32&period=2025-Q2&view=seeker&kind=territorial");
      expect(await ranksOf(id)).toEqual({ region: { ...placeIn(region, id), name: expect.any(String) }, country: placeIn(country, id) });
      return placeIn(country, id);
    };
    const before = await check("32-03");
    await check("32-01");
    expect(before.of).toBe(3);

    // A new centre of region 25 with excellent answers enters the national rating above everyone.
    const m = loadDefaultMethodology();
    const sampler = createResponseSampler(m, createRng(11));
    const responses = Array.from({ length: 60 }, (_, i) =>
      sampler.sample({
        id: `rank-${i}`,
        unit: "25-02",
        view: "seeker",
        submittedAt: new Date(Date.UTC(2025, 4, 5, 9, i)).toISOString().slice(0, 19) + "Z",
        quality: 3,
        offeredChannels: new Set(["office", "site"]),
      }),
    );
    const units = [...(await readDatasetUnits(server.database.db)), { id: "25-02", kind: "territorial" as const, name: "ЦЗН Находки", parent: "25" }];
    await importDataset(server.database.db, { format: "zvezda-dataset/1", units, responses, objective: [] }, m);
    // Written past the server: it catches up on the change notification, within a second.
    await expect
      .poll(async () => (await json<RatingResponse>("/api/dashboard/rating?unit=country&period=2025-Q2&view=seeker&kind=territorial")).rows.length, {
        timeout: 5_000,
      })
      .toBe(4);
    const after = await check("32-03");
    expect(after.of).toBe(4);
    expect(after.rank).toBe((before.rank as number) + 1);
  });
});
