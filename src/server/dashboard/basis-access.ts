// Who may see figures on a basis other than the published one (the same rule as /api/results).
import type { CounterBasis } from "../../db/index.js";
import type { Principal } from "../auth/access.js";
import { ForbiddenError } from "../errors/app-errors.js";

/** Throws 403 when a unit manager asks for unpublished figures: a unit does not see its own review. */
export function assertBasisAllowed(principal: Principal, basis: CounterBasis): void {
  if (basis !== "published" && principal.role === "unit_manager") throw new ForbiddenError("Данные до проверки доступны проверяющим");
}
