// `zvezda seed --demo`: writes the demo world, its counters, the default methodology and the demo
// accounts into the database in one transaction.
import { parsePeriod, responseCells, responseMonth, type CounterCell, type Methodology } from "../../core/index.js";
import { addCounterCells, jsonb, sweepVoiceTexts, type Db, type JsonObject } from "../../db/index.js";
import { voiceTaggerFor, hashPassword } from "../../server/index.js";
import { loadDefaultMethodology } from "../methodology-files.js";
import { syncMethodologies } from "../methodology-sync.js";
import { generateDemoWorld } from "./demo-world.js";
import { demoUsers, type DemoUser } from "./demo-users.js";
import { seedDemoQuality } from "./demo-quality.js";
import { seedObjectiveWorkflow } from "./objective-demo-seed.js";
import { seedDemoMeasures } from "./demo-measures.js";
import { seedDemoFeedback } from "./demo-feedback.js";
import { seedDemoCx } from "./demo-cx.js";

export interface DemoSeedResult {
  logins: DemoUser[];
  units: number;
  responses: number;
  objectiveEntries: number;
}

const batch = 500;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** First and last day ('YYYY-MM-DD') of a period. */
function periodDays(text: string): { start: string; end: string } {
  const p = parsePeriod(text);
  if (!p) throw new Error(`bad period ${text}`);
  const day = (monthIndex: number, offsetDays: number): string =>
    new Date(Date.UTC(Math.floor(monthIndex / 12), monthIndex % 12, 1) + offsetDays * 86_400_000).toISOString().slice(0, 10);
  return { start: day(p.start, 0), end: day(p.end, -1) };
}

/** Loads the deterministic demo dataset; returns the demo logins. */
export async function runDemoSeed(db: Db, methodology: Methodology = loadDefaultMethodology()): Promise<DemoSeedResult> {
  const regions = await db.selectFrom("org_units").select(["id", "timezone"]).where("kind", "=", "region").execute();
  const zones = new Map(regions.map((r) => [r.id, r.timezone ?? methodology.defaultTimezone]));
  const world = generateDemoWorld(methodology, zones);
  const passwords = await Promise.all(demoUsers.map((u) => hashPassword(u.password)));
  await syncMethodologies(db, [methodology], methodology);

  await db.transaction().execute(async (trx) => {
    for (const [id, network] of world.networks) await trx.updateTable("org_units").set({ network }).where("id", "=", id).execute();
    for (const part of chunks(world.units, batch)) {
      await trx
        .insertInto("org_units")
        .values(part.map((u) => ({ id: u.id, kind: u.kind, name: u.name, parent_id: u.parent })))
        .execute();
    }
    const cells: CounterCell[] = [];
    for (const part of chunks(world.responses, batch)) {
      await trx
        .insertInto("responses")
        .values(
          part.map((r) => {
            const zone = world.zoneOf(r.unit);
            cells.push(...responseCells(r, zone, methodology));
            return {
              id: r.id,
              unit_id: r.unit,
              respondent: r.respondent,
              methodology_id: methodology.id,
              submitted_at: r.submittedAt,
              local_month: responseMonth(r, zone),
              duration_sec: r.meta?.durationSec ?? null,
              started_at: r.meta?.durationSec ? new Date(Date.parse(r.submittedAt) - r.meta.durationSec * 1000).toISOString() : null,
              channel: r.meta?.channel ?? "import",
              device_hash: r.meta?.device ?? null,
              answers: jsonb(r.answers as JsonObject),
              comments: r.comments ? jsonb(r.comments as JsonObject) : null,
              profile: r.profile ? jsonb(r.profile as unknown as JsonObject) : null,
              excluded_reason: null,
              form_token: null,
            };
          }),
        )
        .execute();
    }
    await addCounterCells(trx, cells, 1);
    for (const part of chunks(world.objective, batch)) {
      await trx
        .insertInto("objective_entries")
        .values(
          part.map((e) => {
            const { unit, period, ...rest } = e;
            const days = periodDays(period);
            const indicator = "indicator" in rest ? rest.indicator : null;
            const { indicator: _drop, ...payload } = rest as typeof rest & { indicator?: string };
            return {
              unit_id: unit,
              indicator,
              period,
              period_start: days.start,
              period_end: days.end,
              payload: jsonb(payload as JsonObject),
              status: "approved" as const,
            };
          }),
        )
        .execute();
    }
    await trx
      .insertInto("users")
      .values(
        demoUsers.map((u, i) => ({ login: u.login, password_hash: passwords[i] as string, display_name: u.displayName, role: u.role, scope_unit_id: u.scope })),
      )
      .onConflict((oc) => oc.column("login").doNothing())
      .execute();
  });
  const workflow = await seedObjectiveWorkflow(db, methodology);
  const quality = await seedDemoQuality(db, methodology);
  await seedDemoMeasures(db);
  await sweepVoiceTexts(db, voiceTaggerFor(methodology));
  await seedDemoFeedback(db, methodology);
  await seedDemoCx(db, methodology);
  return {
    logins: [...demoUsers],
    units: world.units.length,
    responses: world.responses.length + quality.fabricated,
    objectiveEntries: world.objective.length + workflow.added,
  };
}
