// A real survey server for tests: a migrated database with the methodology and a small org, listening on loopback.
import type { FastifyInstance } from "fastify";
import { syncMethodologies } from "../../src/cli/methodology-sync.js";
import type { Backend, Database } from "../../src/db/index.js";
import type { BuildServerOptions } from "../../src/server/index.js";
import { buildServer, loadConfig } from "../../src/server/index.js";
import { openTestDatabase } from "./databases.js";

/** The secret the test servers sign tokens with, so tests can issue tokens themselves. */
export const testSecret = "survey-test-secret-0123456789abcdefghij";

/** Two open territorial units, a closed one, and their region. */
export const testUnits = { open: "32-01", other: "32-03", closed: "32-02", region: "32" } as const;

export interface SurveyServer {
  url: string;
  app: FastifyInstance;
  database: Database;
  close(): Promise<void>;
}

/** Starts a server on a fresh database of `backend` with units 32-01 and 32-03 (open) and 32-02 (closed) under region 32. */
export async function startSurveyServer(
  backend: Backend,
  env: Record<string, string> = {},
  options: Pick<BuildServerOptions, "loginRateLimit" | "surveyAddressLimits"> = {},
): Promise<SurveyServer> {
  const database = await openTestDatabase(backend);
  try {
    const db = database.db;
    await syncMethodologies(db);
    await db.updateTable("org_units").set({ network: "decentralized", timezone: "Europe/Moscow" }).where("id", "=", testUnits.region).execute();
    await db
      .insertInto("org_units")
      .values([
        { id: testUnits.open, kind: "territorial", name: "ЦЗН Брянского района", parent_id: testUnits.region },
        { id: testUnits.other, kind: "territorial", name: "ЦЗН Севского района", parent_id: testUnits.region },
        { id: testUnits.closed, kind: "territorial", name: "ЦЗН закрытый", parent_id: testUnits.region, closed_at: new Date("2024-01-01T00:00:00Z") },
      ])
      .execute();
    const config = loadConfig({ PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "silent", ZVEZDA_SECRET: testSecret, ...env });
    const app = await buildServer({ database, config, logger: false, ...options });
    const address = await app.listen({ port: 0, host: "127.0.0.1" });
    return {
      url: address,
      app,
      database,
      close: async () => {
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
