// Sign-in sessions: stored under a hash of their random token, with a CSRF secret and a sliding expiry.
import { createHash, randomBytes } from "node:crypto";
import type { Db, Role } from "../database-schema.js";

/** How long a session lives after it was last used. */
export const sessionLifetimeMs = 12 * 60 * 60 * 1000;
/** A session's expiry is pushed forward at most once per this interval (saves a write per request). */
const touchIntervalMs = 60 * 1000;

/** sha256 of a session token, hex: `sessions.id`. The token itself lives only in the cookie. */
export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A live session with the user it belongs to. */
export interface SessionWithUser {
  sessionId: string;
  csrfSecret: string;
  expiresAt: Date;
  lastSeenAt: Date;
  userId: string;
  login: string;
  displayName: string;
  role: Role;
  scopeUnitId: string | null;
}

/** Starts a session for `userId`; returns the token for the cookie (not stored) and the session id. */
export async function createSession(db: Db, userId: string, now = new Date()): Promise<{ token: string; sessionId: string; csrfSecret: string }> {
  const token = randomBytes(32).toString("base64url");
  const csrfSecret = randomBytes(32).toString("base64url");
  const sessionId = hashSessionToken(token);
  await db
    .insertInto("sessions")
    .values({
      id: sessionId,
      user_id: userId,
      csrf_secret: csrfSecret,
      expires_at: new Date(now.getTime() + sessionLifetimeMs),
      created_at: now,
      last_seen_at: now,
    })
    .execute();
  return { token, sessionId, csrfSecret };
}

/**
 * The session of `token` when it has not expired and its user is not disabled; its expiry
 * slides to `now` + 12 h (written at most once a minute).
 */
export async function findSessionByToken(db: Db, token: string, now = new Date()): Promise<SessionWithUser | undefined> {
  const session = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select([
      "sessions.id as sessionId",
      "sessions.csrf_secret as csrfSecret",
      "sessions.expires_at as expiresAt",
      "sessions.last_seen_at as lastSeenAt",
      "users.id as userId",
      "users.login as login",
      "users.display_name as displayName",
      "users.role as role",
      "users.scope_unit_id as scopeUnitId",
    ])
    .where("sessions.id", "=", hashSessionToken(token))
    .where("sessions.expires_at", ">", now)
    .where("users.disabled", "=", false)
    .executeTakeFirst();
  if (!session) return undefined;
  if (now.getTime() - session.lastSeenAt.getTime() >= touchIntervalMs) {
    const expiresAt = new Date(now.getTime() + sessionLifetimeMs);
    await db.updateTable("sessions").set({ last_seen_at: now, expires_at: expiresAt }).where("id", "=", session.sessionId).execute();
    return { ...session, lastSeenAt: now, expiresAt };
  }
  return session;
}

/** Ends one session (sign-out). */
export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", sessionId).execute();
}

/** Ends every session of `userId` except `keepSessionId` (after a password change); returns how many. */
export async function deleteUserSessions(db: Db, userId: string, keepSessionId?: string): Promise<number> {
  let query = db.deleteFrom("sessions").where("user_id", "=", userId);
  if (keepSessionId !== undefined) query = query.where("id", "<>", keepSessionId);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}
