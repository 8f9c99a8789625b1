// /api/auth: sign-in (JSON, rate-limited, lock-out), sign-out, the current user, password change.
import rateLimit from "@fastify/rate-limit";
import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import {
  changePasswordHash,
  createSession,
  deleteSession,
  deleteUserSessions,
  findUserById,
  findUserByLogin,
  clearAddressFailures,
  loginLockFor,
  recordAddressFailure,
  recordSuccessfulLogin,
  writeAudit,
  type Db,
} from "../../db/index.js";
import { BadRequestError, TooManyRequestsError, UnauthorizedError } from "../errors/app-errors.js";
import { noContentSchema, revokedSessionsSchema, sessionAnswerSchema } from "../../contract/auth.js";
import { loginBody, newPasswordProblem, passwordChangeBody } from "./auth-schemas.js";
import { describeUser } from "./auth-user.js";
import { csrfTokenFor } from "./csrf-token.js";
import { authOf, requireAuth } from "./guards.js";
import { failuresPerLock, lockedMessage, lockedUntil } from "./login-policy.js";
import { hashPassword, verifyPassword } from "./password-hash.js";
import { clearedSessionCookie, sessionCookie } from "./session-cookie.js";
import { addressHash } from "./address-hash.js";

export interface AuthRoutesOptions {
  db: Db;
  /** The application secret (CSRF tokens are HMACs under it). */
  secret: string;
  /** Whether cookies get the Secure flag (the public URL is https). */
  secureCookies: boolean;
  /** Sign-in attempts allowed per client address and window (default 30 a minute). */
  loginRateLimit?: { max: number; timeWindowMs: number };
}

const wrongCredentials = "Неверный логин или пароль";
const tags = ["Вход"];

// Verified against for unknown logins, so that they take as long as known ones.
let dummyHash: Promise<string> | undefined;
const dummy = () => (dummyHash ??= hashPassword("zvezda-no-such-user-password"));

/** JSON only: a cross-site HTML form cannot send it without a CORS preflight, so sign-in needs no CSRF token. */
async function requireJson(request: FastifyRequest): Promise<void> {
  const type = request.headers["content-type"] ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type)) throw new BadRequestError("Ожидается JSON: Content-Type: application/json");
}

/** Mounted at /api/auth inside the /api scope (whose hooks load the session and check CSRF). */
export const authRoutes: FastifyPluginAsync<AuthRoutesOptions> = async (
  app,
  { db, secret, secureCookies, loginRateLimit = { max: 30, timeWindowMs: 60_000 } },
) => {
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: () => new TooManyRequestsError("Слишком много попыток входа с этого адреса. Попробуйте позже."),
  });

  app.post(
    "/login",
    {
      schema: { tags, summary: "Вход: JSON {login, password}; ставит cookie сессии", response: { 200: sessionAnswerSchema } },
      config: { csrf: false, rateLimit: { max: loginRateLimit.max, timeWindow: loginRateLimit.timeWindowMs } },
      onRequest: requireJson,
    },
    async (request, reply) => {
      const parsed = loginBody.safeParse(request.body);
      if (!parsed.success) throw new BadRequestError('Укажите логин и пароль: {"login": …, "password": …}');
      const { login, password } = parsed.data;
      const user = await findUserByLogin(db, login);
      const address = addressHash(secret, request.ip);
      if (!user || user.disabled) {
        await verifyPassword(password, await dummy());
        await writeAudit(db, {
          actorId: null,
          action: "auth.login_failed",
          entity: "user",
          entityId: user?.id ?? null,
          after: { reason: user ? "disabled" : "unknown_login", address },
        });
        throw new UnauthorizedError(wrongCredentials);
      }
      // Locks hold per account and address: failures from elsewhere never lock the owner out.
      const now = new Date();
      const lock = await loginLockFor(db, user.id, address);
      if (lock && lock > now) throw new TooManyRequestsError(lockedMessage(lock, now));
      if (!(await verifyPassword(password, user.passwordHash))) {
        const failure = await recordAddressFailure(db, user.id, address, failuresPerLock, (count) => lockedUntil(count));
        await writeAudit(db, {
          actorId: null,
          action: "auth.login_failed",
          entity: "user",
          entityId: user.id,
          after: { reason: "wrong_password", failedLogins: failure.failures, address },
        });
        if (failure.lockedUntil) {
          await writeAudit(db, {
            actorId: null,
            action: "auth.lockout",
            entity: "user",
            entityId: user.id,
            after: { lockedUntil: failure.lockedUntil.toISOString(), failedLogins: failure.failures, address },
          });
          throw new TooManyRequestsError(lockedMessage(failure.lockedUntil));
        }
        throw new UnauthorizedError(wrongCredentials);
      }
      await recordSuccessfulLogin(db, user.id);
      await clearAddressFailures(db, user.id, address);
      const session = await createSession(db, user.id);
      await writeAudit(db, { actorId: user.id, action: "auth.login", entity: "user", entityId: user.id, after: { address } });
      reply.header("set-cookie", sessionCookie(session.token, secureCookies));
      return { user: await describeUser(db, user), csrfToken: csrfTokenFor(secret, session.csrfSecret) };
    },
  );

  app.post(
    "/logout",
    { schema: { tags, summary: "Выход: сеанс завершается", response: { 204: noContentSchema } }, preValidation: requireAuth },
    async (request, reply) => {
      const auth = authOf(request);
      await deleteSession(db, auth.sessionId);
      await writeAudit(db, { actorId: auth.principal.userId, action: "auth.logout", entity: "user", entityId: auth.principal.userId });
      reply.header("set-cookie", clearedSessionCookie(secureCookies));
      return reply.status(204).send();
    },
  );

  app.get(
    "/me",
    { schema: { tags, summary: "Текущий пользователь и токен CSRF", response: { 200: sessionAnswerSchema } }, preValidation: requireAuth },
    async (request) => {
      const auth = authOf(request);
      const user = await describeUser(db, {
        login: auth.login,
        displayName: auth.displayName,
        role: auth.principal.role,
        scopeUnitId: auth.principal.scopeUnitId,
      });
      return { user, csrfToken: csrfTokenFor(secret, auth.csrfSecret) };
    },
  );

  app.post(
    "/password",
    { schema: { tags, summary: "Сменить свой пароль (другие сеансы завершаются)", response: { 200: revokedSessionsSchema } }, preValidation: requireAuth },
    async (request) => {
      const auth = authOf(request);
      const parsed = passwordChangeBody.safeParse(request.body);
      if (!parsed.success) throw new BadRequestError('Укажите текущий и новый пароль: {"currentPassword": …, "newPassword": …}');
      const user = await findUserById(db, auth.principal.userId);
      if (!user) throw new UnauthorizedError();
      if (!(await verifyPassword(parsed.data.currentPassword, user.passwordHash))) throw new BadRequestError("Текущий пароль указан неверно");
      const problem = newPasswordProblem(user.login, parsed.data.newPassword);
      if (problem) throw new BadRequestError(problem);
      await changePasswordHash(db, user.id, await hashPassword(parsed.data.newPassword), user.id);
      const revokedSessions = await deleteUserSessions(db, user.id, auth.sessionId);
      await writeAudit(db, { actorId: user.id, action: "user.password_change", entity: "user", entityId: user.id, after: { revokedSessions } });
      return { revokedSessions };
    },
  );
};
