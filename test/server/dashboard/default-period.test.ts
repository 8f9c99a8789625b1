// The default period follows the home's figures: a few responses in a new quarter do not make every home page «не рассчитан».
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DashboardContext } from "../../../src/contract/dashboard.js";
import { signIn, startAuthServer, type TestLogin } from "../../support/auth-server.js";
import { seedDashboardData } from "../../support/dashboard-data.js";
import { submit, seekerFields } from "../../support/survey-forms.js";
import type { SurveyServer } from "../../support/survey-server.js";

describe("the dashboard's default period", () => {
  let server: SurveyServer;
  beforeAll(async () => {
    server = await startAuthServer("pglite", { loginRateLimit: { max: 1000, timeWindowMs: 60_000 } });
    await seedDashboardData(server.database.db);
  });
  afterAll(async () => {
    await server?.close();
  });

  const context = async (login: TestLogin): Promise<DashboardContext> => {
    const { cookie } = await signIn(server.app, login);
    const response = await server.app.inject({ method: "GET", url: "/api/dashboard/context", headers: { cookie } });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<DashboardContext>();
  };

  it("is the newest quarter with data while the home has an index for it", async () => {
    expect(await context("fanalyst")).toMatchObject({ defaultPeriod: "2025-Q2", latestPeriod: "2025-Q2", homeHasResult: true });
    expect(await context("umanager")).toMatchObject({ defaultPeriod: "2025-Q2", latestPeriod: "2025-Q2", homeHasResult: true });
  });

  it("stays on the newest quarter in which the home has an index when a new quarter has only a few responses", async () => {
    // One questionnaire today opens a new quarter with a single response.
    const { response } = await submit(server.app, "32-01", "seeker", seekerFields(9));
    expect(response.statusCode).toBe(303);
    // The months list is served stale once while it is recomputed: ask until the new quarter shows.
    for (let i = 0; i < 20 && (await context("fadmin")).periods[0] === "2025-Q2"; i++) await new Promise((r) => setTimeout(r, 100));
    for (const login of ["fanalyst", "radmin", "umanager"] as const) {
      const c = await context(login);
      expect(c.periods[0], login).not.toBe("2025-Q2");
      expect(c, login).toMatchObject({ defaultPeriod: "2025-Q2", latestPeriod: c.periods[0], homeHasResult: true });
    }
  });

  it("counts a home whose index exists in one view only", async () => {
    // Centre 25-01's manager: 50 seekers and no employers in 2025-Q2 → seeker view ok; region 25's admin sees the same.
    const c = await context("radmin25");
    expect(c.homeHasResult).toBe(true);
    expect(c.defaultPeriod).toBe("2025-Q2");
  });
});
