// The results cache: one document per period, current at every read (across connections), memoised while nothing changed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDefaultMethodology } from "../../../src/cli/methodology-files.js";
import { sql } from "kysely";
import { computeResultsFromDatabase, importDataset, pruneCounterChanges, readDatasetUnits, type ChangeListen, type Database } from "../../../src/db/index.js";
import { ResultsCache } from "../../../src/server/dashboard/results-cache.js";
import { RefreshingValue } from "../../../src/server/dashboard/refreshing-value.js";
import { syncMethodologies } from "../../../src/cli/methodology-sync.js";
import { backends, openTestDatabase } from "../../support/databases.js";

const m = loadDefaultMethodology();

describe("RefreshingValue", () => {
  it("loads once for concurrent readers, serves the value while fresh and reloads after invalidate()", async () => {
    let loads = 0;
    const value = new RefreshingValue(async () => ++loads, { freshMs: 60_000 });
    expect(await Promise.all([value.get(), value.get(), value.get()])).toEqual([1, 1, 1]);
    expect(await value.get()).toBe(1);
    value.invalidate();
    expect(await value.get()).toBe(2);
    expect(loads).toBe(2);
  });

  it("serves a stale value while one reload runs, or waits for it when told not to", async () => {
    let loads = 0;
    const lenient = new RefreshingValue(async () => ++loads, { freshMs: 0 });
    expect(await lenient.get()).toBe(1);
    expect(await lenient.get()).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await lenient.get()).toBe(2);
    let strictLoads = 0;
    const strict = new RefreshingValue(async () => ++strictLoads, { freshMs: 0, staleWhileRevalidate: false });
    expect(await strict.get()).toBe(1);
    expect(await strict.get()).toBe(2);
  });

  it("keeps an aged value without reloading while the probe's marker is unchanged", async () => {
    let loads = 0;
    let marker = "0/1";
    const value = new RefreshingValue(async () => ++loads, { freshMs: 0, probe: async () => marker });
    expect(await value.get()).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await value.get()).toBe(1);
    expect(await value.get()).toBe(1);
    expect(loads).toBe(1);
    marker = "0/2";
    expect(await value.get()).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await value.get()).toBe(2);
    expect(loads).toBe(2);
  });

  it("keeps the old value when a background reload fails, and reports a failed first load", async () => {
    let fail = false;
    const value = new RefreshingValue(
      async () => {
        if (fail) throw new Error("down");
        return "ok";
      },
      { freshMs: 0 },
    );
    expect(await value.get()).toBe("ok");
    fail = true;
    expect(await value.get()).toBe("ok");
    value.invalidate();
    await expect(value.get()).rejects.toThrow("down");
  });
});

describe.each(backends)("ResultsCache on %s", (backend) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(backend);
    await syncMethodologies(database.db);
    await database.db.updateTable("org_units").set({ network: "decentralized" }).where("id", "=", "32").execute();
    await database.db.insertInto("org_units").values({ id: "32-01", kind: "territorial", name: "ЦЗН", parent_id: "32" }).execute();
  });
  afterAll(async () => database?.close());

  const addResponses = async (count: number, offset: number, submittedAt = "2025-05-05T10:00:00Z") => {
    const responses = Array.from({ length: count }, (_, i) => ({
      id: `r-${offset + i}`,
      unit: "32-01",
      respondent: "seeker" as const,
      submittedAt,
      answers: { q1: 9, q2: 8 },
    }));
    await importDataset(database.db, { format: "zvezda-dataset/1", units: await readDatasetUnits(database.db), responses, objective: [] }, m);
  };

  it("serves the document of the counters by unit id, the same object while nothing changed, the new figures right after a write", async () => {
    await addResponses(3, 0);
    const cache = new ResultsCache(database.db, { methodology: async () => m });
    const [a, b] = await Promise.all([cache.get("2025-Q2"), cache.get("2025-Q2")]);
    expect(a).toBe(b);
    expect(JSON.parse(JSON.stringify(a.document))).toEqual(JSON.parse(JSON.stringify(await computeResultsFromDatabase(database.db, m, "2025-Q2"))));
    expect(a.unit("32-01")?.seeker.n).toBe(3);
    expect(a.unit("32-01")?.combined.view).toBe("combined");
    expect(a.country.seeker.n).toBe(3);
    expect(a.unit("nope")).toBeUndefined();
    expect(await cache.get("2025-Q2")).toBe(a);
    await addResponses(2, 100);
    expect((await cache.get("2025-Q2")).unit("32-01")?.seeker.n).toBe(5);
    expect(await cache.months()).toEqual(["2025-05"]);
    expect((await cache.units()).byId.get("32-01")?.name).toBe("ЦЗН");
  });

  it("sees a write made through another connection (another process) at the next read", async () => {
    const other = new ResultsCache(database.db, { methodology: async () => m });
    const cache = new ResultsCache(database.db, { methodology: async () => m });
    const first = await cache.get("2025-Q2");
    await other.get("2025-Q2");
    await addResponses(1, 200);
    expect((await cache.get("2025-Q2")).unit("32-01")?.seeker.n).toBe((first.unit("32-01")?.seeker.n ?? 0) + 1);
    expect((await other.get("2025-Q2")).unit("32-01")?.seeker.n).toBe((first.unit("32-01")?.seeker.n ?? 0) + 1);
    await database.db.updateTable("org_units").set({ name: "ЦЗН Брянск" }).where("id", "=", "32-01").execute();
    expect((await cache.units()).byId.get("32-01")?.name).toBe("ЦЗН Брянск");
  });

  it("with notifications, sees a write within a second and serves the same document while idle", async () => {
    expect(database.listenForChanges).toBeDefined();
    const cache = new ResultsCache(database.db, { methodology: async () => m, listen: database.listenForChanges });
    try {
      const first = await cache.get("2025-Q2");
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await cache.get("2025-Q2")).toBe(first);
      await addResponses(1, 300);
      const start = Date.now();
      let next = first;
      while (next.unit("32-01")?.seeker.n === first.unit("32-01")?.seeker.n && Date.now() - start < 1_000) {
        await new Promise((resolve) => setTimeout(resolve, 5));
        next = await cache.get("2025-Q2");
      }
      expect(next.unit("32-01")?.seeker.n).toBe((first.unit("32-01")?.seeker.n ?? 0) + 1);
    } finally {
      await cache.close();
    }
  });

  it("reads its own writes at once after invalidate(), before any notification of them", async () => {
    // A listener that never notifies: only invalidate() (which writers call after their commit) can tell the cache.
    const silent: ChangeListen = async () => async () => undefined;
    const cache = new ResultsCache(database.db, { methodology: async () => m, listen: silent });
    try {
      const first = await cache.get("2025-Q2");
      await new Promise((resolve) => setTimeout(resolve, 20));
      await addResponses(1, 400);
      cache.invalidate();
      expect((await cache.get("2025-Q2")).unit("32-01")?.seeker.n).toBe((first.unit("32-01")?.seeker.n ?? 0) + 1);
    } finally {
      await cache.close();
    }
  });

  it("keeps at most maxEntries documents", async () => {
    const cache = new ResultsCache(database.db, { maxEntries: 1, methodology: async () => m });
    const first = await cache.get("2025-Q2");
    await cache.get("2025-Q1");
    expect(await cache.get("2025-Q2")).not.toBe(first);
  });

  describe("checkpoints", () => {
    const inAugust = "2025-08-05T10:00:00Z";
    const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
    const expectCurrent = async (cache: ResultsCache) =>
      expect(plain((await cache.get("2025-Q3")).document)).toEqual(plain(await computeResultsFromDatabase(database.db, m, "2025-Q3")));
    const fresh = () => new ResultsCache(database.db, { methodology: async () => m });

    it("a new cache reads the checkpoint and the changes since, unless those were pruned or a counter table emptied", async () => {
      await addResponses(4, 1000, inAugust);
      const first = fresh();
      await expectCurrent(first);
      expect(first.loads).toEqual({ summed: 1, fromCheckpoint: 0 });
      await addResponses(2, 1100, inAugust);
      const second = fresh();
      await expectCurrent(second);
      expect(second.loads).toEqual({ summed: 0, fromCheckpoint: 1 });
      expect((await second.get("2025-Q3")).unit("32-01")?.seeker.n).toBe(6);

      await pruneCounterChanges(database.db, 0);
      const afterPrune = fresh();
      await expectCurrent(afterPrune);
      expect(afterPrune.loads).toEqual({ summed: 1, fromCheckpoint: 0 });

      await sql`truncate excluded_counters`.execute(database.db);
      const afterReset = fresh();
      await expectCurrent(afterReset);
      expect(afterReset.loads).toEqual({ summed: 1, fromCheckpoint: 0 });
    });

    it("are renewed at every upkeep once due: the snapshot moved when nothing changed, the image rewritten when the sums did", async () => {
      // Nothing is pruned here (the log keeps 10 minutes): on a shared PostgreSQL cluster another database's open
      // transaction lowers a snapshot's xmin, and pruning at once would make any checkpoint look too old.
      const stored = () =>
        database.db.selectFrom("results_checkpoints").select(["snapshot", "image"]).where("period", "=", "2025-Q3").executeTakeFirstOrThrow();
      const running = new ResultsCache(database.db, { methodology: async () => m, upkeep: { maintainEveryMs: 0, renewAfterMs: 0 } });
      await expectCurrent(running);
      await running.maintained();
      const first = await stored();
      await addResponses(1, 1150, "2025-05-05T10:00:00Z"); // another period: this one's sums stay
      await running.get("2025-Q3");
      await running.maintained();
      const moved = await stored();
      expect(moved.snapshot).not.toBe(first.snapshot);
      expect(Buffer.from(moved.image).equals(Buffer.from(first.image))).toBe(true);
      await addResponses(3, 1200, inAugust);
      await expectCurrent(running);
      await running.close();
      const rewritten = await stored();
      expect(Buffer.from(rewritten.image).equals(Buffer.from(first.image))).toBe(false);
      const restarted = fresh();
      await expectCurrent(restarted);
      expect(restarted.loads).toEqual({ summed: 0, fromCheckpoint: 1 });
      expect((await restarted.get("2025-Q3")).unit("32-01")?.seeker.n).toBe(9);
    });

    it("a checkpoint whose image does not read is summed afresh", async () => {
      await database.db
        .updateTable("results_checkpoints")
        .set({ image: new Uint8Array([1, 2, 3]) })
        .execute();
      const cache = fresh();
      await expectCurrent(cache);
      expect(cache.loads).toEqual({ summed: 1, fromCheckpoint: 0 });
    });
  });
});
