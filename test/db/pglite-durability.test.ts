// PGlite on disk runs with fsync on, and each commit reaches the disk through the host's fsync.
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { diskSyncCount } from "../../src/db/driver/durable-node-fs.js";
import { openDatabase } from "../../src/db/index.js";
import { openTestDatabase, temporaryDir } from "../support/databases.js";

describe("PGlite durability", () => {
  const dir = temporaryDir();
  afterAll(() => dir.remove());

  it("reports fsync on, syncs at every commit, and keeps the data across a reopen", async () => {
    const first = await openTestDatabase("pglite", { dataDir: dir.path });
    try {
      const settings = await sql<{ fsync: string }>`show fsync`.execute(first.db);
      expect(settings.rows[0]?.fsync).toBe("on");
      const before = diskSyncCount();
      for (let i = 0; i < 5; i++)
        await first.db
          .updateTable("org_units")
          .set({ name: `Проверка ${i}` })
          .where("id", "=", "01")
          .execute();
      expect(diskSyncCount() - before).toBeGreaterThanOrEqual(5);
    } finally {
      await first.close();
    }
    const second = await openDatabase({ dataDir: dir.path });
    try {
      expect((await second.db.selectFrom("org_units").select("name").where("id", "=", "01").executeTakeFirstOrThrow()).name).toBe("Проверка 4");
    } finally {
      await second.close();
    }
  });
});
