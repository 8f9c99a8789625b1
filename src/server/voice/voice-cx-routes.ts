// The CX team's part of /api/voice: client portraits and client journeys.
import type { FastifyPluginAsync } from "fastify";
import type { ServerContext } from "../server-context.js";
import { voiceJourneyRoutes } from "./voice-journey-routes.js";
import { voicePortraitRoutes } from "./voice-portrait-routes.js";

export const voiceCxRoutes: FastifyPluginAsync<{ context: ServerContext }> = async (app, { context }) => {
  await app.register(voicePortraitRoutes, { context });
  await app.register(voiceJourneyRoutes, { context });
};
