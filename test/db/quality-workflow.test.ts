// The review workflow on the database: a detection run stores pending flags, decisions move the
// responses' cells between the counter tables at once, every decision is audited and reversible,
// and the three bases give what the core computes from the dataset with those responses excluded.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeFromDataset, responseCells, type Dataset, type QualityReason, type ResultDocument, type SurveyResponse } from "../../src/core/index.js";
import {
  computeResultsFromDatabase,
  decideResponseFlags,
  decideUnitFlag,
  importDataset,
  readGroupMembers,
  storeQualityRun,
  type CounterTable,
  type Database,
  type Db,
} from "../../src/db/index.js";
import { loadDefaultMethodology } from "../../src/cli/methodology-files.js";
import { runQualityScan } from "../../src/server/quality/quality-scan.js";
import { loadQualitySettings } from "../../src/server/quality/quality-settings-file.js";
import { backends, openTestDatabase } from "../support/databases.js";
import { reviewPeriod, reviewWorld } from "../support/quality-review-world.js";

const methodology = loadDefaultMethodology();
const settings = loadQualitySettings();
const world = reviewWorld(methodology);
// One response arrives already excluded (by an earlier review elsewhere): it counts on the raw basis only.
const importedExcluded = "h-32-03-5";
const dataset: Dataset = { ...world.dataset, responses: world.dataset.responses.map((r) => (r.id === importedExcluded ? { ...r, excluded: true } : r)) };
const zones = new Map(dataset.units.map((u) => [u.id, u.timezone ?? (u.parent?.startsWith("25") ? "Asia/Vladivostok" : "Europe/Moscow")]));

type Cells = Record<string, number>;

/** The core's fold of the responses' cells (each as if not excluded), keyed month|unit|view|key|value. */
function fold(responses: readonly SurveyResponse[]): Cells {
  const out: Cells = {};
  for (const r of responses) {
    for (const c of responseCells({ ...r, excluded: false }, zones.get(r.unit) as string, methodology)) {
      const k = [c.month, c.unit, c.view, c.key, c.value].join("|");
      out[k] = (out[k] ?? 0) + c.count;
    }
  }
  return out;
}

async function table(db: Db, name: CounterTable): Promise<Cells> {
  const rows = await db
    .selectFrom(name as "response_counters")
    .selectAll()
    .where("count", ">", 0)
    .execute();
  return Object.fromEntries(rows.map((r) => [[r.month, r.unit_id, r.view, r.key, r.value].join("|"), Number(r.count)]));
}

async function statuses(db: Db): Promise<Map<string, string>> {
  const rows = await db.selectFrom("response_flags").select(["response_id", "status"]).execute();
  return new Map(rows.map((r) => [r.response_id, r.status]));
}

/** Every counter table equals the fold of the responses it should hold, given the flags and exclusions now stored. */
async function expectCountersConsistent(db: Db): Promise<void> {
  const flags = await statuses(db);
  const excluded = new Set((await db.selectFrom("responses").select("id").where("excluded", "=", true).execute()).map((r) => r.id));
  const all = dataset.responses;
  expect(await table(db, "response_counters")).toEqual(fold(all.filter((r) => !excluded.has(r.id))));
  expect(await table(db, "excluded_counters")).toEqual(fold(all.filter((r) => excluded.has(r.id))));
  expect(await table(db, "pending_counters")).toEqual(fold(all.filter((r) => !excluded.has(r.id) && flags.get(r.id) === "pending")));
}

const datasetUnitIds = new Set(dataset.units.map((u) => u.id));

/** The entries of the dataset's units and the country, as plain JSON keyed by unit and view (the database also holds every other, empty, region). */
function keyed(doc: ResultDocument): Record<string, unknown> {
  const units = doc.units.filter((u) => datasetUnitIds.has(u.id as string));
  return Object.fromEntries(
    [...units.map((u) => [`${u.id}|${u.view}`, u]), ...doc.country.map((c) => [`country|${c.view}`, c])].map(([k, v]) => [k, JSON.parse(JSON.stringify(v))]),
  );
}

function coreResult(excludedIds: ReadonlySet<string>): ResultDocument {
  const responses = dataset.responses.map((r) => ({ ...r, excluded: excludedIds.has(r.id) }));
  return computeFromDataset({ ...dataset, responses }, methodology, reviewPeriod);
}

describe.each(backends)("data-quality review workflow on %s", (backend) => {
  let database: Database;
  let db: Db;
  let burst32: string;
  beforeAll(async () => {
    database = await openTestDatabase(backend);
    db = database.db;
    await importDataset(db, dataset, methodology);
  }, 120_000);
  afterAll(async () => database?.close());

  it("imports excluded responses into excluded_counters, the others into response_counters", async () => {
    await expectCountersConsistent(db);
    expect(Object.keys(await table(db, "excluded_counters")).length).toBeGreaterThan(0);
  });

  it("a run flags the fabricated batches as pending and fills pending_counters", async () => {
    const summary = await runQualityScan(db, { period: reviewPeriod, scopeUnitId: null, startedBy: null, settings, methodology });
    const flags = await statuses(db);
    for (const id of [...world.fabricated["32-01"], ...world.fabricated["25-01"]]) expect(flags.get(id)).toBe("pending");
    expect(flags.has(importedExcluded)).toBe(false);
    expect(summary.flagsAdded).toBe(flags.size);
    const run = await db.selectFrom("quality_runs").selectAll().where("id", "=", summary.runId).executeTakeFirstOrThrow();
    expect(run.finished_at).not.toBeNull();
    expect(run.settings_version).toBe(settings.id);
    await expectCountersConsistent(db);
    const group = await db.selectFrom("response_flags").select("group_key").where("response_id", "=", world.fabricated["32-01"][0]!).executeTakeFirstOrThrow();
    burst32 = group.group_key as string;
    expect(await readGroupMembers(db, burst32)).toEqual(expect.arrayContaining(world.fabricated["32-01"].slice(0, 3)));
  });

  it("the bases match the core on the dataset with the corresponding responses excluded", async () => {
    const flags = await statuses(db);
    const pending = new Set([...flags].filter(([, s]) => s === "pending").map(([id]) => id));
    expect(keyed(await computeResultsFromDatabase(db, methodology, reviewPeriod))).toEqual(keyed(coreResult(new Set([importedExcluded]))));
    expect(keyed(await computeResultsFromDatabase(db, methodology, reviewPeriod, { basis: "raw" }))).toEqual(keyed(coreResult(new Set())));
    expect(keyed(await computeResultsFromDatabase(db, methodology, reviewPeriod, { basis: "confirmed_pending" }))).toEqual(
      keyed(coreResult(new Set([importedExcluded, ...pending]))),
    );
  });

  it("confirming a burst excludes its responses and moves their cells at once", async () => {
    const members = await readGroupMembers(db, burst32);
    const before = keyed(await computeResultsFromDatabase(db, methodology, reviewPeriod, { unit: "32-01" }));
    const outcome = await decideResponseFlags(db, { responseIds: members, decision: "confirm", note: "Пачка с одного телефона", actorId: null });
    expect(outcome.changed.map((c) => c.responseId).sort()).toEqual([...members].sort());
    expect(outcome.changed.every((c) => c.from === "pending" && c.to === "confirmed")).toBe(true);
    const rows = await db.selectFrom("responses").select(["excluded", "excluded_reason"]).where("id", "in", members).execute();
    expect(rows.every((r) => r.excluded && r.excluded_reason !== null)).toBe(true);
    await expectCountersConsistent(db);
    const after = keyed(await computeResultsFromDatabase(db, methodology, reviewPeriod, { unit: "32-01" }));
    expect(after).not.toEqual(before);
    expect(keyed(await computeResultsFromDatabase(db, methodology, reviewPeriod))).toEqual(keyed(coreResult(new Set([importedExcluded, ...members]))));
  });

  it("audits every decision with who, when, before and after", async () => {
    const members = await readGroupMembers(db, burst32);
    const audit = await db.selectFrom("audit_log").selectAll().where("action", "=", "quality.confirm").execute();
    expect(audit.map((a) => a.entity_id).sort()).toEqual([...members].sort());
    for (const a of audit) {
      expect(a.entity).toBe("response");
      expect(a.unit_id).toBe("32-01");
      expect(a.at).toBeInstanceOf(Date);
      expect(a.before).toMatchObject({ status: "pending", excluded: false });
      expect(a.after).toMatchObject({ status: "confirmed", excluded: true, note: "Пачка с одного телефона" });
    }
  });

  it("reopening reverses a confirmation exactly; clearing removes only the pending cells", async () => {
    const members = await readGroupMembers(db, burst32);
    const snapshot = async () => ({ r: await table(db, "response_counters"), e: await table(db, "excluded_counters"), p: await table(db, "pending_counters") });
    const confirmed = await snapshot();
    await decideResponseFlags(db, { responseIds: members, decision: "reopen", actorId: null });
    await expectCountersConsistent(db);
    const reopened = await snapshot();
    expect(reopened.r).not.toEqual(confirmed.r);
    await decideResponseFlags(db, { responseIds: members, decision: "confirm", actorId: null });
    expect(await snapshot()).toEqual(confirmed);

    const single = world.fabricated["25-01"].at(-1) as string;
    expect((await statuses(db)).get(single)).toBe("pending");
    await decideResponseFlags(db, { responseIds: [single], decision: "clear", note: "Не подтвердилось", actorId: null });
    await expectCountersConsistent(db);
    expect((await statuses(db)).get(single)).toBe("cleared");
    const audit = await db.selectFrom("audit_log").select(["before", "after"]).where("entity_id", "=", single).execute();
    expect(audit).toEqual([
      { before: { status: "pending", excluded: false, note: null }, after: { status: "cleared", excluded: false, note: "Не подтвердилось" } },
    ]);
  });

  it("deciding an unknown flag changes nothing", async () => {
    const before = await table(db, "response_counters");
    await expect(
      decideResponseFlags(db, { responseIds: [world.fabricated["25-01"][0]!, "no-such-response"], decision: "confirm", actorId: null }),
    ).rejects.toThrow(/no flag/);
    expect(await table(db, "response_counters")).toEqual(before);
    expect((await statuses(db)).get(world.fabricated["25-01"][0]!)).toBe("pending");
  });

  it("a new run keeps decisions and withdraws pending flags the engine no longer raises", async () => {
    const before = await statuses(db);
    const summary = await runQualityScan(db, { period: reviewPeriod, scopeUnitId: null, startedBy: null, settings, methodology });
    expect(summary.flagsAdded).toBe(0);
    const after = await statuses(db);
    for (const [id, status] of before) if (status !== "pending") expect(after.get(id)).toBe(status);
    await expectCountersConsistent(db);

    // A run of region 25 whose report no longer names one 25-01 response: that pending flag goes; region 32's flags stay.
    const gone = world.fabricated["25-01"][0]!;
    const kept = [...after].filter(([id, s]) => s === "pending" && id.startsWith("fab-25-01") && id !== gone).map(([id]) => id);
    const report = {
      settings: "test",
      units: [],
      responses: kept.map((id) => ({ id, unit: "25-01", score: 0.9, reasons: [{ code: "burst", text: "Серия", weight: 0.9, group: "g25" }] })),
    };
    const withdrawn = await storeQualityRun(db, {
      period: reviewPeriod,
      scopeUnitId: "25",
      report,
      responsesChecked: kept.length,
      startedAt: new Date(),
      startedBy: null,
    });
    expect(withdrawn.flagsWithdrawn).toBe(1);
    const final = await statuses(db);
    expect(final.has(gone)).toBe(false);
    expect([...final].filter(([id]) => id.startsWith("fab-32-01")).length).toBe(world.fabricated["32-01"].length);
    await expectCountersConsistent(db);
  });

  it("a unit flag is stored by a run and decided by status only, audited", async () => {
    const flags32 = await db.selectFrom("response_flags").select(["response_id", "unit_id", "score", "reasons"]).where("unit_id", "=", "32-03").execute();
    const report = {
      settings: "test",
      responses: flags32.map((f) => ({ id: f.response_id, unit: f.unit_id, score: f.score, reasons: f.reasons as unknown as QualityReason[] })),
      units: [
        {
          id: "32-03",
          score: 0.7,
          reasons: [{ code: "unit_divergence", text: "Доля высших оценок выше, чем у соседей", weight: 0.7 }],
          stats: { topShare: 0.9 },
        },
      ],
    };
    const stored = await storeQualityRun(db, {
      period: reviewPeriod,
      scopeUnitId: "32-03",
      report,
      responsesChecked: 1,
      startedAt: new Date(),
      startedBy: null,
    });
    expect(stored).toMatchObject({ unitsFlagged: 1, flagsAdded: 0, flagsWithdrawn: 0 });
    const counters = await table(db, "response_counters");
    expect(await decideUnitFlag(db, { unitId: "32-03", period: reviewPeriod, decision: "confirm", note: "Завышение", actorId: null })).toBe("pending");
    expect(await table(db, "response_counters")).toEqual(counters);
    const flag = await db.selectFrom("unit_flags").selectAll().where("unit_id", "=", "32-03").executeTakeFirstOrThrow();
    expect(flag).toMatchObject({ status: "confirmed", decision_note: "Завышение", stats: { topShare: 0.9 } });
    const audit = await db.selectFrom("audit_log").select(["action", "entity_id", "before", "after"]).where("entity", "=", "unit_flag").execute();
    expect(audit).toEqual([
      {
        action: "quality.unit_confirm",
        entity_id: `32-03/${reviewPeriod}`,
        before: { status: "pending", note: null },
        after: { status: "confirmed", note: "Завышение" },
      },
    ]);
    // A later run keeps the decision.
    await storeQualityRun(db, {
      period: reviewPeriod,
      scopeUnitId: "32-03",
      report: { ...report, units: [] },
      responsesChecked: 1,
      startedAt: new Date(),
      startedBy: null,
    });
    expect((await db.selectFrom("unit_flags").select("status").where("unit_id", "=", "32-03").executeTakeFirstOrThrow()).status).toBe("confirmed");
  });
});
