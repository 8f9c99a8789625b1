// The first schema guards its invariants itself: org tree shape, roles and scopes, one active methodology.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonb, type Database } from "../../src/db/index.js";
import { backends, openTestDatabase } from "../support/databases.js";

describe.each(backends)("schema constraints on %s", (backend) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(backend);
  });
  afterAll(() => database?.close());

  const unit = (values: Record<string, unknown>) =>
    database.db
      .insertInto("org_units")
      .values({ kind: "territorial", name: "ЦЗН", ...values } as never)
      .execute();

  it("keeps the org tree well-formed", async () => {
    await unit({ id: "32-M", kind: "managing", parent_id: "32" });
    await unit({ id: "32-01", parent_id: "32-M", hours: jsonb({ mon: "09:00-18:00" }) });
    await expect(unit({ id: "32-02" })).rejects.toThrow(/org_units_region_is_root/);
    await expect(unit({ id: "99", kind: "region", network: "centralized", parent_id: "32" })).rejects.toThrow();
    await expect(unit({ id: "X1", kind: "region", network: "centralized" })).rejects.toThrow(/org_units_region_code/);
    await expect(unit({ id: "98", kind: "region" })).rejects.toThrow(/org_units_network_on_regions/);
    await expect(unit({ id: "32-03", parent_id: "32", network: "centralized" })).rejects.toThrow(/org_units_network_on_regions/);
    await expect(unit({ id: "32-04", parent_id: "32", timezone: "Europe/Moscow" })).rejects.toThrow(/org_units_timezone_on_regions/);
    await expect(unit({ id: "32-05", parent_id: "nowhere" })).rejects.toThrow();
    await expect(unit({ id: "bad id/with slash", parent_id: "32" })).rejects.toThrow();
  });

  it("ties user scopes to roles and keeps logins unique and lower-case", async () => {
    const user = (values: Record<string, unknown>) =>
      database.db
        .insertInto("users")
        .values({ password_hash: "x", display_name: "Тест", ...values } as never)
        .returning("id")
        .executeTakeFirstOrThrow();
    const admin = await user({ login: "admin", role: "federal_admin" });
    expect(admin.id).toMatch(/^[0-9a-f-]{36}$/);
    await user({ login: "bryansk", role: "regional_admin", scope_unit_id: "32" });
    await expect(user({ login: "admin", role: "federal_analyst" })).rejects.toThrow();
    await expect(user({ login: "Upper", role: "federal_analyst" })).rejects.toThrow();
    await expect(user({ login: "noscope", role: "unit_manager" })).rejects.toThrow(/users_scope_by_role/);
    await expect(user({ login: "scoped", role: "federal_analyst", scope_unit_id: "32" })).rejects.toThrow(/users_scope_by_role/);
    await expect(user({ login: "boss", role: "superuser" })).rejects.toThrow();
  });

  it("allows one active methodology version at most", async () => {
    const version = (id: string, active: boolean) =>
      database.db
        .insertInto("methodology_versions")
        .values({ id, title: id, body: jsonb({ id }), is_active: active })
        .execute();
    await version("2022.2", true);
    await version("2023.1", false);
    await expect(version("2024.1", true)).rejects.toThrow();
  });

  it("stores a survey response once per form token", async () => {
    const response = (id: string) =>
      database.db
        .insertInto("responses")
        .values({
          id,
          unit_id: "32-01",
          respondent: "seeker",
          methodology_id: "2022.2",
          submitted_at: "2025-04-01T07:15:00Z",
          local_month: "2025-04",
          channel: "qr",
          answers: jsonb({ q1: 9, q4: "yes" }),
          form_token: "token-1",
        })
        .execute();
    await response("r1");
    await expect(response("r2")).rejects.toThrow();
    const row = await database.db.selectFrom("responses").selectAll().where("id", "=", "r1").executeTakeFirstOrThrow();
    expect(row).toMatchObject({ local_month: "2025-04", excluded: false, comments: null, answers: { q1: 9, q4: "yes" } });
    expect(row.submitted_at).toEqual(new Date("2025-04-01T07:15:00Z"));
  });

  it("checks objective periods", async () => {
    const entry = (period: string, start: string, end: string, indicator = "К1") =>
      database.db
        .insertInto("objective_entries")
        .values({ unit_id: "32-01", indicator, period, period_start: start, period_end: end, payload: jsonb({ met: 10, applicable: 12 }) })
        .returning(["status", "period_start", "period_end"])
        .executeTakeFirstOrThrow();
    expect(await entry("2025-Q2", "2025-04-01", "2025-06-30")).toEqual({ status: "approved", period_start: "2025-04-01", period_end: "2025-06-30" });
    await expect(entry("2025-Q5", "2025-04-01", "2025-06-30")).rejects.toThrow();
    // Another indicator, so that the overlap trigger (0006) has nothing to refuse first.
    await expect(entry("2025-04", "2025-04-30", "2025-04-01", "К3")).rejects.toThrow(/objective_entries_period_order/);
  });
});
