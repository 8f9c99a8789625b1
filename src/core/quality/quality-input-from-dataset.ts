// Adapts a validated dataset to the engine's input: the period's responses, hours and zones resolved along the tree.

import type { Dataset, DatasetUnit } from "../dataset/dataset-types.js";
import type { Methodology } from "../methodology/methodology-types.js";
import { localMonthIndex } from "../periods/local-month.js";
import type { Period } from "../periods/period.js";
import { parseTimestamp } from "../periods/timestamp.js";
import type { QualityInput, QualityResponse, QualityUnit, WeeklyHours } from "./quality-types.js";

const weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

/** Default hours: Monday to Friday 09:00–18:00 (dataset.md). */
export const DEFAULT_WEEKLY_HOURS: WeeklyHours = {
  mon: "09:00-18:00",
  tue: "09:00-18:00",
  wed: "09:00-18:00",
  thu: "09:00-18:00",
  fri: "09:00-18:00",
  sat: null,
  sun: null,
};

function completeHours(hours: DatasetUnit["hours"]): WeeklyHours | undefined {
  if (!hours) return undefined;
  const out = {} as Record<(typeof weekdays)[number], string | null>;
  for (const day of weekdays) out[day] = hours[day] ?? null;
  return out;
}

/** Units with hours (own, else the nearest ancestor's, else `defaultHours`) and the region's zone (else the methodology default). */
export function qualityUnits(units: readonly DatasetUnit[], defaultTimezone: string, defaultHours: WeeklyHours = DEFAULT_WEEKLY_HOURS): QualityUnit[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const resolved = new Map<string, QualityUnit>();
  const resolve = (u: DatasetUnit, depth = 0): QualityUnit => {
    const done = resolved.get(u.id);
    if (done) return done;
    const parent = u.parent === null || depth > 16 ? undefined : byId.get(u.parent);
    const up = parent ? resolve(parent, depth + 1) : undefined;
    const unit: QualityUnit = {
      id: u.id,
      parent: u.parent,
      kind: u.kind,
      timezone: u.kind === "region" || !up ? (u.timezone ?? defaultTimezone) : up.timezone,
      hours: completeHours(u.hours) ?? up?.hours ?? defaultHours,
    };
    resolved.set(u.id, unit);
    return unit;
  };
  return units.map((u) => resolve(u));
}

/** The engine's input for one period: responses whose local month lies in it (excluded ones left out). */
export function qualityInputFromDataset(
  dataset: Dataset,
  period: Period,
  methodology: Methodology,
  defaultHours: WeeklyHours = DEFAULT_WEEKLY_HOURS,
): QualityInput {
  const units = qualityUnits(dataset.units, methodology.defaultTimezone, defaultHours);
  const zoneOf = new Map(units.map((u) => [u.id, u.timezone]));
  const responses: QualityResponse[] = [];
  for (const r of dataset.responses) {
    if (r.excluded) continue;
    const t = parseTimestamp(r.submittedAt);
    if (typeof t !== "number") continue;
    const month = localMonthIndex(t, zoneOf.get(r.unit) ?? methodology.defaultTimezone);
    if (month < period.start || month >= period.end) continue;
    let comments = 0;
    if (r.comments) for (const key in r.comments) if ((r.comments[key] ?? "").trim() !== "") comments++;
    // Every field always present (undefined when unknown): one object shape keeps the engine's loops fast.
    responses.push({
      id: r.id,
      unit: r.unit,
      respondent: r.respondent,
      submittedAt: t,
      durationSec: r.meta?.durationSec,
      device: r.meta?.device,
      channel: r.meta?.channel,
      answers: r.answers,
      commentCount: comments,
    });
  }
  return { units, responses };
}
