// The request bodies of account administration, as zod schemas (they validate and document).
import { z } from "zod";
import { allRoles } from "../auth/access.js";
import type { Role } from "../../db/index.js";

const role = z.enum(allRoles as [Role, ...Role[]]).describe("Роль: federal_admin, federal_analyst, regional_admin, unit_manager");
const scopeUnitId = z.string().min(1).max(64).nullable().describe("Код подразделения зоны доступа; null для федеральных ролей");
const displayName = z.string().trim().min(1, "Укажите имя").max(200).describe("Имя, как его видят другие");
const password = z.string().max(1024).describe("Пароль: не короче 10 символов и не совпадает с логином");

export const userIdParams = z.object({ id: z.string().min(1).max(64).describe("Идентификатор учётной записи") });

export const createUserBody = z.object({
  login: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9._@-]{2,64}$/, "Логин: от 2 до 64 латинских букв, цифр и знаков . _ @ -")
    .describe("Логин (хранится строчными буквами)"),
  displayName,
  role,
  scopeUnitId: scopeUnitId.default(null),
  password,
});

export const updateUserBody = z
  .object({ displayName: displayName.optional(), role: role.optional(), scopeUnitId: scopeUnitId.optional(), disabled: z.boolean().optional() })
  .refine((body) => Object.values(body).some((value) => value !== undefined), "Укажите хотя бы одно поле для изменения");

export const resetPasswordBody = z.object({ password });
