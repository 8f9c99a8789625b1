// /api/auth: sign-in, sign-out, the current user, password change.
import type { AuthUser, RevokedSessions, SessionAnswer } from "../../contract/auth";
import { apiRequest, setCsrfToken } from "./http";

export type { AuthUser } from "../../contract/auth";
export type { Role } from "../../contract/roles";

export async function signIn(login: string, password: string): Promise<AuthUser> {
  const answer = await apiRequest<SessionAnswer>("POST", "/api/auth/login", { login, password });
  setCsrfToken(answer.csrfToken);
  return answer.user;
}

/** The current session's user, or undefined without a session. */
export async function currentUser(): Promise<AuthUser | undefined> {
  try {
    const answer = await apiRequest<SessionAnswer>("GET", "/api/auth/me");
    setCsrfToken(answer.csrfToken);
    return answer.user;
  } catch (error) {
    if ((error as { status?: number }).status === 401) return undefined;
    throw error;
  }
}

export async function signOut(): Promise<void> {
  await apiRequest<void>("POST", "/api/auth/logout");
  setCsrfToken(undefined);
}

export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  await apiRequest<RevokedSessions>("POST", "/api/auth/password", { currentPassword, newPassword });
}
