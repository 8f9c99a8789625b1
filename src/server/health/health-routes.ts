// GET /health (under /api): is the server up, does the database answer, how far is it migrated.
import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { healthySchema, unhealthySchema } from "../../contract/health.js";
import { readMigrationStatus, type Database } from "../../db/index.js";

export interface HealthRoutesOptions {
  database: Database;
  version: string;
  /** How long the database may take to answer before the check fails (ms). */
  timeoutMs?: number;
}

/** The health report for monitors and the smoke test: 200 when healthy, 503 with a reason when not. */
export const healthRoutes: FastifyPluginAsync<HealthRoutesOptions> = async (plain, { database, version, timeoutMs = 3_000 }) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const schema = {
    tags: ["Сервер"],
    summary: "Состояние сервера: отвечает ли база данных, сколько миграций применено",
    response: { 200: healthySchema, 503: unhealthySchema },
  };
  app.get("/health", { schema }, async (request, reply) => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      const migrations = await Promise.race([readMigrationStatus(database.db), timeout]);
      return { status: "ok" as const, database: { backend: database.backend, migrations }, version };
    } catch (error) {
      request.log.warn({ err: error }, "health check: the database does not answer");
      const cause = error instanceof Error ? error.message : String(error);
      return reply.status(503).send({
        status: "unavailable" as const,
        reason: `База данных не отвечает: ${cause}`,
        database: { backend: database.backend },
        version,
      });
    } finally {
      clearTimeout(timer);
    }
  });
};
