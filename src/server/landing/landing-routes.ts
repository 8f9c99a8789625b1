// GET /: the server-rendered landing page.
import type { FastifyPluginAsync } from "fastify";
import type { Db } from "../../db/index.js";
import { activeMethodologySource } from "../methodology/active-methodology.js";
import { renderLandingPage } from "./landing-page.js";

/** Serves the landing page, rendered again only when the methodology in force changes. */
export const landingRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  const methodology = activeMethodologySource(db);
  let rendered: { for: object | undefined; page: string } | undefined;
  app.get("/", async (_request, reply) => {
    // The page stays up without a methodology in force (a fresh database): it is where people find the sign-in.
    const m = await methodology().catch(() => undefined);
    if (!rendered || rendered.for !== m) rendered = { for: m, page: renderLandingPage(m) };
    return reply.type("text/html; charset=utf-8").send(rendered.page);
  });
};
