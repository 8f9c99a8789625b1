// Group commit: submissions that reach the server together are stored by one statement, and each learns its outcome.
import type { KyselyPlugin, RootOperationNode } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDefaultMethodology } from "../../../src/cli/methodology-files.js";
import { syncMethodologies } from "../../../src/cli/methodology-sync.js";
import type { Database } from "../../../src/db/index.js";
import { createResponseBatcher } from "../../../src/server/survey/response-batcher.js";
import { addBryanskCentres, openTestDatabase } from "../../support/databases.js";
import { submission } from "../../support/survey-submission.js";

/** Counts the statements that insert responses. */
function responseInserts(): { plugin: KyselyPlugin; count: () => number } {
  let count = 0;
  const plugin: KyselyPlugin = {
    transformQuery({ node }: { node: RootOperationNode }) {
      if (node.kind === "RawNode" && node.sqlFragments.join("").includes("insert into responses")) count++;
      return node;
    },
    transformResult: async ({ result }) => result,
  };
  return { plugin, count: () => count };
}

describe("response batcher", () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase("pglite");
    const m = loadDefaultMethodology();
    await syncMethodologies(database.db, [m], m);
    await addBryanskCentres(database.db);
  });
  afterAll(() => database?.close());

  it("stores submissions queued in one turn of the event loop with one statement, and a later one with the next", async () => {
    const inserts = responseInserts();
    const batcher = createResponseBatcher(database.db.withPlugin(inserts.plugin), { maxBatch: 64, maxInFlight: 1 });
    const together = Array.from({ length: 10 }, (_, i) => batcher.store(submission(`b${i}`, "32-01", 9, `f:b${i}`)));
    const repeated = batcher.store(submission("b0-again", "32-01", 9, "f:b0"));
    expect(await Promise.all([...together, repeated])).toEqual([...Array<string>(10).fill("stored"), "duplicate"]);
    expect(inserts.count()).toBe(1);
    expect(await batcher.store(submission("late", "32-02", 7, "f:late"))).toBe("stored");
    expect(inserts.count()).toBe(2);
  });

  it("keeps batches within maxBatch", async () => {
    const inserts = responseInserts();
    const batcher = createResponseBatcher(database.db.withPlugin(inserts.plugin), { maxBatch: 4, maxInFlight: 1 });
    await Promise.all(Array.from({ length: 10 }, (_, i) => batcher.store(submission(`m${i}`, "32-01", 8, `f:m${i}`))));
    expect(inserts.count()).toBe(3);
  });
});
