// GET /api/health: is the server up, does the database answer, how far is it migrated (200), or why not (503).
import { z } from "zod";

const backendSchema = z.enum(["postgres", "pglite"]);

export const healthySchema = z.object({
  status: z.literal("ok"),
  database: z.object({
    backend: backendSchema,
    migrations: z.object({ applied: z.number().int(), latest: z.string().nullable().describe("Последняя применённая миграция") }),
  }),
  version: z.string(),
});
export type Healthy = z.infer<typeof healthySchema>;

export const unhealthySchema = z.object({
  status: z.literal("unavailable"),
  reason: z.string(),
  database: z.object({ backend: backendSchema }),
  version: z.string(),
});
export type Unhealthy = z.infer<typeof unhealthySchema>;
