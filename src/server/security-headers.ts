// Browser defences on every response: no framing, no sniffing, a strict referrer, HSTS under https.
import type { FastifyInstance } from "fastify";

/**
 * The base policy every page gets: no framing (clickjacking), no plugins, forms and <base> only to this origin.
 * Scripts and styles are not restricted here yet (the admin app's inline styles are not verified under a
 * strict script/style policy); a route may send its own, stricter policy (photos: `default-src 'none'`).
 */
export const baseContentSecurityPolicy = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

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
