// The roles of the platform, declared once, with their Russian names and the account rules both sides apply (no zod: the web imports it whole).

export const roles = ["federal_admin", "federal_analyst", "regional_admin", "unit_manager"] as const;
export type Role = (typeof roles)[number];

/** Roles that see the whole country (bound to no unit). */
export const federalRoles: readonly Role[] = ["federal_admin", "federal_analyst"];
/** Roles that manage user accounts (within their scope). */
export const accountAdminRoles: readonly Role[] = ["federal_admin", "regional_admin"];

/** Whether `role` is federal (bound to no unit). */
export const isFederalRole = (role: Role): boolean => federalRoles.includes(role);

export const roleLabels: Record<Role, string> = {
  federal_admin: "федеральный администратор",
  federal_analyst: "федеральный аналитик",
  regional_admin: "региональный администратор",
  unit_manager: "руководитель центра",
};

/** The roles `callerRole` may grant: a federal admin any, a regional admin regional_admin and unit_manager. */
export function grantableRoles(callerRole: Role): Role[] {
  if (callerRole === "federal_admin") return [...roles];
  if (callerRole === "regional_admin") return ["regional_admin", "unit_manager"];
  return [];
}

/**
 * Why an account of a non-federal `role` may not be scoped to a unit of `kind`, in Russian, or undefined when it may:
 * a regional admin is scoped to a region, a unit manager to a centre.
 */
export function scopeKindProblem(role: Role, kind: "region" | "managing" | "territorial"): string | undefined {
  if (role === "regional_admin" && kind !== "region") return "Региональный администратор назначается на субъект РФ, а не на ЦЗН";
  if (role === "unit_manager" && kind === "region") return "Руководитель ЦЗН назначается на ЦЗН, а не на субъект РФ";
  return undefined;
}

/** Minimum length of a new password (the server, the CLI and the forms apply the same rule). */
export const minPasswordLength = 10;

/** What a login may be: 2 to 64 Latin letters, digits and . _ @ -. */
export const loginPattern = /^[A-Za-z0-9._@-]{2,64}$/;
export const loginPatternMessage = "Логин: от 2 до 64 латинских букв, цифр и знаков . _ @ -";

/** The plain problem with `password` as a new password for `login` (too short, equal to the login), in Russian, or undefined. */
export function passwordRuleProblem(login: string, password: string): string | undefined {
  if (password.length < minPasswordLength) return `Пароль должен быть не короче ${minPasswordLength} символов`;
  if (password.trim().toLowerCase() === login.trim().toLowerCase()) return "Пароль не должен совпадать с логином";
  return undefined;
}
