// Review decisions on flagged responses: confirm (the response is excluded), clear, reopen. Each
// moves the response's cells between the counter tables in the same transaction, so that figures
// change at once, and is written to the audit log with the state before and after.
import { sql } from "kysely";
import type { CounterCell } from "../../core/index.js";
import { writeAudit } from "./audit-repository.js";
import { addCounterCells, type CounterTable } from "./counter-repository.js";
import type { Db, FlagStatus } from "../database-schema.js";
import { cellsOf, methodologyLoader } from "./quality-cells.js";

export type Decision = "confirm" | "clear" | "reopen";

const statusAfter: Record<Decision, FlagStatus> = { confirm: "confirmed", clear: "cleared", reopen: "pending" };

/** The counter tables a flagged response's cells sit in, by its flag's status. */
const tablesOf: Record<FlagStatus, readonly CounterTable[]> = {
  pending: ["response_counters", "pending_counters"],
  confirmed: ["excluded_counters"],
  cleared: ["response_counters"],
};

/** The text kept in responses.excluded_reason for a confirmed flag. */
export const confirmedReason = "Исключено по итогам проверки качества данных";

/** A flag as a decision sees it. */
export interface FlagState {
  responseId: string;
  unitId: string;
  status: FlagStatus;
}

export interface DecisionInput {
  responseIds: readonly string[];
  decision: Decision;
  note?: string;
  actorId: string | null;
}

export interface DecisionOutcome {
  /** Flags whose status changed, with the status before. */
  changed: { responseId: string; from: FlagStatus; to: FlagStatus }[];
  /** Flags already in the requested status. */
  unchanged: string[];
}

/** Thrown when a response named in a decision has no flag. */
export class UnknownFlagError extends Error {
  override name = "UnknownFlagError";
  constructor(readonly responseIds: readonly string[]) {
    super(`no flag for ${responseIds.join(", ")}`);
  }
}

/** The flags of the responses (those without a flag are left out). */
export async function readFlagStates(db: Db, responseIds: readonly string[]): Promise<FlagState[]> {
  if (responseIds.length === 0) return [];
  const rows = await db
    .selectFrom("response_flags")
    .select(["response_id", "unit_id", "status"])
    .where("response_id", "in", [...responseIds])
    .execute();
  return rows.map((r) => ({ responseId: r.response_id, unitId: r.unit_id, status: r.status }));
}

/** The response ids of a group (burst, series, cluster). */
export async function readGroupMembers(db: Db, groupKey: string): Promise<string[]> {
  const rows = await db.selectFrom("response_flags").select("response_id").where("group_key", "=", groupKey).orderBy("response_id").execute();
  return rows.map((r) => r.response_id);
}

/**
 * Applies one decision to the flags of the responses, all or nothing: the flags' status, the
 * responses' `excluded`, the counters (response, excluded, pending) and one audit entry per
 * changed flag. Deciding a flag into the status it has changes nothing.
 */
export async function decideResponseFlags(db: Db, input: DecisionInput): Promise<DecisionOutcome> {
  const ids = [...new Set(input.responseIds)].sort();
  const to = statusAfter[input.decision];
  return db.transaction().execute(async (trx) => {
    const rows =
      ids.length === 0
        ? []
        : await trx
            .selectFrom("response_flags as f")
            .innerJoin("responses as r", "r.id", "f.response_id")
            .select([
              "f.response_id",
              "f.status",
              "f.decided_by",
              "f.decided_at",
              "f.decision_note",
              "r.id",
              "r.unit_id",
              "r.respondent",
              "r.methodology_id",
              "r.local_month",
              "r.answers",
              "r.profile",
              "r.excluded",
            ])
            .where("f.response_id", "in", ids)
            .orderBy("f.response_id")
            .forUpdate()
            .execute();
    const missing = ids.filter((id) => !rows.some((r) => r.response_id === id));
    if (missing.length > 0) throw new UnknownFlagError(missing);

    const moving = rows.filter((r) => r.status !== to);
    const methodology = methodologyLoader(trx);
    const deltas = new Map<CounterTable, { add: CounterCell[]; remove: CounterCell[] }>();
    const delta = (table: CounterTable) => {
      let d = deltas.get(table);
      if (!d) deltas.set(table, (d = { add: [], remove: [] }));
      return d;
    };
    for (const row of moving) {
      const cells = await cellsOf([row], methodology);
      const before = tablesOf[row.status],
        after = tablesOf[to];
      for (const table of before) if (!after.includes(table)) delta(table).remove.push(...cells);
      for (const table of after) if (!before.includes(table)) delta(table).add.push(...cells);
    }
    for (const [table, d] of deltas) await addCounterCells(trx, d.add, 1, table);
    for (const [table, d] of deltas) await addCounterCells(trx, d.remove, -1, table);

    const movingIds = moving.map((r) => r.response_id);
    if (movingIds.length > 0) {
      const decided = to === "pending" ? { decided_by: null, decided_at: null } : { decided_by: input.actorId, decided_at: sql<Date>`now()` };
      await trx
        .updateTable("response_flags")
        .set({ status: to, ...decided, decision_note: input.note ?? null, updated_at: sql`now()` })
        .where("response_id", "in", movingIds)
        .execute();
      await trx
        .updateTable("responses")
        .set(to === "confirmed" ? { excluded: true, excluded_reason: confirmedReason } : { excluded: false, excluded_reason: null })
        .where("id", "in", movingIds)
        .execute();
    }
    for (const row of moving) {
      await writeAudit(trx, {
        actorId: input.actorId,
        action: `quality.${input.decision}`,
        entity: "response",
        entityId: row.response_id,
        unitId: row.unit_id,
        before: { status: row.status, excluded: row.excluded, note: row.decision_note },
        after: { status: to, excluded: to === "confirmed", note: input.note ?? null },
      });
    }
    return {
      changed: moving.map((r) => ({ responseId: r.response_id, from: r.status, to })),
      unchanged: rows.filter((r) => r.status === to).map((r) => r.response_id),
    };
  });
}

export interface UnitDecisionInput {
  unitId: string;
  period: string;
  decision: Decision;
  note?: string;
  actorId: string | null;
}

/**
 * Decides a unit flag: its status only (a unit's divergence is evidence for reviewing its
 * responses, not a reason to exclude them wholesale), audited. Returns the status before, or
 * undefined when the unit has no flag for the period.
 */
export async function decideUnitFlag(db: Db, input: UnitDecisionInput): Promise<FlagStatus | undefined> {
  const to = statusAfter[input.decision];
  return db.transaction().execute(async (trx) => {
    const flag = await trx
      .selectFrom("unit_flags")
      .select(["status", "decision_note"])
      .where("unit_id", "=", input.unitId)
      .where("period", "=", input.period)
      .forUpdate()
      .executeTakeFirst();
    if (!flag) return undefined;
    if (flag.status === to) return flag.status;
    const decided = to === "pending" ? { decided_by: null, decided_at: null } : { decided_by: input.actorId, decided_at: sql<Date>`now()` };
    await trx
      .updateTable("unit_flags")
      .set({ status: to, ...decided, decision_note: input.note ?? null, updated_at: sql`now()` })
      .where("unit_id", "=", input.unitId)
      .where("period", "=", input.period)
      .execute();
    await writeAudit(trx, {
      actorId: input.actorId,
      action: `quality.unit_${input.decision}`,
      entity: "unit_flag",
      entityId: `${input.unitId}/${input.period}`,
      unitId: input.unitId,
      before: { status: flag.status, note: flag.decision_note },
      after: { status: to, note: input.note ?? null },
    });
    return flag.status;
  });
}
