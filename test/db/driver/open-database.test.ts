// Opening a database that cannot be used fails with one readable line, never a hang.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { DatabaseOpenError, openDatabase, redactUrl } from "../../../src/db/index.js";
import { temporaryDir } from "../../support/databases.js";

describe("openDatabase", () => {
  const dir = temporaryDir();
  afterAll(() => dir.remove());

  it("reports an unreachable PostgreSQL server in Russian and English, without the password", async () => {
    const error = await openDatabase({ url: "postgres://zvezda:s3cret@127.0.0.1:1/x" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseOpenError);
    const message = (error as DatabaseOpenError).message;
    expect(message).toMatch(/^Не удалось подключиться к базе данных .* \/ Cannot connect to the database /);
    expect(message).not.toContain("s3cret");
    expect(message).not.toContain("\n");
    expect((error as DatabaseOpenError).reason).toBe("unreachable");
  });

  it("reports a data directory that cannot be written", async () => {
    const file = join(dir.path, "not-a-dir");
    writeFileSync(file, "");
    const error = await openDatabase({ dataDir: join(file, "data") }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect((error as DatabaseOpenError).reason).toBe("data-dir-unwritable");
    expect((error as DatabaseOpenError).message).toMatch(/Каталог данных .* недоступен для записи .* \/ Data directory .* is not writable/);
  });

  it("gives PGlite the buffer cache asked for, in memory and on disk, keeps its own by default, and refuses a size it cannot read", async () => {
    const shown = async (config: Parameters<typeof openDatabase>[0]) => {
      const database = await openDatabase(config);
      try {
        return (await sql<{ shared_buffers: string }>`show shared_buffers`.execute(database.db)).rows[0]!.shared_buffers;
      } finally {
        await database.close();
      }
    };
    expect(await shown({ pgliteSharedBuffers: "16MB" })).toBe("16MB");
    expect(await shown({ dataDir: join(dir.path, "cache"), pgliteSharedBuffers: "24MB" })).toBe("24MB");
    expect(await shown({ dataDir: join(dir.path, "cache") })).toBe("128MB");
    await expect(openDatabase({ pgliteSharedBuffers: "a lot" })).rejects.toThrow(/pgliteSharedBuffers/);
  });

  it("redacts passwords from URLs", () => {
    expect(redactUrl("postgres://u:p@h:5432/d")).toBe("postgres://u:***@h:5432/d");
    expect(redactUrl("postgres://u@h/d")).toBe("postgres://u@h/d");
  });
});
