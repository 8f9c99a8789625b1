// The signed-in user for the whole app: checked once at start, set by sign-in, cleared by sign-out or an expired session.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { currentUser, signIn as apiSignIn, signOut as apiSignOut, type AuthUser } from "../api/auth-api";
import { setUnauthorizedListener } from "../api/http";

export interface AuthState {
  /** "checking" until /api/auth/me answers. */
  status: "checking" | "signed-in" | "signed-out" | "error";
  user?: AuthUser;
  /** Set when the session ended by itself (shown on the sign-in page). */
  notice?: string;
  error?: string;
  signIn(login: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

const AuthContext = createContext<AuthState | undefined>(undefined);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<AuthState["status"]>("checking");
  const [user, setUser] = useState<AuthUser>();
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    let live = true;
    currentUser().then(
      (found) => {
        if (!live) return;
        setUser(found);
        setStatus(found ? "signed-in" : "signed-out");
      },
      (failure: Error) => {
        if (!live) return;
        setError(failure.message);
        setStatus("error");
      },
    );
    setUnauthorizedListener(() => {
      setUser(undefined);
      setNotice("Сеанс завершён. Войдите снова.");
      setStatus("signed-out");
    });
    return () => {
      live = false;
      setUnauthorizedListener(undefined);
    };
  }, []);

  const signIn = useCallback(async (login: string, password: string) => {
    const signed = await apiSignIn(login, password);
    setNotice(undefined);
    setUser(signed);
    setStatus("signed-in");
  }, []);

  const signOut = useCallback(async () => {
    await apiSignOut().catch(() => undefined);
    setUser(undefined);
    setNotice("Вы вышли из системы.");
    setStatus("signed-out");
  }, []);

  const value = useMemo(() => ({ status, user, notice, error, signIn, signOut }), [status, user, notice, error, signIn, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error("useAuth outside AuthProvider");
  return state;
}

/** The signed-in user (only inside the signed-in part of the app). */
export function useUser(): AuthUser {
  const { user } = useAuth();
  if (!user) throw new Error("useUser without a signed-in user");
  return user;
}
