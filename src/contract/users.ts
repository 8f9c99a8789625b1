// /api/users: account listings and account administration within the caller's scope.
import { z } from "zod";
import { roleSchema } from "./auth.js";
import { isoDateTime } from "./common.js";
import { loginPattern, loginPatternMessage } from "./roles.js";

const scopeUnitId = z.string().min(1).max(64).nullable().describe("Код подразделения зоны доступа; null для федеральных ролей");
const displayName = z.string().trim().min(1, "Укажите имя").max(200).describe("Имя, как его видят другие");
const password = z.string().max(1024).describe("Пароль: не короче 10 символов и не совпадает с логином");

export const userIdParams = z.object({ id: z.string().min(1).max(64).describe("Идентификатор учётной записи") });

export const usersQuery = z.object({ unit: z.string().min(1).max(64).optional().describe("Только учётные записи этого поддерева") });

export const createUserBody = z.object({
  login: z.string().trim().regex(loginPattern, loginPatternMessage).describe("Логин (хранится строчными буквами)"),
  displayName,
  role: roleSchema,
  scopeUnitId: scopeUnitId.default(null),
  password,
});
export type NewAccount = z.input<typeof createUserBody>;

export const updateUserBody = z
  .object({ displayName: displayName.optional(), role: roleSchema.optional(), scopeUnitId: scopeUnitId.optional(), disabled: z.boolean().optional() })
  .refine((body) => Object.values(body).some((value) => value !== undefined), "Укажите хотя бы одно поле для изменения");
export type AccountPatch = z.input<typeof updateUserBody>;

export const resetPasswordBody = z.object({ password });

/** A user as an administrator sees it in a list (no hash). */
export const userListingSchema = z.object({
  id: z.string(),
  login: z.string(),
  displayName: z.string(),
  role: roleSchema,
  scopeUnitId: z.string().nullable(),
  scopeUnitName: z.string().nullable(),
  disabled: z.boolean(),
  lockedUntil: isoDateTime.nullable().describe("До какого момента вход заблокирован после неудачных попыток; null — не заблокирован"),
  lastLoginAt: isoDateTime.nullable(),
});
export type UserListing = z.infer<typeof userListingSchema>;

export const userListSchema = z.object({ users: z.array(userListingSchema) });
export type UserList = z.infer<typeof userListSchema>;

export const userAnswerSchema = z.object({ user: userListingSchema });
export type UserAnswer = z.infer<typeof userAnswerSchema>;
