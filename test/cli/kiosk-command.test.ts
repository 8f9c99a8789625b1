// `zvezda kiosk` in a child process over each backend: the printed URL's token finds the kiosk; bad units exit 2.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findKioskByToken, migrate, openDatabase, type Database } from "../../src/db/index.js";
import { zvezda } from "../support/run-cli.js";
import { backends, createPostgresDatabase, openTestDatabase, temporaryDir } from "../support/databases.js";

const publicUrl = "https://zvezda.example.ru";

describe.each(backends)("zvezda kiosk on %s", (backend) => {
  const dir = temporaryDir();
  const env: Record<string, string> = { ZVEZDA_PUBLIC_URL: publicUrl };
  let drop: (() => Promise<void>) | undefined;
  /** Opens the database the CLI uses (PGlite holds a lock: close before the next run). */
  let open: () => Promise<Database>;

  beforeAll(async () => {
    const dataDir = join(dir.path, "data");
    if (backend === "postgres") {
      const created = await createPostgresDatabase();
      drop = created.drop;
      env.DATABASE_URL = created.url;
      open = () => openDatabase({ url: created.url });
    } else {
      env.ZVEZDA_DATA_DIR = dataDir;
      open = () => openDatabase({ dataDir });
    }
    // Migrated and given two centres before the CLI runs (PGlite from the fast template).
    const database = backend === "pglite" ? await openTestDatabase("pglite", { dataDir }) : await open();
    try {
      if (backend === "postgres") expect((await migrate(database.db)).ok).toBe(true);
      await database.db
        .insertInto("org_units")
        .values([
          { id: "32-01", kind: "territorial", name: "ЦЗН Клинцы", parent_id: "32" },
          { id: "32-02", kind: "territorial", name: "ЦЗН Закрытый", parent_id: "32", closed_at: new Date() },
        ])
        .execute();
    } finally {
      await database.close();
    }
  });
  afterAll(async () => {
    await drop?.();
    dir.remove();
  });

  it("adds a kiosk and prints its URL once; the token finds the kiosk; list and revoke work", async () => {
    const added = await zvezda(["kiosk", "add", "--unit", "32-01", "--label", "Планшет у входа"], env);
    expect(added.stderr).toBe("");
    expect(added.code).toBe(0);
    const match = added.stdout.match(/^Адрес киоска \/ kiosk URL: (https:\/\/zvezda\.example\.ru\/k\/([A-Za-z0-9_-]{43}))$/m);
    expect(match, added.stdout).not.toBeNull();
    expect(added.stdout).toContain("показан один раз");
    const id = added.stdout.match(/^Киоск (k[A-Za-z0-9_-]+) /m)?.[1] ?? "";

    let database = await open();
    try {
      expect(await findKioskByToken(database.db, match?.[2] ?? "")).toEqual({ id, unitId: "32-01", label: "Планшет у входа" });
    } finally {
      await database.close();
    }

    const listed = await zvezda(["kiosk", "list", "--unit", "32-01"], env);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(new RegExp(`^  ${id}  Планшет у входа .*действует / active$`, "m"));

    const revoked = await zvezda(["kiosk", "revoke", "--id", id], env);
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toContain(`Киоск ${id} отключён`);
    database = await open();
    try {
      expect(await findKioskByToken(database.db, match?.[2] ?? "")).toBeUndefined();
    } finally {
      await database.close();
    }
  });

  it.each([["99-99"], ["32-02"]])("refuses the unknown or closed unit %s in one line with exit 2", async (unit) => {
    const run = await zvezda(["kiosk", "add", "--unit", unit], env);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`Нет действующего центра с кодом ${unit} / no open unit with code ${unit}\n`);
  });

  it.runIf(backend === "pglite")("refuses a missing --unit and an unknown option with exit 2", async () => {
    expect((await zvezda(["kiosk", "add"], env)).code).toBe(2);
    expect((await zvezda(["kiosk", "add", "--unit", "32-01", "--colour", "red"], env)).code).toBe(2);
    expect((await zvezda(["kiosk", "revoke", "--id", "kNoSuchKiosk"], env)).code).toBe(2);
  });
});
