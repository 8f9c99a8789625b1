// The corrective-measures feature under /api/loop: the register, its evidence and thread, effects, plan and practice library.
import type { FastifyPluginAsync } from "fastify";
import type { ServerContext } from "../server-context.js";
import { activeMethodologySource } from "../methodology/active-methodology.js";
import { loadMeasureEffectSettings } from "./measure-effect-settings-file.js";
import { measuresEffectRoutes } from "./measures-effect-routes.js";
import { measuresRoutes } from "./measures-routes.js";
import { measuresThreadRoutes } from "./measures-thread-routes.js";

/** Registered with prefix /api/loop. */
export const loopMeasuresRoutes: FastifyPluginAsync<{ context: ServerContext }> = async (app, { context }) => {
  const db = context.database.db;
  const methodology = activeMethodologySource(db);
  const settings = loadMeasureEffectSettings();
  await app.register(measuresRoutes, { db, methodology });
  await app.register(measuresThreadRoutes, { db });
  await app.register(measuresEffectRoutes, { context, methodology, settings });
};
