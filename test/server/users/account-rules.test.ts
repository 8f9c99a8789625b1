// Which role and scope an administrator may grant: the pure rule.
import { describe, expect, it } from "vitest";
import type { Principal } from "../../../src/server/auth/access.js";
import { grantRefusal, managesAccount } from "../../../src/server/users/account-rules.js";

const fadmin: Principal = { userId: "f", role: "federal_admin", scopeUnitId: null };
const radmin: Principal = { userId: "r", role: "regional_admin", scopeUnitId: "32" };
const region32 = { id: "32", kind: "region" as const, path: ["32"] };
const centre = { id: "32-01", kind: "territorial" as const, path: ["32-01", "32"] };
const region25 = { id: "25", kind: "region" as const, path: ["25"] };

describe("grantRefusal", () => {
  it("lets a federal admin grant any role with the right kind of scope", () => {
    expect(grantRefusal(fadmin, "federal_analyst", null, undefined)).toBeUndefined();
    expect(grantRefusal(fadmin, "regional_admin", "25", region25)).toBeUndefined();
    expect(grantRefusal(fadmin, "federal_admin", "32", region32)?.statusCode).toBe(400);
    expect(grantRefusal(fadmin, "unit_manager", "32", region32)?.statusCode).toBe(400);
    expect(grantRefusal(fadmin, "regional_admin", null, undefined)?.statusCode).toBe(400);
  });

  it("keeps a regional admin to its region and below, without federal roles", () => {
    expect(grantRefusal(radmin, "regional_admin", "32", region32)).toBeUndefined();
    expect(grantRefusal(radmin, "unit_manager", "32-01", centre)).toBeUndefined();
    expect(grantRefusal(radmin, "federal_admin", null, undefined)?.statusCode).toBe(403);
    expect(grantRefusal(radmin, "regional_admin", "25", region25)?.statusCode).toBe(404);
    expect(grantRefusal(radmin, "unit_manager", "99-01", undefined)?.statusCode).toBe(404);
  });

  it("says which accounts an admin manages", () => {
    expect(managesAccount(fadmin, [])).toBe(true);
    expect(managesAccount(radmin, [])).toBe(false);
    expect(managesAccount(radmin, ["32-01", "32"])).toBe(true);
    expect(managesAccount(radmin, ["25"])).toBe(false);
  });
});
