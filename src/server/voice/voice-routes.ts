// The /api/voice plugin: search, export, theme summary, tag corrections, external feedback; and the sweep
// that extracts and tags texts of responses written without them (run once when the server is ready).
import type { FastifyPluginAsync } from "fastify";
import { sweepVoiceTexts } from "../../db/index.js";
import type { ServerContext } from "../server-context.js";
import { voiceTaggerFor } from "./theme-taxonomy-file.js";
import { voiceFeedbackRoutes } from "./voice-feedback-routes.js";
import { voiceSearchRoutes } from "./voice-search-routes.js";
import { voiceSummaryRoute } from "./voice-summary-route.js";
import { voiceThemeRoutes } from "./voice-theme-routes.js";
import { voiceSegmentRoutes } from "./voice-segment-routes.js";
import { voiceCxRoutes } from "./voice-cx-routes.js";

export const voiceRoutes: FastifyPluginAsync<{ context: ServerContext }> = async (app, { context }) => {
  await app.register(voiceSearchRoutes, { context });
  await app.register(voiceSummaryRoute, { context });
  await app.register(voiceThemeRoutes, { context });
  await app.register(voiceFeedbackRoutes, { context });
  await app.register(voiceSegmentRoutes, { context });
  await app.register(voiceCxRoutes, { context });
  let sweep: Promise<unknown> | undefined;
  app.addHook("onReady", async () => {
    sweep = (async () => {
      const report = await sweepVoiceTexts(context.database.db, voiceTaggerFor(await context.results.methodology()));
      if (report.responses + report.retagged > 0) app.log.info({ voice: report }, "voice texts extracted and tagged");
    })().catch((error: unknown) => app.log.error({ err: error }, "voice sweep failed"));
  });
  app.addHook("onClose", async () => {
    await sweep;
  });
};
