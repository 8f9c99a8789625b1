// What the data-quality engine reads from the database for a period: every unit with its hours and
// time zone resolved, and the period's non-excluded responses (as the CLI reads a dataset).
import {
  parsePeriod,
  periodMonths,
  qualityUnits,
  type Period,
  type QualityInput,
  type QualityResponse,
  type QualityUnit,
  type WeeklyHours,
} from "../../core/index.js";
import type { Db } from "../database-schema.js";
import { readDatasetUnits } from "./results-source.js";

/** Every stored unit with its time zone (its region's, else `defaultTimezone`) and hours (own, else the nearest ancestor's, else `defaultHours`). */
export async function readQualityUnits(db: Db, defaultTimezone: string, defaultHours?: WeeklyHours): Promise<QualityUnit[]> {
  return qualityUnits(await readDatasetUnits(db), defaultTimezone, defaultHours);
}

const pageSize = 5_000;

function commentCount(comments: unknown): number {
  if (!comments || typeof comments !== "object") return 0;
  return Object.values(comments).filter((text) => typeof text === "string" && text.trim() !== "").length;
}

/** The non-excluded responses of the period's local months, read page by page in id order. */
export async function readQualityResponses(db: Db, period: Period): Promise<QualityResponse[]> {
  const months = periodMonths(period);
  const out: QualityResponse[] = [];
  let last: string | undefined;
  for (;;) {
    let query = db
      .selectFrom("responses")
      .select(["id", "unit_id", "respondent", "submitted_at", "duration_sec", "device_hash", "channel", "answers", "comments"])
      .where("local_month", "in", months)
      .where("excluded", "=", false);
    if (last !== undefined) query = query.where("id", ">", last);
    const rows = await query.orderBy("id").limit(pageSize).execute();
    for (const r of rows) {
      out.push({
        id: r.id,
        unit: r.unit_id,
        respondent: r.respondent,
        submittedAt: r.submitted_at.getTime(),
        ...(r.duration_sec !== null ? { durationSec: r.duration_sec } : {}),
        ...(r.device_hash !== null ? { device: r.device_hash } : {}),
        channel: r.channel,
        answers: r.answers as QualityResponse["answers"],
        commentCount: commentCount(r.comments),
      });
    }
    if (rows.length < pageSize) break;
    last = rows[rows.length - 1]!.id;
  }
  return out;
}

/** The engine's input for a period: the whole country, so that units are judged against all their peers. */
export async function readQualityInput(db: Db, period: Period | string, defaultTimezone: string, defaultHours?: WeeklyHours): Promise<QualityInput> {
  const p = typeof period === "string" ? parsePeriod(period) : period;
  if (!p) throw new Error(`period ${String(period)} does not parse`);
  return { units: await readQualityUnits(db, defaultTimezone, defaultHours), responses: await readQualityResponses(db, p) };
}
