// Kiosks over each backend: registered with a one-time token kept only as a hash, found, touched, revoked.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findKioskByToken, listKiosks, registerKiosk, revokeKiosk, touchKiosk, type Database } from "../../../src/db/index.js";
import { addBryanskCentres, backends, openTestDatabase } from "../../support/databases.js";

describe.each(backends)("kiosk repository on %s", (backend) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(backend);
    await addBryanskCentres(database.db);
  });
  afterAll(() => database?.close());

  it("registers a kiosk with a random token that only its hash is stored for, and audits it", async () => {
    const { id, token } = await registerKiosk(database.db, "32-01", "  Планшет у входа ");
    expect(id).toMatch(/^k[A-Za-z0-9_-]{11}$/);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await database.db.selectFrom("kiosks").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ unit_id: "32-01", label: "Планшет у входа", revoked_at: null, last_seen_at: null });
    expect(row.token_hash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(token);
    const audit = await database.db.selectFrom("audit_log").selectAll().where("entity_id", "=", id).execute();
    expect(audit).toEqual([
      expect.objectContaining({ actor_id: null, action: "kiosk.register", entity: "kiosk", after: { unitId: "32-01", label: "Планшет у входа" } }),
    ]);
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it("finds a kiosk by its token, and nothing by another token", async () => {
    const { id, token } = await registerKiosk(database.db, "32-01", "Зал ожидания");
    expect(await findKioskByToken(database.db, token)).toEqual({ id, unitId: "32-01", label: "Зал ожидания" });
    expect(await findKioskByToken(database.db, token.slice(1))).toBeUndefined();
    expect(await findKioskByToken(database.db, "")).toBeUndefined();
  });

  it("touches, lists and revokes: a revoked kiosk is not found and is revoked once", async () => {
    const { id, token } = await registerKiosk(database.db, "32-02", "Киоск");
    await touchKiosk(database.db, id);
    const [listed, ...others] = await listKiosks(database.db, "32-02");
    expect(others).toEqual([]);
    expect(listed).toMatchObject({ id, unitId: "32-02", label: "Киоск", revokedAt: null });
    expect(listed?.createdAt).toBeInstanceOf(Date);
    expect(listed?.lastSeenAt).toBeInstanceOf(Date);

    expect(await revokeKiosk(database.db, id)).toBe(true);
    expect(await findKioskByToken(database.db, token)).toBeUndefined();
    expect(await revokeKiosk(database.db, id)).toBe(false);
    expect(await revokeKiosk(database.db, "kNoSuchKiosk")).toBe(false);
    expect((await listKiosks(database.db, "32-02"))[0]?.revokedAt).toBeInstanceOf(Date);
    const actions = await database.db.selectFrom("audit_log").select("action").where("entity_id", "=", id).orderBy("id").execute();
    expect(actions.map((a) => a.action)).toEqual(["kiosk.register", "kiosk.revoke"]);
  });

  it("does not find the kiosks of a closed unit, and refuses an unknown unit", async () => {
    await database.db.insertInto("org_units").values({ id: "32-09", kind: "territorial", name: "ЦЗН Унеча", parent_id: "32" }).execute();
    const { token } = await registerKiosk(database.db, "32-09", "Киоск");
    expect(await findKioskByToken(database.db, token)).toBeDefined();
    await database.db.updateTable("org_units").set({ closed_at: new Date() }).where("id", "=", "32-09").execute();
    expect(await findKioskByToken(database.db, token)).toBeUndefined();
    await expect(registerKiosk(database.db, "99-99", "Киоск")).rejects.toThrow();
  });

  it("registers inside a caller's transaction", async () => {
    const { id } = await database.db.transaction().execute((trx) => registerKiosk(trx, "32-01", "В транзакции"));
    expect((await listKiosks(database.db, "32-01")).map((k) => k.id)).toContain(id);
  });
});
