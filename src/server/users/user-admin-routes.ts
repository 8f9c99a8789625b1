// POST /api/users, PATCH /api/users/:id, POST /api/users/:id/password: account administration within the caller's scope, audited.
import type { FastifyPluginAsync, FastifyRequest, preValidationAsyncHookHandler } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  changePasswordHash,
  deleteUserSessions,
  findAccountListing,
  findUnitAncestry,
  findUnitDetails,
  findUserById,
  insertAccount,
  normaliseLogin,
  updateAccount,
  writeAudit,
  type Db,
  type Role,
  type UserAccount,
} from "../../db/index.js";
import { accountAdminRoles, canManage, isFederal, type Principal } from "../auth/access.js";
import { newPasswordProblem } from "../auth/auth-schemas.js";
import { authOf, requireRole, requireUnitAccess } from "../auth/guards.js";
import { hashPassword } from "../auth/password-hash.js";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../errors/app-errors.js";
import { grantRefusal, levelRefusal, managesAccount, type ScopeCandidate } from "./account-rules.js";
import { revokedSessionsSchema } from "../../contract/auth.js";
import { createUserBody, resetPasswordBody, updateUserBody, userAnswerSchema, userIdParams } from "../../contract/users.js";
import { userListingView } from "./user-listing-view.js";

const userNotFound = "Пользователь не найден";
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const tags = ["Пользователи"];

/**
 * The account `id` when `principal` administers it; undefined for an unknown id and one outside the scope alike.
 * An account in scope but at the caller's level or above is refused with 403, and the attempt audited.
 */
async function managedAccount(db: Db, principal: Principal, id: string, attempt: string): Promise<UserAccount | undefined> {
  if (!uuidPattern.test(id)) return undefined;
  const user = await findUserById(db, id);
  if (!user) return undefined;
  const path = user.scopeUnitId === null ? [] : await findUnitAncestry(db, user.scopeUnitId);
  if (!managesAccount(principal, path)) return undefined;
  const refusal = levelRefusal(principal, user);
  if (refusal) {
    await writeAudit(db, {
      actorId: principal.userId,
      action: "user.refused",
      entity: "user",
      entityId: user.id,
      unitId: user.scopeUnitId,
      after: { attempt, reason: "same_or_higher_level", role: user.role },
    });
    throw refusal;
  }
  return user;
}

/** 404 unless the caller administers the account of `:id`. */
function requireManagedUser(db: Db): preValidationAsyncHookHandler {
  return async (request) => {
    const id = (request.params as { id?: string }).id ?? "";
    const attempt = request.url.endsWith("/password") ? "password_reset" : "update";
    if (!(await managedAccount(db, authOf(request).principal, id, attempt))) throw new NotFoundError(userNotFound);
  };
}

async function scopeCandidate(db: Db, id: string | null): Promise<ScopeCandidate | undefined> {
  if (id === null) return undefined;
  const unit = await findUnitDetails(db, id);
  return unit ? { id: unit.id, kind: unit.kind, path: await findUnitAncestry(db, unit.id) } : undefined;
}

/** The account fields an audit entry records. */
const auditView = (u: { displayName: string; role: Role; scopeUnitId: string | null; disabled: boolean }) => ({
  displayName: u.displayName,
  role: u.role,
  scopeUnitId: u.scopeUnitId,
  disabled: u.disabled,
});

const scopeOfBody = (request: FastifyRequest) => {
  const scope = (request.body as { scopeUnitId?: unknown } | undefined)?.scopeUnitId;
  return typeof scope === "string" && scope !== "" ? scope : undefined;
};

/** Mounted inside the /api scope, beside GET /api/users. */
export const userAdminRoutes: FastifyPluginAsync<{ db: Db }> = async (plain, { db }) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const admins = requireRole(...accountAdminRoles);

  app.post(
    "/users",
    {
      schema: { tags, summary: "Создать учётную запись в своей зоне доступа", body: createUserBody, response: { 201: userAnswerSchema } },
      preValidation: [admins, requireUnitAccess(db, scopeOfBody, canManage)],
    },
    async (request, reply) => {
      const { principal } = authOf(request);
      const body = request.body;
      const refusal = grantRefusal(principal, body.role, body.scopeUnitId, await scopeCandidate(db, body.scopeUnitId));
      if (refusal) throw refusal;
      const problem = newPasswordProblem(body.login, body.password);
      if (problem) throw new ValidationError(problem);
      const passwordHash = await hashPassword(body.password);
      const login = normaliseLogin(body.login);
      const created = await db.transaction().execute(async (trx) => {
        const row = await insertAccount(trx, {
          login,
          passwordHash,
          displayName: body.displayName,
          role: body.role,
          scopeUnitId: body.scopeUnitId,
          createdBy: principal.userId,
        });
        if (!row) return undefined;
        await writeAudit(trx, {
          actorId: principal.userId,
          action: "user.create",
          entity: "user",
          entityId: row.id,
          unitId: body.scopeUnitId,
          after: { login, ...auditView({ ...body, disabled: false }) },
        });
        return row;
      });
      if (!created) throw new ConflictError("login_taken", `Логин «${login}» уже занят`);
      return reply.status(201).send({ user: userListingView(await findAccountListing(db, created.id)) });
    },
  );

  app.patch(
    "/users/:id",
    {
      schema: {
        tags,
        summary: "Изменить имя, роль, подразделение или блокировку учётной записи",
        params: userIdParams,
        body: updateUserBody,
        response: { 200: userAnswerSchema },
      },
      preValidation: [admins, requireManagedUser(db)],
    },
    async (request) => {
      const { principal } = authOf(request);
      const user = await managedAccount(db, principal, request.params.id, "update");
      if (!user) throw new NotFoundError(userNotFound);
      const body = request.body;
      const role = body.role ?? user.role;
      const scopeUnitId = body.scopeUnitId !== undefined ? body.scopeUnitId : isFederal(role) ? null : user.scopeUnitId;
      const grantChanges = role !== user.role || scopeUnitId !== user.scopeUnitId;
      if (user.id === principal.userId) {
        if (grantChanges) throw new ForbiddenError("Нельзя изменить собственную роль или подразделение");
        if (body.disabled === true) throw new ForbiddenError("Нельзя заблокировать собственную учётную запись");
      }
      if (grantChanges) {
        const refusal = grantRefusal(principal, role, scopeUnitId, await scopeCandidate(db, scopeUnitId));
        if (refusal) throw refusal;
      }
      const after = { displayName: body.displayName ?? user.displayName, role, scopeUnitId, disabled: body.disabled ?? user.disabled };
      await db.transaction().execute(async (trx) => {
        await updateAccount(trx, user.id, after);
        // A blocked account's sessions end now, not at their next request.
        const revokedSessions = after.disabled && !user.disabled ? await deleteUserSessions(trx, user.id) : 0;
        await writeAudit(trx, {
          actorId: principal.userId,
          action: "user.update",
          entity: "user",
          entityId: user.id,
          unitId: scopeUnitId ?? user.scopeUnitId,
          before: auditView(user),
          after: { ...auditView(after), ...(revokedSessions > 0 ? { revokedSessions } : {}) },
        });
      });
      return { user: userListingView(await findAccountListing(db, user.id)) };
    },
  );

  app.post(
    "/users/:id/password",
    {
      schema: {
        tags,
        summary: "Задать пароль учётной записи (все её сеансы завершаются)",
        params: userIdParams,
        body: resetPasswordBody,
        response: { 200: revokedSessionsSchema },
      },
      preValidation: [admins, requireManagedUser(db)],
    },
    async (request) => {
      const { principal } = authOf(request);
      const user = await managedAccount(db, principal, request.params.id, "password_reset");
      if (!user) throw new NotFoundError(userNotFound);
      if (user.id === principal.userId) throw new ForbiddenError("Свой пароль меняйте через смену пароля (POST /api/auth/password)");
      const problem = newPasswordProblem(user.login, request.body.password);
      if (problem) throw new ValidationError(problem);
      const passwordHash = await hashPassword(request.body.password);
      const revokedSessions = await db.transaction().execute(async (trx) => {
        await changePasswordHash(trx, user.id, passwordHash, principal.userId);
        const revoked = await deleteUserSessions(trx, user.id);
        await writeAudit(trx, {
          actorId: principal.userId,
          action: "user.password_reset",
          entity: "user",
          entityId: user.id,
          unitId: user.scopeUnitId,
          after: { revokedSessions: revoked },
        });
        return revoked;
      });
      return { revokedSessions };
    },
  );
};
