// The idle-CPU window of `bench api`: the trickle comes from another process over HTTP, and every submission is stored.
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { measureIdleCpu } from "../../../src/cli/bench/api-idle.js";
import { runsOnPglite } from "../../support/databases.js";
import { startSurveyServer, testSecret, testUnits } from "../../support/survey-server.js";

describe.runIf(runsOnPglite)("bench api's idle window", () => {
  it("submits at the asked rate from a process of its own and counts only this process's CPU", async () => {
    const server = await startSurveyServer("pglite");
    try {
      const before = Number((await sql<{ n: number }>`select count(*) as n from responses`.execute(server.database.db)).rows[0]!.n);
      const figures = await measureIdleCpu(server.app, testSecret, [testUnits.open, testUnits.other], 10, 2);
      expect(figures.refused).toBe(0);
      expect(figures.submitted).toBeGreaterThanOrEqual(19);
      expect(figures.submitted).toBeLessThanOrEqual(21);
      expect(figures.cpuPercent).toBeGreaterThan(0);
      const after = Number((await sql<{ n: number }>`select count(*) as n from responses`.execute(server.database.db)).rows[0]!.n);
      expect(after - before).toBe(figures.submitted);
    } finally {
      await server.close();
    }
  });
});
