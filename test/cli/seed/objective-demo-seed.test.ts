// The demo's objective data: every workflow state, full checklists replacing the generated counts, and a history.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDefaultMethodology } from "../../../src/cli/methodology-files.js";
import { seedObjectiveWorkflow } from "../../../src/cli/seed/objective-demo-seed.js";
import { demoUsers } from "../../../src/cli/seed/demo-users.js";
import { insertObjectiveEntry, type Database } from "../../../src/db/index.js";
import { backends, openTestDatabase } from "../../support/databases.js";

const m = loadDefaultMethodology();

describe.each(backends)("objective demo seed on %s", (backend) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(backend);
    const db = database.db;
    await db
      .insertInto("org_units")
      .values([
        { id: "32-02", kind: "territorial", name: "Клинцы", parent_id: "32" },
        { id: "25-01", kind: "territorial", name: "Владивосток", parent_id: "25" },
        { id: "25-02", kind: "territorial", name: "Уссурийск", parent_id: "25" },
      ])
      .execute();
    await db
      .insertInto("users")
      .values(demoUsers.map((u) => ({ login: u.login, password_hash: "x", display_name: u.displayName, role: u.role, scope_unit_id: u.scope })))
      .execute();
    await insertObjectiveEntry(db, {
      unitId: "32-02",
      indicator: "К1",
      period: "2026-Q3",
      status: "approved",
      actorId: null,
      content: { payload: { met: 5, applicable: 12 } },
    });
  });
  afterAll(async () => database?.close());

  it("leaves entries in every state with their answers, events and audit history", async () => {
    const db = database.db;
    const { added } = await seedObjectiveWorkflow(db, m);
    const entries = await db.selectFrom("objective_entries").select(["id", "unit_id", "indicator", "period", "status", "payload", "return_reason"]).execute();
    expect(entries).toHaveLength(added + 1);
    expect(new Set(entries.map((e) => e.status))).toEqual(new Set(["draft", "submitted", "approved", "returned"]));
    const comfort = entries.find((e) => e.unit_id === "32-02" && e.indicator === "К1" && e.period === "2026-Q3")!;
    expect(comfort).toMatchObject({ status: "approved", payload: { met: 9, applicable: 11 } });
    const answers = await db.selectFrom("objective_checklist_answers").select("answer").where("entry_id", "=", comfort.id).execute();
    expect(answers.map((a) => a.answer).sort()).toEqual([...Array(9).fill("yes"), "na", "no", "no"].sort());
    const reopened = await db.selectFrom("objective_reopenings").select(["entry_id", "reason"]).execute();
    expect(reopened).toHaveLength(1);
    expect(entries.find((e) => e.id === reopened[0]!.entry_id)).toMatchObject({ indicator: "П3", status: "returned", payload: { events: 3 } });
    const history = await db.selectFrom("audit_log").select("action").where("entity_id", "=", comfort.id).orderBy("id").execute();
    expect(history.map((h) => h.action)).toEqual(["objective.create", "objective.submit", "objective.approve"]);
  });
});
