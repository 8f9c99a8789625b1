// The survey's stylesheet and script, read once and served with long caching.
import { readFileSync } from "node:fs";
import type { FastifyInstance } from "fastify";

const assets = {
  "survey.css": "text/css; charset=utf-8",
  "survey.js": "text/javascript; charset=utf-8",
} as const;

/** The text of an asset file (also used by the weight benchmark). */
export function readSurveyAsset(name: keyof typeof assets): string {
  return readFileSync(new URL(`./assets/${name}`, import.meta.url), "utf8");
}

/** GET /s/assets/<name>. */
export async function surveyAssetRoutes(app: FastifyInstance): Promise<void> {
  for (const [name, type] of Object.entries(assets) as [keyof typeof assets, string][]) {
    const body = readSurveyAsset(name);
    app.get(`/s/assets/${name}`, async (_request, reply) => reply.type(type).header("cache-control", "public, max-age=3600").send(body));
  }
}
