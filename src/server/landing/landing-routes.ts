// GET /: the server-rendered landing page.
import type { FastifyPluginAsync } from "fastify";
import { renderLandingPage } from "./landing-page.js";

/** Serves the landing page (rendered once: it has no dynamic content). */
export const landingRoutes: FastifyPluginAsync = async (app) => {
  const page = renderLandingPage();
  app.get("/", async (_request, reply) => reply.type("text/html; charset=utf-8").send(page));
};
