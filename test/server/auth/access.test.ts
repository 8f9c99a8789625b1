// canRead / canManage: federal roles see everything, scoped roles their subtree, the analyst never changes.
import { describe, expect, it } from "vitest";
import { canManage, canRead, type Principal } from "../../../src/server/auth/access.js";

const p = (role: Principal["role"], scopeUnitId: string | null): Principal => ({ userId: "u", role, scopeUnitId });
const unitPath = ["32-01-a", "32-01", "32"];

describe("access", () => {
  it("lets federal roles read every existing unit", () => {
    expect(canRead(p("federal_admin", null), unitPath)).toBe(true);
    expect(canRead(p("federal_analyst", null), ["25"])).toBe(true);
    expect(canRead(p("federal_admin", null), [])).toBe(false);
  });
  it("limits scoped roles to their subtree", () => {
    expect(canRead(p("regional_admin", "32"), unitPath)).toBe(true);
    expect(canRead(p("regional_admin", "25"), unitPath)).toBe(false);
    expect(canRead(p("unit_manager", "32-01"), unitPath)).toBe(true);
    expect(canRead(p("unit_manager", "32-01"), ["32"])).toBe(false);
    expect(canRead(p("unit_manager", "32-01"), ["32-03", "32"])).toBe(false);
  });
  it("never lets the analyst manage", () => {
    expect(canManage(p("federal_analyst", null), unitPath)).toBe(false);
    expect(canManage(p("federal_admin", null), unitPath)).toBe(true);
    expect(canManage(p("regional_admin", "32"), unitPath)).toBe(true);
    expect(canManage(p("regional_admin", "25"), unitPath)).toBe(false);
  });
});
