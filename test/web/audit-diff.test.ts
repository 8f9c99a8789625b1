// The audit's before/after as the changed fields only, nested by path, absent sides as «—».
import { describe, expect, it } from "vitest";
import { auditDiff } from "../../src/web/format/audit-diff.js";

describe("audit difference", () => {
  it("lists only the changed fields", () => {
    expect(auditDiff({ name: "ЦЗН А", closed: false, hours: { mon: "9-18" } }, { name: "ЦЗН Б", closed: false, hours: { mon: "9-17" } })).toEqual([
      { field: "name", before: "ЦЗН А", after: "ЦЗН Б" },
      { field: "hours.mon", before: "9-18", after: "9-17" },
    ]);
  });
  it("shows a created or removed record field by field", () => {
    expect(auditDiff(null, { login: "ivanov", active: true })).toEqual([
      { field: "login", before: "—", after: "ivanov" },
      { field: "active", before: "—", after: "да" },
    ]);
    expect(auditDiff({ id: "k1" }, null)).toEqual([{ field: "id", before: "k1", after: "—" }]);
    expect(auditDiff(null, null)).toEqual([]);
    expect(auditDiff(1, 2)).toEqual([{ field: "значение", before: "1", after: "2" }]);
  });
});
