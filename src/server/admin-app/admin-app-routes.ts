// /admin/: the built admin single-page app (dist/web), with history fallback to its index.html.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyPluginAsync, FastifyReply } from "fastify";
import { renderPage } from "../html/render-page.js";
import { nonceContentSecurityPolicy } from "../content-security-policy.js";

export interface AdminAppOptions {
  /** The Vite output directory (default: dist/web at the repository root). */
  webDir?: string;
}

const defaultWebDir = fileURLToPath(new URL("../../../dist/web/", import.meta.url));
// Vite names bundle files by content hash, so they never change under one name.
const hashedAsset = /^assets\/[\w.-]+$/;
const otherFile = /^[\w-]+\.(svg|png|ico|txt|webmanifest)$/;

const notBuiltPage = renderPage({
  title: "Приложение не собрано — Звезда клиентоцентричности ЦЗН",
  bodyHtml: `<h1>Приложение для сотрудников ещё не собрано</h1>
<p>Соберите его командой <code>npm run build:web</code> (или запустите сервер командой <code>npm start</code>, она собирает приложение сама) и обновите страницу.</p>
<p><a href="/">На главную</a></p>`,
});

/** Serves the app: hashed assets cached for a year, index.html never cached, client routes answered with index.html. */
export const adminAppRoutes: FastifyPluginAsync<AdminAppOptions> = async (app, { webDir = defaultWebDir }) => {
  // The build writes .br and .gz beside each asset: sent as they are, with «Vary: Accept-Encoding».
  await app.register(fastifyStatic, { root: webDir, serve: false, preCompressed: true });

  // Read per request: the file is small, and a rebuild then shows without a restart.
  const sendIndex = async (reply: FastifyReply) => {
    const html = await readFile(`${webDir}/index.html`, "utf8").catch(() => undefined);
    reply.header("cache-control", "no-cache");
    if (html === undefined) return reply.status(503).type("text/html; charset=utf-8").send(notBuiltPage);
    // A nonce per response for the <style> elements Mantine adds (main.tsx reads it from this meta tag).
    const { nonce, policy } = nonceContentSecurityPolicy();
    reply.header("content-security-policy", policy);
    return reply.type("text/html; charset=utf-8").send(html.replace("</head>", `<meta name="csp-nonce" content="${nonce}">\n</head>`));
  };

  app.get("/admin", async (_request, reply) => reply.redirect("/admin/"));
  app.get("/admin/*", async (request, reply) => {
    const path = (request.params as { "*": string })["*"];
    if (hashedAsset.test(path)) return reply.sendFile(path, { maxAge: "365d", immutable: true });
    if (otherFile.test(path)) return reply.sendFile(path, { maxAge: "1h" });
    return sendIndex(reply);
  });
};
