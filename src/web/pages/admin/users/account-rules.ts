// What an administrator may offer in the account forms, mirroring the server's rules (src/server/users/account-rules.ts), and where a server error belongs.
import type { ScopeUnit } from "../../../api/admin-api";
import type { Role } from "../../../api/auth-api";
import { roleLabels } from "../../../format/labels";

export const federalRoles: readonly Role[] = ["federal_admin", "federal_analyst"];
export const isFederalRole = (role: Role) => federalRoles.includes(role);

/** The roles `callerRole` may grant: a federal admin any, a regional admin regional_admin and unit_manager. */
export function grantableRoles(callerRole: Role): Role[] {
  if (callerRole === "federal_admin") return ["federal_admin", "federal_analyst", "regional_admin", "unit_manager"];
  if (callerRole === "regional_admin") return ["regional_admin", "unit_manager"];
  return [];
}

export const roleOptions = (roles: readonly Role[]) => roles.map((role) => ({ value: role, label: roleLabels[role] }));

/** The open units an account of `role` may be scoped to: regions for a regional admin, centres for a unit manager, none for federal roles. */
export function scopeUnitsFor(role: Role, units: readonly ScopeUnit[]): ScopeUnit[] {
  if (isFederalRole(role)) return [];
  const kindFits = (unit: ScopeUnit) => (role === "regional_admin" ? unit.kind === "region" : unit.kind !== "region");
  return units.filter((unit) => unit.closedAt === null && kindFits(unit));
}

/** The options of the scope select, grouped by region (a centre's region is the first two characters of its code). */
export function scopeOptions(role: Role, units: readonly ScopeUnit[]): { group: string; items: { value: string; label: string }[] }[] {
  const regionName = new Map(units.filter((u) => u.kind === "region").map((u) => [u.id, u.name]));
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const unit of scopeUnitsFor(role, units)) {
    const region = unit.kind === "region" ? "Субъекты РФ" : `${unit.id.slice(0, 2)} · ${regionName.get(unit.id.slice(0, 2)) ?? "регион"}`;
    const items = groups.get(region) ?? [];
    items.push({ value: unit.id, label: `${unit.id} · ${unit.name}` });
    groups.set(region, items);
  }
  return [...groups].map(([group, items]) => ({ group, items }));
}

export type AccountField = "login" | "displayName" | "role" | "scopeUnitId" | "password";

const fieldPatterns: [AccountField, RegExp][] = [
  ["login", /^login:|логин(?!ом)/i],
  ["password", /^password:|парол/i],
  ["displayName", /^displayName:|имя/i],
  ["scopeUnitId", /^scopeUnitId:|подразделен|назначается на|scopeUnitId/i],
  ["role", /^role:|рол/i],
];

/** The form field a server message is about (its zod path or its words), or undefined for a message about the whole form. */
export function fieldOfMessage(message: string): AccountField | undefined {
  return fieldPatterns.find(([, pattern]) => pattern.test(message))?.[0];
}

/** The message without the zod path prefix ("login: Логин: от 2…" → "Логин: от 2…"). */
export const withoutPath = (message: string) => message.replace(/^(login|displayName|role|scopeUnitId|password): /, "");

export const loginPattern = /^[A-Za-z0-9._@-]{2,64}$/;
export const minPasswordLength = 10;

/** The server's password rules, checked before sending: not shorter than 10, not the login. */
export function passwordProblem(login: string, password: string): string | undefined {
  if (password.length < minPasswordLength) return `Пароль должен быть не короче ${minPasswordLength} символов`;
  if (password.trim().toLowerCase() === login.trim().toLowerCase()) return "Пароль не должен совпадать с логином";
  return undefined;
}
