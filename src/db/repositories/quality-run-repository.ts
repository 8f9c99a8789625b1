// Stores a detection run's flags: new flags start pending, decided flags are kept, pending flags the
// engine no longer raises are withdrawn, and pending_counters follows, all in one transaction.
import { sql } from "kysely";
import { parsePeriod, periodMonths, type CounterCell, type QualityReason, type QualityReport } from "../../core/index.js";
import { addCounterCells } from "./counter-repository.js";
import type { Db, Json, JsonObject } from "../database-schema.js";
import { jsonb } from "./jsonb.js";
import { cellsOf, cellSourceColumns, methodologyLoader } from "./quality-cells.js";
import { readDatasetUnits, subtreeIds } from "./results-source.js";

/** What one run did. */
export interface QualityRunSummary {
  runId: number;
  period: string;
  scopeUnitId: string | null;
  settingsVersion: string;
  responsesChecked: number;
  responsesFlagged: number;
  flagsAdded: number;
  flagsWithdrawn: number;
  unitsFlagged: number;
}

export interface StoreRunInput {
  period: string;
  /** Flags are stored for this subtree only (all units when null). */
  scopeUnitId: string | null;
  report: QualityReport;
  responsesChecked: number;
  startedAt: Date;
  /** The user who started the run; null for the system. */
  startedBy: string | null;
}

const chunk = 500;

function chunks<T>(items: readonly T[], size = chunk): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The group of the strongest reason that has one: the burst, series or cluster to decide together. */
export function groupKeyOf(reasons: readonly QualityReason[]): string | null {
  let best: QualityReason | undefined;
  for (const r of reasons) if (r.group !== undefined && (!best || r.weight > best.weight)) best = r;
  return best?.group ?? null;
}

async function responseCellsById(trx: Db, ids: readonly string[]): Promise<CounterCell[]> {
  const methodology = methodologyLoader(trx);
  const cells: CounterCell[] = [];
  for (const part of chunks(ids)) {
    const rows = await trx
      .selectFrom("responses")
      .select([...cellSourceColumns])
      .where("id", "in", part)
      .execute();
    cells.push(...(await cellsOf(rows, methodology)));
  }
  return cells;
}

/** Writes the report of a run over `period` into the flags, for the units of the scope, and records the run. */
export async function storeQualityRun(db: Db, input: StoreRunInput): Promise<QualityRunSummary> {
  const period = parsePeriod(input.period);
  if (!period) throw new Error(`period ${input.period} does not parse`);
  const months = periodMonths(period);
  const units = await readDatasetUnits(db);
  const scope = input.scopeUnitId === null ? null : new Set(subtreeIds(units, input.scopeUnitId));
  const inScope = (unit: string) => scope === null || scope.has(unit);
  const found = input.report.responses.filter((r) => inScope(r.unit));
  const foundUnits = input.report.units.filter((u) => inScope(u.id));

  return db.transaction().execute(async (trx) => {
    const run = await trx
      .insertInto("quality_runs")
      .values({
        period: input.period,
        scope_unit_id: input.scopeUnitId,
        settings_version: input.report.settings,
        started_by: input.startedBy,
        started_at: input.startedAt,
      })
      .returning("id")
      .executeTakeFirstOrThrow();

    let existingQuery = trx
      .selectFrom("response_flags as f")
      .innerJoin("responses as r", "r.id", "f.response_id")
      .select(["f.response_id", "f.status", "r.excluded"])
      .where("r.local_month", "in", months)
      .forUpdate();
    if (scope !== null) existingQuery = existingQuery.where("f.unit_id", "in", [...scope]);
    const existing = new Map((await existingQuery.execute()).map((row) => [row.response_id, row]));

    // Responses excluded outside review (e.g. imported as excluded) get no flag.
    const candidates = found.filter((r) => !existing.has(r.id)).map((r) => r.id);
    const excluded = new Set<string>();
    for (const part of chunks(candidates)) {
      const rows = await trx.selectFrom("responses").select("id").where("id", "in", part).where("excluded", "=", true).execute();
      for (const row of rows) excluded.add(row.id);
    }
    const added = found.filter((r) => !existing.has(r.id) && !excluded.has(r.id));
    const refreshed = found.filter((r) => existing.get(r.id)?.status === "pending");
    const foundIds = new Set(found.map((r) => r.id));
    const withdrawn = [...existing.values()].filter((f) => f.status === "pending" && !foundIds.has(f.response_id)).map((f) => f.response_id);

    const row = (r: (typeof found)[number]) => ({
      response_id: r.id,
      unit_id: r.unit,
      run_id: run.id,
      score: Math.min(1, Math.max(0, r.score)),
      reasons: jsonb(r.reasons as unknown as Json[]),
      group_key: groupKeyOf(r.reasons),
    });
    for (const part of chunks(added)) await trx.insertInto("response_flags").values(part.map(row)).execute();
    for (const r of refreshed) {
      const { response_id: _id, ...fresh } = row(r);
      await trx
        .updateTable("response_flags")
        .set({ ...fresh, updated_at: sql`now()` })
        .where("response_id", "=", r.id)
        .execute();
    }
    for (const part of chunks(withdrawn)) await trx.deleteFrom("response_flags").where("response_id", "in", part).where("status", "=", "pending").execute();
    await addCounterCells(
      trx,
      await responseCellsById(
        trx,
        added.map((r) => r.id),
      ),
      1,
      "pending_counters",
    );
    await addCounterCells(trx, await responseCellsById(trx, withdrawn), -1, "pending_counters");

    // Unit flags: the same rules, keyed by unit and period.
    let unitQuery = trx.selectFrom("unit_flags").select(["unit_id", "status"]).where("period", "=", input.period);
    if (scope !== null) unitQuery = unitQuery.where("unit_id", "in", [...scope]);
    const unitExisting = new Map((await unitQuery.execute()).map((u) => [u.unit_id, u.status]));
    for (const u of foundUnits) {
      const values = {
        run_id: run.id,
        score: Math.min(1, Math.max(0, u.score)),
        reasons: jsonb(u.reasons as unknown as Json[]),
        stats: u.stats ? jsonb(u.stats as JsonObject) : null,
      };
      const status = unitExisting.get(u.id);
      if (status === undefined)
        await trx
          .insertInto("unit_flags")
          .values({ unit_id: u.id, period: input.period, ...values })
          .execute();
      else if (status === "pending")
        await trx
          .updateTable("unit_flags")
          .set({ ...values, updated_at: sql`now()` })
          .where("unit_id", "=", u.id)
          .where("period", "=", input.period)
          .execute();
    }
    const foundUnitIds = new Set(foundUnits.map((u) => u.id));
    const staleUnits = [...unitExisting].filter(([id, status]) => status === "pending" && !foundUnitIds.has(id)).map(([id]) => id);
    if (staleUnits.length > 0) await trx.deleteFrom("unit_flags").where("period", "=", input.period).where("unit_id", "in", staleUnits).execute();

    const summary: QualityRunSummary = {
      runId: run.id,
      period: input.period,
      scopeUnitId: input.scopeUnitId,
      settingsVersion: input.report.settings,
      responsesChecked: input.responsesChecked,
      responsesFlagged: found.length,
      flagsAdded: added.length,
      flagsWithdrawn: withdrawn.length,
      unitsFlagged: foundUnits.length,
    };
    await trx
      .updateTable("quality_runs")
      .set({
        finished_at: sql`now()`,
        responses_checked: summary.responsesChecked,
        responses_flagged: summary.responsesFlagged,
        flags_added: summary.flagsAdded,
        flags_withdrawn: summary.flagsWithdrawn,
        units_flagged: summary.unitsFlagged,
      })
      .where("id", "=", run.id)
      .execute();
    return summary;
  });
}
