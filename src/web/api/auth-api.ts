// /api/auth: sign-in, sign-out, the current user, password change.
import { apiRequest, setCsrfToken } from "./http";

export type Role = "federal_admin" | "federal_analyst" | "regional_admin" | "unit_manager";

/** The signed-in user as /api/auth answers it. */
export interface AuthUser {
  login: string;
  displayName: string;
  role: Role;
  /** The unit the user's scope is bound to; null for federal roles (the whole country). */
  scope: { id: string; name: string; kind: "region" | "managing" | "territorial" } | null;
}

interface SessionAnswer {
  user: AuthUser;
  csrfToken: string;
}

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
  await apiRequest<unknown>("POST", "/api/auth/password", { currentPassword, newPassword });
}
