// What an administrator may offer in the account forms, by the contract's account rules (the server applies the same), and where a server error belongs.
import {
  grantableRoles,
  isFederalRole,
  loginPattern,
  loginPatternMessage,
  minPasswordLength,
  passwordRuleProblem,
  roleLabels,
  scopeKindProblem,
  type Role,
} from "../../../../contract/roles";
import type { ScopeUnit } from "../../../../contract/units";

export { grantableRoles, isFederalRole, loginPattern, loginPatternMessage, minPasswordLength };

export const roleOptions = (roles: readonly Role[]) => roles.map((role) => ({ value: role, label: roleLabels[role] }));

/** The open units an account of `role` may be scoped to: regions for a regional admin, centres for a unit manager, none for federal roles. */
export function scopeUnitsFor(role: Role, units: readonly ScopeUnit[]): ScopeUnit[] {
  if (isFederalRole(role)) return [];
  return units.filter((unit) => unit.closedAt === null && scopeKindProblem(role, unit.kind) === undefined);
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

/** The server's plain password rules, checked before sending: not shorter than 10, not the login. */
export const passwordProblem = passwordRuleProblem;
