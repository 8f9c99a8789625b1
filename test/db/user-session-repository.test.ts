// Users, sessions and unit ancestry over each backend: counting failures, locking, sliding expiry, revocation, subtrees.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  clearAddressFailures,
  createSession,
  createUser,
  deleteUserSessions,
  findSessionByToken,
  findUnitAncestry,
  findUserByLogin,
  hashSessionToken,
  listUsers,
  loginLockFor,
  recordAddressFailure,
  sessionLifetimeMs,
  type Database,
} from "../../src/db/index.js";
import { backends, openTestDatabase } from "../support/databases.js";

describe.each(backends)("user and session repositories on %s", (backend) => {
  let database: Database;
  let userId = "";
  beforeAll(async () => {
    database = await openTestDatabase(backend);
    await database.db
      .insertInto("org_units")
      .values([
        { id: "32-01", kind: "managing", name: "Управляющий ЦЗН", parent_id: "32" },
        { id: "32-01-a", kind: "territorial", name: "ЦЗН А", parent_id: "32-01" },
      ])
      .execute();
    const created = await createUser(database.db, {
      login: "Manager",
      passwordHash: "scrypt$x",
      displayName: "М",
      role: "unit_manager",
      scopeUnitId: "32-01-a",
    });
    userId = created!.id;
    await createUser(database.db, { login: "fed", passwordHash: "scrypt$x", displayName: "Ф", role: "federal_admin", scopeUnitId: null });
  });
  afterAll(async () => database?.close());

  it("finds users case-insensitively and refuses a duplicate login", async () => {
    expect((await findUserByLogin(database.db, " MANAGER "))?.id).toBe(userId);
    expect(await createUser(database.db, { login: "manager", passwordHash: "h", displayName: "x", role: "unit_manager", scopeUnitId: "32" })).toBeUndefined();
    const audit = await database.db.selectFrom("audit_log").select("action").where("entity_id", "=", userId).execute();
    expect(audit.map((a) => a.action)).toEqual(["user.create"]);
  });

  it("locks one address after every fifth failure, shows the lock in the listing, and clears it on success", async () => {
    const until = new Date("2030-01-01T00:00:00Z");
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await recordAddressFailure(database.db, userId, "addr-a", 5, () => until));
    expect(results.map((r) => r.lockedUntil)).toEqual([null, null, null, null, until]);
    expect(await loginLockFor(database.db, userId, "addr-a")).toEqual(until);
    expect(await loginLockFor(database.db, userId, "addr-b")).toBeNull();
    expect((await listUsers(database.db, null)).find((u) => u.id === userId)?.lockedUntil).toEqual(until);
    await clearAddressFailures(database.db, userId, "addr-a");
    expect(await loginLockFor(database.db, userId, "addr-a")).toBeNull();
    expect((await listUsers(database.db, null)).find((u) => u.id === userId)?.lockedUntil).toBeNull();
  });

  it("keeps only the token's hash, slides the expiry, and revokes other sessions", async () => {
    const t0 = new Date();
    const first = await createSession(database.db, userId, t0);
    const second = await createSession(database.db, userId, t0);
    expect(first.sessionId).toBe(hashSessionToken(first.token));
    expect(await findSessionByToken(database.db, "not-a-token")).toBeUndefined();
    const later = new Date(t0.getTime() + 2 * 60 * 1000);
    const found = await findSessionByToken(database.db, first.token, later);
    expect(found).toMatchObject({ userId, login: "manager", role: "unit_manager", scopeUnitId: "32-01-a" });
    expect(found!.expiresAt.getTime()).toBe(later.getTime() + sessionLifetimeMs);
    expect(await findSessionByToken(database.db, first.token, new Date(later.getTime() + sessionLifetimeMs + 1))).toBeUndefined();
    expect(await deleteUserSessions(database.db, userId, first.sessionId)).toBe(1);
    expect(await findSessionByToken(database.db, second.token)).toBeUndefined();
    expect(await findSessionByToken(database.db, first.token)).toBeDefined();
  });

  it("walks a unit's ancestry and lists the users of a subtree", async () => {
    expect(await findUnitAncestry(database.db, "32-01-a")).toEqual(["32-01-a", "32-01", "32"]);
    expect(await findUnitAncestry(database.db, "nope")).toEqual([]);
    expect((await listUsers(database.db, "32")).map((u) => u.login)).toEqual(["manager"]);
    expect((await listUsers(database.db, "25")).map((u) => u.login)).toEqual([]);
    expect((await listUsers(database.db, null)).map((u) => u.login)).toEqual(["fed", "manager"]);
  });
});
