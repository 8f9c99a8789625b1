// Which role and scope an administrator may give an account: pure checks over the scope unit's ancestry.
import { scopeKindProblem } from "../../contract/roles.js";
import type { Role, UnitKind } from "../../db/index.js";
import { canManage, isFederal, type Principal } from "../auth/access.js";
import { ForbiddenError, NotFoundError, ValidationError, type AppError } from "../errors/app-errors.js";

/** The unit an account would be scoped to, with its ancestry (see findUnitAncestry); undefined when unknown. */
export interface ScopeCandidate {
  id: string;
  kind: UnitKind;
  path: readonly string[];
}

/**
 * The error that refuses giving `role` with scope `scope` (null: none asked) to an account, or
 * undefined when `principal` may. Federal roles take no unit and only a federal admin grants
 * them; a regional admin is scoped to a region, a unit manager to a centre; a regional admin
 * grants only within its region (regional_admin of that region, unit_manager below it).
 */
export function grantRefusal(principal: Principal, role: Role, scopeId: string | null, scope: ScopeCandidate | undefined): AppError | undefined {
  if (isFederal(role)) {
    if (principal.role !== "federal_admin") return new ForbiddenError("Федеральные роли назначает только федеральный администратор");
    if (scopeId !== null) return new ValidationError("У федеральных ролей нет подразделения: scopeUnitId должен быть null");
    return undefined;
  }
  if (scopeId === null) return new ValidationError("Для этой роли укажите подразделение (scopeUnitId)");
  if (!scope || !canManage(principal, scope.path)) return new NotFoundError("Подразделение не найдено");
  const kindProblem = scopeKindProblem(role, scope.kind);
  return kindProblem === undefined ? undefined : new ValidationError(kindProblem);
}

/** Whether `principal` administers the account scoped to `scopePath` (empty for federal accounts). */
export function managesAccount(principal: Principal, scopePath: readonly string[]): boolean {
  if (principal.role === "federal_admin") return true;
  return principal.role === "regional_admin" && canManage(principal, scopePath);
}

// Administration levels: an administrator manages only accounts strictly below its own.
const levels: Record<Role, number> = { federal_admin: 3, regional_admin: 2, federal_analyst: 1, unit_manager: 1 };

/**
 * The refusal when `principal` would manage (edit, block, reset the password of) `target`, an account at
 * its own level or above (a regional admin never touches a peer regional admin; federal admins' accounts
 * are managed with the command line), or undefined. One's own account is judged by the other rules.
 */
export function levelRefusal(principal: Principal, target: { id: string; role: Role }): AppError | undefined {
  if (target.id === principal.userId || levels[target.role] < levels[principal.role]) return undefined;
  return new ForbiddenError(
    target.role === "federal_admin"
      ? "Учётные записи федеральных администраторов изменяются только из командной строки (zvezda user)"
      : "Учётные записи вашего уровня изменяет вышестоящий администратор",
  );
}
