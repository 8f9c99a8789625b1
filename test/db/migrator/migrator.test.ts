// The migrator: from zero, idempotent, refuses edited history, reports failures, safe when run twice at once.
import { cpSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultMigrationsFolder, loadMigrationFiles, migrate, readMigrationStatus, type Database } from "../../../src/db/index.js";
import { backends, openTestDatabase, temporaryDir } from "../../support/databases.js";

const shipped = readdirSync(fileURLToPath(defaultMigrationsFolder))
  .filter((name) => name.endsWith(".sql"))
  .sort()
  .map((name) => name.slice(0, -4));

/** A copy of the shipped migrations that a test may change. */
function copyOfMigrations(): { folder: string; remove(): void } {
  const dir = temporaryDir("zvezda-migrations-");
  cpSync(fileURLToPath(defaultMigrationsFolder), dir.path, { recursive: true });
  return { folder: dir.path, remove: dir.remove };
}

describe("migration files", () => {
  it("are numbered without gaps and start with the initial schema", async () => {
    const files = await loadMigrationFiles();
    expect(files.map((file) => file.name)).toEqual(shipped);
    expect(shipped.slice(0, 2)).toEqual(["0001_init", "0002_regions"]);
    files.forEach((file, index) => expect(file.name.slice(0, 4)).toBe(String(index + 1).padStart(4, "0")));
  });

  it("refuse a misnamed file", async () => {
    const copy = copyOfMigrations();
    try {
      writeFileSync(join(copy.folder, "3_bad-name.sql"), "select 1;");
      await expect(loadMigrationFiles(copy.folder)).rejects.toThrow(/0001_name\.sql/);
    } finally {
      copy.remove();
    }
  });
});

describe.each(backends)("migrator on %s", (backend) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(backend, { migrated: false });
  });
  afterAll(() => database?.close());

  it("applies every migration to an empty database, in order", async () => {
    expect(await readMigrationStatus(database.db)).toEqual({ applied: 0, latest: null });
    const report = await migrate(database.db);
    expect(report.ok).toBe(true);
    expect(report.results.map((result) => [result.name, result.status])).toEqual(shipped.map((name) => [name, "applied"]));
    const rows = await database.db.selectFrom("schema_migrations").selectAll().orderBy("name").execute();
    expect(rows.map((row) => row.name)).toEqual(shipped);
    for (const row of rows) {
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.applied_at).toBeInstanceOf(Date);
    }
    expect(await readMigrationStatus(database.db)).toEqual({ applied: shipped.length, latest: shipped.at(-1) });
  });

  it("is idempotent: running again applies nothing", async () => {
    const report = await migrate(database.db);
    expect(report.ok).toBe(true);
    expect(report.results.every((result) => result.status === "already-applied")).toBe(true);
    expect(await readMigrationStatus(database.db)).toEqual({ applied: shipped.length, latest: shipped.at(-1) });
  });

  it("applies only the new migration of a longer list", async () => {
    const copy = copyOfMigrations();
    try {
      writeFileSync(join(copy.folder, "0900_test_extra.sql"), "create table test_extra (id int primary key);\ninsert into test_extra values (1), (2);\n");
      const report = await migrate(database.db, { folder: copy.folder });
      expect(report.ok).toBe(true);
      expect(report.results.filter((result) => result.status === "applied").map((result) => result.name)).toEqual(["0900_test_extra"]);
      const count = await database.db
        .selectFrom("test_extra" as never)
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      expect(count.n).toBe(2);
    } finally {
      copy.remove();
    }
  });

  it("refuses to run when an applied migration's file changed", async () => {
    const copy = copyOfMigrations();
    try {
      writeFileSync(join(copy.folder, "0900_test_extra.sql"), "create table test_extra (id int primary key); -- edited\n");
      writeFileSync(join(copy.folder, "0901_test_never.sql"), "create table test_never (id int);\n");
      const report = await migrate(database.db, { folder: copy.folder });
      expect(report.ok).toBe(false);
      const byName = new Map(report.results.map((result) => [result.name, result]));
      expect(byName.get("0900_test_extra")?.status).toBe("failed");
      expect(byName.get("0900_test_extra")?.error).toMatch(/changed/);
      expect(byName.get("0901_test_never")?.status).toBe("skipped");
      const exists = await database.db.selectFrom("schema_migrations").select("name").where("name", "=", "0901_test_never").executeTakeFirst();
      expect(exists).toBeUndefined();
    } finally {
      copy.remove();
    }
  });

  it("refuses to run when an applied migration's file is gone", async () => {
    const report = await migrate(database.db);
    expect(report.ok).toBe(false);
    expect(report.results.find((result) => result.name === "0900_test_extra")).toMatchObject({ status: "failed", error: expect.stringMatching(/missing/) });
  });

  it("reports a failing migration, rolls it back and skips the rest", async () => {
    await database.db.deleteFrom("schema_migrations").where("name", "=", "0900_test_extra").execute();
    const copy = copyOfMigrations();
    try {
      writeFileSync(join(copy.folder, "0910_test_broken.sql"), "create table test_half (id int);\nselect no_such_function();\n");
      writeFileSync(join(copy.folder, "0911_test_after.sql"), "create table test_after (id int);\n");
      const report = await migrate(database.db, { folder: copy.folder });
      expect(report.ok).toBe(false);
      const byName = new Map(report.results.map((result) => [result.name, result]));
      expect(byName.get("0910_test_broken")).toMatchObject({ status: "failed", error: expect.stringMatching(/no_such_function/) });
      expect(byName.get("0911_test_after")?.status).toBe("skipped");
      const tables = await database.db
        .selectFrom("information_schema.tables" as never)
        .select("table_name" as never)
        .where("table_name" as never, "in", ["test_half", "test_after"] as never)
        .execute();
      expect(tables).toEqual([]);
    } finally {
      copy.remove();
    }
  });
});

describe.each(backends)("migrator run twice at once on %s", (backend) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(backend, { migrated: false });
  });
  afterAll(() => database?.close());

  it("applies each migration exactly once", async () => {
    const [first, second] = await Promise.all([migrate(database.db), migrate(database.db)]);
    expect(first?.ok && second?.ok).toBe(true);
    for (const name of shipped) {
      const statuses = [first, second].map((report) => report?.results.find((result) => result.name === name)?.status).sort();
      expect(statuses).toEqual(["already-applied", "applied"]);
    }
    const regions = await database.db
      .selectFrom("org_units")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(regions.n).toBe(89);
  });
});
