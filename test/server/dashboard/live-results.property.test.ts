// Property: after any sequence of writes (survey submissions, imports, flags, exclusions and their reversal,
// unit moves), the live results state gives exactly what a full recomputation from the database gives, and so
// does a state started afterwards from the checkpoints and the changes since.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { responseCells, type SurveyResponse } from "../../../src/core/index.js";
import { loadDefaultMethodology } from "../../../src/cli/methodology-files.js";
import { syncMethodologies } from "../../../src/cli/methodology-sync.js";
import { createResponseSampler } from "../../../src/cli/synthetic/response-sampler.js";
import { createRng } from "../../../src/cli/synthetic/prng.js";
import {
  computeResultsFromDatabase,
  counterBases,
  decideResponseFlags,
  importDataset,
  readDatasetUnits,
  storeQualityRun,
  storeSurveyResponses,
  updateUnit,
  type Database,
  type Db,
} from "../../../src/db/index.js";
import { ResultsCache } from "../../../src/server/dashboard/results-cache.js";
import { backends, openTestDatabase } from "../../support/databases.js";

const m = loadDefaultMethodology();
// Responses are dated the 10th: the same local month in every zone, whichever region a centre is moved to.
const zone = "Europe/Moscow";
const centres = ["32-01", "32-02", "25-01"] as const;
const regions = ["32", "25"] as const;
const months = ["2025-04", "2025-05", "2025-06", "2025-07"] as const;
const periods = ["2025-Q2", "2025-05"] as const;

type Op =
  | { kind: "submit"; unit: number; employer: boolean; month: number; seed: number }
  | { kind: "import"; unit: number; month: number; count: number; seed: number }
  | { kind: "flag"; picks: number[] }
  | { kind: "decide"; pick: number; decision: "confirm" | "clear" | "reopen" }
  | { kind: "move"; unit: number; region: number }
  | { kind: "read" };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant("submit" as const), unit: fc.nat(2), employer: fc.boolean(), month: fc.nat(3), seed: fc.nat() }),
  fc.record({ kind: fc.constant("import" as const), unit: fc.nat(2), month: fc.nat(3), count: fc.integer({ min: 1, max: 4 }), seed: fc.nat() }),
  fc.record({ kind: fc.constant("flag" as const), picks: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }) }),
  fc.record({ kind: fc.constant("decide" as const), pick: fc.nat(), decision: fc.constantFrom("confirm" as const, "clear" as const, "reopen" as const) }),
  fc.record({ kind: fc.constant("move" as const), unit: fc.nat(2), region: fc.nat(1) }),
  fc.constant({ kind: "read" as const }),
);

let serial = 0;
function sample(unit: string, employer: boolean, month: string, seed: number): SurveyResponse {
  const sampler = createResponseSampler(m, createRng(seed));
  const id = `p-${++serial}`;
  return sampler.sample({
    id,
    unit,
    view: employer ? "employer" : "seeker",
    submittedAt: `${month}-10T09:00:00Z`,
    quality: ((seed % 7) - 3) / 3,
    offeredChannels: new Set(),
  });
}

async function apply(db: Db, o: Op): Promise<void> {
  if (o.kind === "submit") {
    const r = sample(centres[o.unit] as string, o.employer, months[o.month] as string, o.seed);
    await storeSurveyResponses(db, [
      {
        response: {
          id: r.id,
          unitId: r.unit,
          respondent: r.respondent,
          methodologyId: m.id,
          submittedAt: new Date(r.submittedAt),
          localMonth: months[o.month] as string,
          durationSec: 120,
          channel: "qr",
          deviceHash: null,
          answers: r.answers as never,
          comments: null,
          profile: null,
          formToken: `t-${r.id}`,
        },
        cells: responseCells(r, zone, m),
      },
    ]);
  } else if (o.kind === "import") {
    const responses = Array.from({ length: o.count }, (_, i) => sample(centres[o.unit] as string, i % 2 === 1, months[o.month] as string, o.seed + i));
    await importDataset(db, { format: "zvezda-dataset/1", units: await readDatasetUnits(db), responses, objective: [] }, m);
  } else if (o.kind === "flag") {
    const open = await db
      .selectFrom("responses")
      .select(["id", "unit_id"])
      .where("excluded", "=", false)
      .where("local_month", "in", ["2025-04", "2025-05", "2025-06"])
      .orderBy("id")
      .execute();
    if (open.length === 0) return;
    const chosen = [...new Map(o.picks.map((p) => open[p % open.length]!).map((r) => [r.id, r])).values()];
    const report = {
      settings: "test",
      units: [],
      responses: chosen.map((r) => ({ id: r.id, unit: r.unit_id, score: 0.9, reasons: [{ code: "too_fast", text: "быстро", weight: 0.9 }] })),
    };
    await storeQualityRun(db, { period: "2025-Q2", scopeUnitId: null, report, responsesChecked: open.length, startedAt: new Date(), startedBy: null });
  } else if (o.kind === "decide") {
    const flags = await db.selectFrom("response_flags").select("response_id").orderBy("response_id").execute();
    if (flags.length === 0) return;
    await decideResponseFlags(db, { responseIds: [flags[o.pick % flags.length]!.response_id], decision: o.decision, actorId: null });
  } else if (o.kind === "move") {
    await updateUnit(db, centres[o.unit] as string, { parentId: regions[o.region] as string });
  }
}

const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

async function expectEqualToRecomputation(db: Db, cache: ResultsCache): Promise<void> {
  for (const period of periods) {
    for (const basis of counterBases) {
      const live = await cache.get(period, basis);
      expect(plain(live.document), `${period} ${basis}`).toEqual(plain(await computeResultsFromDatabase(db, m, period, { basis })));
    }
  }
}

describe.each(backends)("live results on %s", (backend) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(backend);
    await syncMethodologies(database.db);
    for (const [id, parent] of [
      ["32-01", "32"],
      ["32-02", "32"],
      ["25-01", "25"],
    ] as const) {
      await database.db
        .insertInto("org_units")
        .values({ id, kind: "territorial", name: `ЦЗН ${id}`, parent_id: parent })
        .execute();
    }
  }, 60_000);
  afterAll(async () => database?.close());

  it("equal a full recomputation after random write sequences, read between writes or not, in this process and a fresh one", async () => {
    const db = database.db;
    const cache = new ResultsCache(db, { methodology: async () => m });
    await expectEqualToRecomputation(db, cache);
    let restoredLoads = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 3, maxLength: 12 }), async (ops) => {
        for (const o of ops) {
          if (o.kind === "read") await expectEqualToRecomputation(db, cache);
          else await apply(db, o);
        }
        await expectEqualToRecomputation(db, cache);
        // A server started now reads the checkpoints the first one left and the changes since.
        const restarted = new ResultsCache(db, { methodology: async () => m });
        await expectEqualToRecomputation(db, restarted);
        restoredLoads += restarted.loads.fromCheckpoint;
      }),
      { numRuns: 6 },
    );
    expect(restoredLoads).toBeGreaterThan(0);
    // A process started now loads what the first one built up by deltas.
    await expectEqualToRecomputation(db, new ResultsCache(db, { methodology: async () => m }));
    expect(
      Number(
        (
          await db
            .selectFrom("responses")
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ).toBeGreaterThan(0);
  }, 600_000);
});
