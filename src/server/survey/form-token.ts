// Signed form tokens: issued when a questionnaire is rendered, they prove the submission came from
// that page, give the time spent on it, and serve as the idempotency key of the submission.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { tokenLifetimeMs } from "./survey-limits.js";

export interface FormTokenClaims {
  unit: string;
  view: "seeker" | "employer";
  issuedAt: number;
  nonce: string;
}

function sign(secret: string, payload: string): string {
  return createHmac("sha256", secret)
    .update("form-token:" + payload)
    .digest("base64url");
}

/** A token for one rendering of the form of `view` at `unit`. */
export function issueFormToken(secret: string, unit: string, view: FormTokenClaims["view"], now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify([unit, view, now, randomBytes(12).toString("base64url")])).toString("base64url");
  return `${payload}.${sign(secret, payload)}`;
}

/** The claims of a genuine, unexpired token for this unit and form, or why it is refused. */
export function verifyFormToken(
  secret: string,
  token: string,
  unit: string,
  view: FormTokenClaims["view"],
  now = Date.now(),
): { ok: true; claims: FormTokenClaims } | { ok: false; reason: "missing" | "forged" | "expired" } {
  if (!token) return { ok: false, reason: "missing" };
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined) return { ok: false, reason: "forged" };
  const expected = Buffer.from(sign(secret, payload));
  const actual = Buffer.from(signature);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return { ok: false, reason: "forged" };
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return { ok: false, reason: "forged" };
  }
  if (!Array.isArray(claims) || claims[0] !== unit || claims[1] !== view || typeof claims[2] !== "number" || typeof claims[3] !== "string") {
    return { ok: false, reason: "forged" };
  }
  if (now - claims[2] > tokenLifetimeMs || claims[2] - now > 60_000) return { ok: false, reason: "expired" };
  return { ok: true, claims: { unit, view, issuedAt: claims[2], nonce: claims[3] } };
}
