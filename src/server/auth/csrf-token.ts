// CSRF tokens: an HMAC of the session's CSRF secret under the application secret.
import { createHmac, timingSafeEqual } from "node:crypto";

/** The header carrying the token on every state-changing /api request. */
export const csrfHeaderName = "x-csrf-token";

/**
 * The token for a session: HMAC-SHA256(appSecret, csrfSecret), base64url. Deterministic per
 * session, so any page of the session may hold it; a copy of the sessions table alone does
 * not yield valid tokens.
 */
export function csrfTokenFor(appSecret: string, csrfSecret: string): string {
  return createHmac("sha256", appSecret).update(`zvezda-csrf:${csrfSecret}`, "utf8").digest("base64url");
}

/** Whether `presented` is the session's token (constant time). */
export function isValidCsrfToken(appSecret: string, csrfSecret: string, presented: string | undefined): boolean {
  if (!presented) return false;
  const expected = Buffer.from(csrfTokenFor(appSecret, csrfSecret));
  const actual = Buffer.from(presented);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
