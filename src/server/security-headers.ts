// Browser defences on every response: a strict CSP (a route may send its own), no framing, no sniffing, HSTS under https.
import type { FastifyInstance } from "fastify";
import { baseContentSecurityPolicy } from "./content-security-policy.js";

/** Adds the headers in an onSend hook of the root instance; HSTS when the public URL is https. */
export function installSecurityHeaders(app: FastifyInstance, publicUrl: string): void {
  const https = publicUrl.startsWith("https:");
  app.addHook("onSend", async (_request, reply) => {
    reply.header("x-content-type-options", "nosniff");
    reply.header("referrer-policy", reply.getHeader("referrer-policy") ?? "same-origin");
    reply.header("x-frame-options", "DENY");
    if (!reply.hasHeader("content-security-policy")) reply.header("content-security-policy", baseContentSecurityPolicy);
    if (https) reply.header("strict-transport-security", "max-age=31536000; includeSubDomains");
  });
}
