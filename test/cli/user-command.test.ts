// `zvezda user add|passwd` in a child process over each backend: accounts are created with valid scopes and can sign in.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findUserByLogin, migrate, openDatabase, type Database } from "../../src/db/index.js";
import { verifyPassword } from "../../src/server/auth/password-hash.js";
import { zvezda } from "../support/run-cli.js";
import { backends, createPostgresDatabase, openTestDatabase, temporaryDir } from "../support/databases.js";

describe.each(backends)("zvezda user on %s", (backend) => {
  const dir = temporaryDir();
  const env: Record<string, string> = {};
  let drop: (() => Promise<void>) | undefined;
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
    const database = backend === "pglite" ? await openTestDatabase("pglite", { dataDir }) : await open();
    try {
      if (backend === "postgres") expect((await migrate(database.db)).ok).toBe(true);
      await database.db.insertInto("org_units").values({ id: "32-01", kind: "territorial", name: "ЦЗН Клинцы", parent_id: "32" }).execute();
    } finally {
      await database.close();
    }
  });
  afterAll(async () => {
    await drop?.();
    dir.remove();
  });

  const account = async (login: string) => {
    const database = await open();
    try {
      return await findUserByLogin(database.db, login);
    } finally {
      await database.close();
    }
  };

  it("adds a federal admin and a scoped manager, then changes a password", async () => {
    const admin = await zvezda(["user", "add", "--login", "Root", "--password", "first-password-1", "--role", "federal_admin", "--name", "Главный"], env);
    expect(admin.stderr).toBe("");
    expect(admin.code).toBe(0);
    expect(admin.stdout).toBe("Учётная запись root создана / account created: federal_admin, вся страна / the whole country\n");
    const manager = await zvezda(["user", "add", "--login", "klintsy", "--password", "second-password", "--role", "unit_manager", "--unit", "32-01"], env);
    expect(manager.code).toBe(0);
    expect(manager.stdout).toContain("ЦЗН Клинцы (32-01)");
    const root = await account("root");
    expect(root).toMatchObject({ login: "root", displayName: "Главный", role: "federal_admin", scopeUnitId: null });
    expect(await verifyPassword("first-password-1", root!.passwordHash)).toBe(true);

    const passwd = await zvezda(["user", "passwd", "--login", "root", "--password", "changed-password"], env);
    expect(passwd.code).toBe(0);
    expect(await verifyPassword("changed-password", (await account("root"))!.passwordHash)).toBe(true);
  });

  it("refuses a taken login in one line with exit 2", async () => {
    const again = await zvezda(["user", "add", "--login", "ROOT", "--password", "another-password", "--role", "federal_analyst"], env);
    expect(again.code).toBe(2);
    expect(again.stdout).toBe("");
    expect(again.stderr).toBe("Логин root уже занят / login root is taken\n");
  });

  it
    .runIf(backend === "pglite")
    .each([
      [["--login", "a", "--password", "long-enough-1", "--role", "superuser"]],
      [["--login", "a", "--password", "long-enough-1", "--role", "federal_admin", "--unit", "32"]],
      [["--login", "a", "--password", "long-enough-1", "--role", "regional_admin"]],
      [["--login", "a", "--password", "long-enough-1", "--role", "regional_admin", "--unit", "99-99"]],
      [["--login", "a", "--password", "short", "--role", "federal_admin"]],
      [["--login", "a", "--role", "federal_admin"]],
    ])("refuses %j with exit 2", async (args) => {
    const run = await zvezda(["user", "add", ...args], env);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().length).toBeGreaterThan(0);
    expect(await account("a")).toBeUndefined();
  });
});
