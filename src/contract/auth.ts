// /api/auth: sign-in, the current user, sign-out, password change.
import { z } from "zod";
import { unitKindSchema } from "./common.js";
import { roles } from "./roles.js";

export const roleSchema = z.enum(roles).describe("Роль: federal_admin, federal_analyst, regional_admin, unit_manager");

export const loginBody = z.object({
  login: z.string().trim().min(1).max(200),
  password: z.string().min(1).max(1024),
});

export const passwordChangeBody = z.object({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z.string().max(1024),
});

/** The unit a user's scope is bound to. */
export const scopeUnitSchema = z.object({ id: z.string(), name: z.string(), kind: unitKindSchema });

/** The signed-in user as /api/auth answers it. */
export const authUserSchema = z.object({
  login: z.string(),
  displayName: z.string(),
  role: roleSchema,
  scope: scopeUnitSchema.nullable().describe("Подразделение зоны доступа; null для федеральных ролей (вся страна)"),
});
export type AuthUser = z.infer<typeof authUserSchema>;

/** The answer of sign-in and GET /api/auth/me. */
export const sessionAnswerSchema = z.object({ user: authUserSchema, csrfToken: z.string().describe("Токен для заголовка x-csrf-token") });
export type SessionAnswer = z.infer<typeof sessionAnswerSchema>;

/** How many other sessions a password change ended. */
export const revokedSessionsSchema = z.object({ revokedSessions: z.number().int() });
export type RevokedSessions = z.infer<typeof revokedSessionsSchema>;

/** 204 answers carry no body. */
export const noContentSchema = z.null().describe("Нет содержимого");
