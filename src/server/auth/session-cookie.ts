// The session cookie: its name, reading it from a request, the Set-Cookie values that set and clear it.

/** The cookie holding the session token. */
export const sessionCookieName = "zvezda_session";

/** The session token in a Cookie header, if any. */
export function readSessionCookie(header: string | undefined): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const separator = part.indexOf("=");
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() === sessionCookieName) {
      const value = part.slice(separator + 1).trim();
      return /^[A-Za-z0-9_-]{20,100}$/.test(value) ? value : undefined;
    }
  }
  return undefined;
}

/**
 * The Set-Cookie value for `token`: httpOnly, SameSite=Strict, Secure over https. A browser
 * session cookie (no Max-Age): the server ends the session after 12 idle hours.
 */
export function sessionCookie(token: string, secure: boolean): string {
  return [`${sessionCookieName}=${token}`, "Path=/", "HttpOnly", "SameSite=Strict", ...(secure ? ["Secure"] : [])].join("; ");
}

/** The Set-Cookie value that removes the session cookie. */
export function clearedSessionCookie(secure: boolean): string {
  return [`${sessionCookieName}=`, "Path=/", "HttpOnly", "SameSite=Strict", "Max-Age=0", ...(secure ? ["Secure"] : [])].join("; ");
}
