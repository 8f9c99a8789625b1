// PGlite behind Kysely: one connection lent under a mutex, files kept across restarts, one process per data dir.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatabaseOpenError, migrate, openDatabase, type Database } from "../../../src/db/index.js";
import { backends, openTestDatabase, runsOnPglite, temporaryDir } from "../../support/databases.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Each backend as the tests open it, and PGlite also on a thread of its own, as the server runs it. */
const setups = [
  ...backends.map((backend) => ({ backend, pgliteThread: "caller" as const })),
  ...(runsOnPglite ? [{ backend: "pglite" as const, pgliteThread: "own" as const }] : []),
];

describe.each(setups)("transactions on $backend ($pgliteThread thread)", ({ backend, pgliteThread }) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(backend, { pgliteThread });
    await sql`create table tx_probe (id int primary key, note text)`.execute(database.db);
  });
  afterAll(() => database?.close());

  it("never see another transaction's uncommitted rows", async () => {
    const writer = database.db.transaction().execute(async (trx) => {
      await trx
        .insertInto("tx_probe" as never)
        .values({ id: 1, note: "uncommitted" } as never)
        .execute();
      await sleep(100);
      throw new Error("roll back");
    });
    // Settled before the read below returns: handled now, not only when awaited.
    const outcome = writer.then(
      () => "committed",
      (error: Error) => error.message,
    );
    await sleep(20);
    const seen = await sql<{ n: number }>`select count(*) as n from tx_probe`.execute(database.db);
    expect(await outcome).toBe("roll back");
    expect(seen.rows[0]?.n).toBe(0);
    const after = await sql<{ n: number }>`select count(*) as n from tx_probe`.execute(database.db);
    expect(after.rows[0]?.n).toBe(0);
  });

  it("run concurrent transactions without mixing their statements", async () => {
    const runs = Array.from({ length: 20 }, (_, i) =>
      database.db.transaction().execute(async (trx) => {
        await trx
          .insertInto("tx_probe" as never)
          .values({ id: 100 + i, note: "a" } as never)
          .execute();
        await sleep(1);
        if (i % 3 === 0) throw new Error(`abort ${i}`);
        await sql`update tx_probe set note = 'b' where id = ${100 + i}`.execute(trx);
      }),
    );
    const results = await Promise.allSettled(runs);
    expect(results.filter((result) => result.status === "rejected")).toHaveLength(7);
    const rows = await sql<{ id: number; note: string }>`select id, note from tx_probe where id >= 100 order by id`.execute(database.db);
    expect(rows.rows.map((row) => row.id)).toEqual(Array.from({ length: 20 }, (_, i) => 100 + i).filter((id) => (id - 100) % 3 !== 0));
    expect(rows.rows.every((row) => row.note === "b")).toBe(true);
  });

  it("support nested savepoints", async () => {
    const trx = await database.db.startTransaction().execute();
    await trx
      .insertInto("tx_probe" as never)
      .values({ id: 200, note: "kept" } as never)
      .execute();
    const savepoint = await trx.savepoint("inner").execute();
    await savepoint
      .insertInto("tx_probe" as never)
      .values({ id: 201, note: "dropped" } as never)
      .execute();
    await savepoint.rollbackToSavepoint("inner").execute();
    await trx.commit().execute();
    const rows = await sql<{ id: number }>`select id from tx_probe where id >= 200 order by id`.execute(database.db);
    expect(rows.rows).toEqual([{ id: 200 }]);
  });
});

describe("PGlite in a data directory", () => {
  const dir = temporaryDir();
  afterAll(() => dir.remove());

  it("keeps its data across close and reopen", async () => {
    const first = await openTestDatabase("pglite", { dataDir: dir.path });
    await first.db.updateTable("org_units").set({ name: "Проверка сохранности" }).where("id", "=", "01").execute();
    await first.close();
    expect(existsSync(join(dir.path, "zvezda.lock"))).toBe(false);

    const second = await openDatabase({ dataDir: dir.path });
    try {
      const report = await migrate(second.db);
      expect(report.results.every((result) => result.status === "already-applied")).toBe(true);
      const row = await second.db.selectFrom("org_units").select("name").where("id", "=", "01").executeTakeFirstOrThrow();
      expect(row.name).toBe("Проверка сохранности");
    } finally {
      await second.close();
    }
  });

  it("refuses a second opening while the first is open", async () => {
    const first = await openDatabase({ dataDir: dir.path });
    try {
      const second = openDatabase({ dataDir: dir.path });
      await expect(second).rejects.toBeInstanceOf(DatabaseOpenError);
      await expect(second).rejects.toThrow(/in use/);
    } finally {
      await first.close();
    }
  });

  it("lets a transaction under way commit before closing, once however often close() is called", async () => {
    const database = await openDatabase({ dataDir: dir.path });
    const writing = database.db.transaction().execute(async (trx) => {
      await sleep(100);
      await trx.updateTable("org_units").set({ name: "Записано при закрытии" }).where("id", "=", "02").execute();
    });
    await sleep(20);
    await Promise.all([database.close(), database.close()]);
    await writing;
    await expect(database.db.selectFrom("org_units").select("id").execute()).rejects.toThrow(/destroyed|closed/);

    const reopened = await openDatabase({ dataDir: dir.path });
    try {
      const row = await reopened.db.selectFrom("org_units").select("name").where("id", "=", "02").executeTakeFirstOrThrow();
      expect(row.name).toBe("Записано при закрытии");
    } finally {
      await reopened.close();
    }
  });
});

describe.runIf(runsOnPglite)("PGlite on a thread of its own", () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase("pglite", { pgliteThread: "own" });
  });
  afterAll(() => database?.close());

  it("returns the same values as on the caller's thread: numbers, dates, JSON, arrays, bytes", async () => {
    const row = await sql<{ n: number; at: Date; day: string; doc: unknown; list: number[]; bytes: Uint8Array }>`select count(*) as n,
      timestamptz '2025-04-01 10:00:00+03' as at, date '2025-04-01' as day, ${JSON.stringify({ a: [1, "б"] })}::jsonb as doc,
      array[1, 2]::bigint[] as list, ${new Uint8Array([1, 2, 255])}::bytea as bytes from org_units`.execute(database.db);
    const [r] = row.rows;
    expect(typeof r!.n).toBe("number");
    expect(r!.at).toEqual(new Date("2025-04-01T07:00:00Z"));
    expect(r!.day).toBe("2025-04-01");
    expect(r!.doc).toEqual({ a: [1, "б"] });
    expect(r!.list).toEqual([1, 2]);
    expect([...r!.bytes]).toEqual([1, 2, 255]);
  });

  it("carries PostgreSQL's error fields across threads", async () => {
    await sql`create table thread_probe (id int constraint thread_probe_key primary key)`.execute(database.db);
    await sql`insert into thread_probe values (1)`.execute(database.db);
    const error = await sql`insert into thread_probe values (1)`.execute(database.db).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ code: "23505", constraint: "thread_probe_key", message: expect.stringContaining("thread_probe_key") });
  });

  it("delivers notifications until told to stop", async () => {
    const heard: string[] = [];
    const stop = await database.listenForChanges!(
      () => heard.push("change"),
      () => heard.push("lost"),
    );
    await sql`select pg_notify('zvezda_changes', '')`.execute(database.db);
    await sleep(50);
    expect(heard).toEqual(["change"]);
    await stop();
    await sql`select pg_notify('zvezda_changes', '')`.execute(database.db);
    await sleep(50);
    expect(heard).toEqual(["change"]);
  });

  it("queues lone statements without letting one slip into another holder's transaction", async () => {
    await sql`create table queue_probe (id int primary key, by text)`.execute(database.db);
    const lone = (id: number) => sql`insert into queue_probe values (${id}, 'lone')`.execute(database.db);
    const rolledBack = (id: number) =>
      database.db.transaction().execute(async (trx) => {
        await sql`insert into queue_probe values (${id}, 'transaction')`.execute(trx);
        await sleep(5);
        throw new Error("roll back");
      });
    const work = Array.from({ length: 30 }, (_, i) => (i % 5 === 2 ? rolledBack(1000 + i) : lone(i)));
    const outcomes = await Promise.allSettled(work);
    expect(outcomes.filter((o) => o.status === "rejected")).toHaveLength(6);
    const rows = await sql<{ id: number; by: string }>`select id, by from queue_probe order by id`.execute(database.db);
    expect(rows.rows.every((r) => r.by === "lone")).toBe(true);
    expect(rows.rows).toHaveLength(24);
  });

  it("keeps the caller's event loop free while a long statement runs", async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    await sql`select pg_sleep(0.3)`.execute(database.db);
    clearInterval(timer);
    expect(ticks).toBeGreaterThanOrEqual(10);
  });
});
