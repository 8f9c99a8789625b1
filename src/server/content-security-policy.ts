// The Content-Security-Policy of every response: scripts only from this origin, styles from this origin
// plus the hashes of the server's own inline <style> blocks (or a per-response nonce for the admin app).
import { createHash, randomBytes } from "node:crypto";
import { pageStyles } from "./html/render-page.js";
import { posterStyles } from "./survey/render/poster-page.js";

/** The CSP source of an inline `<style>` whose text is exactly `css`. */
export function styleHashSource(css: string): string {
  return `'sha256-${createHash("sha256").update(css, "utf8").digest("base64")}'`;
}

/** Builds a strict policy with the given style sources beside 'self'. No 'unsafe-inline' anywhere. */
function strictPolicy(styleSources: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "script-src-attr 'none'",
    `style-src 'self' ${styleSources.join(" ")}`.trim(),
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The policy of server-rendered pages, the API, assets and errors. */
export const baseContentSecurityPolicy = strictPolicy([styleHashSource(pageStyles), styleHashSource(posterStyles)]);

/** A fresh nonce and the policy that allows the `<style>` elements carrying it (Mantine's, in the admin app). */
export function nonceContentSecurityPolicy(): { nonce: string; policy: string } {
  const nonce = randomBytes(16).toString("base64");
  return { nonce, policy: strictPolicy([`'nonce-${nonce}'`]) };
}
