// Fabrication patterns: how staff fake survey responses, as generators of responses for one unit and period.
// Used by the quality simulation, and usable to add fabricated data to any dataset (the demo seed, for instance).

import type { AnswerValue, Period, SurveyResponse } from "../../../core/index.js";
import type { Rng } from "../prng.js";
import { copyTemplate, editedCopy, fabricatedAnswers } from "./fabricated-answers.js";
import { instantOf, isoOf, isWorkday, periodDays, type LocalDay } from "./local-clock.js";

/** The fabrication patterns the detection engine must catch. */
export const FABRICATION_PATTERNS = ["fast_batch", "paced_kiosk", "staff_phone", "near_copies", "closed_kiosk", "inflated_centre"] as const;
export type FabricationPattern = (typeof FABRICATION_PATTERNS)[number];

/** Where the fabrication happens. */
export interface FabricationTarget {
  readonly unit: string;
  /** The unit's IANA zone. */
  readonly timezone: string;
  readonly period: Period;
  /** The unit's office kiosk key, when it has one (paced and closed-hours kiosk patterns use it). */
  readonly kioskDevice?: string;
  /** Opening minutes of a working day, default 09:00–18:00. */
  readonly openMinutes?: readonly [number, number];
  /** Prefix of the generated response ids. */
  readonly idPrefix: string;
  /** Roughly how many responses (the inflated centre: how many to add). */
  readonly count?: number;
}

const MINUTE = 60_000;
const logNormal = (rng: Rng, median: number, sigma: number): number => Math.round(median * Math.exp(sigma * rng.normal()));

function response(
  target: FabricationTarget,
  n: number,
  localMs: number,
  answers: Record<string, AnswerValue>,
  meta: SurveyResponse["meta"],
  rng: Rng,
): SurveyResponse {
  return {
    id: `${target.idPrefix}-${n}`,
    unit: target.unit,
    respondent: rng.chance(0.85) ? "seeker" : "employer",
    submittedAt: isoOf(instantOf(localMs, target.timezone)),
    answers,
    meta,
    excluded: false,
  };
}

const deviceKey = (rng: Rng): string => `d:${rng.int(0x7fffffff).toString(16)}${rng.int(0xffff).toString(16)}`;

function workdays(period: Period): LocalDay[] {
  return periodDays(period).filter(isWorkday);
}

/** A staff member filling a dozen forms in a row on one device, each in well under a minute. */
function fastBatch(rng: Rng, t: FabricationTarget): SurveyResponse[] {
  const [open, close] = t.openMinutes ?? [540, 1080];
  const day = rng.pick(workdays(t.period));
  const device = deviceKey(rng);
  let at = day.midnight + (open + rng.int(Math.max(1, close - open - 120))) * MINUTE;
  const out: SurveyResponse[] = [];
  const count = t.count ?? 8 + rng.int(8);
  for (let k = 0; k < count; k++) {
    const duration = 20 + rng.int(35);
    at += (duration + 3 + rng.int(15)) * 1000;
    out.push(
      response(
        t,
        k,
        at,
        fabricatedAnswers(rng, { top: 0.75, optional: 0.05 }),
        { channel: rng.chance(0.5) ? "qr" : "link", durationSec: duration, device },
        rng,
      ),
    );
  }
  return out;
}

/** A series on the office kiosk during opening hours, one form every few minutes, like clockwork. */
function pacedKiosk(rng: Rng, t: FabricationTarget): SurveyResponse[] {
  const [open, close] = t.openMinutes ?? [540, 1080];
  const device = t.kioskDevice ?? `kiosk:${t.unit}`;
  const count = t.count ?? 10 + rng.int(10);
  const pace = (3 + rng.int(8)) * 60;
  const day = rng.pick(workdays(t.period));
  let at = day.midnight + (open + 10 + rng.int(Math.max(1, close - open - 30 - (count * pace) / 60))) * MINUTE;
  const out: SurveyResponse[] = [];
  for (let k = 0; k < count; k++) {
    at += Math.round(pace * (1 + 0.04 * rng.normal())) * 1000;
    out.push(
      response(t, k, at, fabricatedAnswers(rng, { top: 0.6, optional: 0.3 }), { channel: "kiosk", durationSec: logNormal(rng, pace * 0.6, 0.2), device }, rng),
    );
  }
  return out;
}

/** A staff phone used on many working days, a few forms each day around the same hour; its key changes daily. */
function staffPhone(rng: Rng, t: FabricationTarget): SurveyResponse[] {
  const days = workdays(t.period);
  const hour = 9 * 60 + rng.int(8 * 60);
  const total = t.count ?? 40 + rng.int(30);
  const template = fabricatedAnswers(rng, { top: 0.7, optional: 0.2 });
  const out: SurveyResponse[] = [];
  for (let n = 0, d = rng.int(5); n < total && d < days.length; d += 1 + rng.int(2)) {
    const day = days[d] as LocalDay;
    const device = deviceKey(rng);
    let at = day.midnight + (hour + Math.round(20 * rng.normal())) * MINUTE;
    const perDay = 2 + rng.int(3);
    for (let k = 0; k < perDay && n < total; k++, n++) {
      const duration = logNormal(rng, 90, 0.3);
      at += (duration + 30 + rng.int(240)) * 1000;
      out.push(response(t, n, at, editedCopy(rng, template, rng.int(3)), { channel: "qr", durationSec: duration, device }, rng));
    }
  }
  return out;
}

/** Near-copies of one template with a small edit each, from many devices on many days. */
function nearCopies(rng: Rng, t: FabricationTarget): SurveyResponse[] {
  const [open, close] = t.openMinutes ?? [540, 1080];
  const days = workdays(t.period);
  const template = copyTemplate(rng);
  const count = t.count ?? 15 + rng.int(15);
  const out: SurveyResponse[] = [];
  for (let k = 0; k < count; k++) {
    const day = rng.pick(days);
    const at = day.midnight + (open + rng.int(close - open + 120)) * MINUTE;
    out.push(
      response(
        t,
        k,
        at,
        editedCopy(rng, template, rng.int(3)),
        { channel: rng.pick(["qr", "link", "qr"] as const), durationSec: logNormal(rng, 180, 0.4), device: deviceKey(rng) },
        rng,
      ),
    );
  }
  return out;
}

/** The office kiosk used in the evening, at night or at the weekend, when the office is closed. */
function closedKiosk(rng: Rng, t: FabricationTarget): SurveyResponse[] {
  const all = periodDays(t.period);
  const device = t.kioskDevice ?? `kiosk:${t.unit}`;
  const count = t.count ?? 6 + rng.int(10);
  const out: SurveyResponse[] = [];
  for (let k = 0; k < count; k++) {
    const day = rng.pick(all);
    const minute = isWorkday(day) ? (rng.chance(0.5) ? 19 * 60 + 30 + rng.int(180) : 5 * 60 + rng.int(150)) : 10 * 60 + rng.int(8 * 60);
    const at = day.midnight + minute * MINUTE;
    out.push(
      response(t, k, at, fabricatedAnswers(rng, { top: 0.7, optional: 0.3 }), { channel: "kiosk", durationSec: logNormal(rng, 150, 0.35), device }, rng),
    );
  }
  return out;
}

/** A whole centre inflated: many flattering forms, varied devices and times, quicker, with little optional and no comments. */
function inflatedCentre(rng: Rng, t: FabricationTarget): SurveyResponse[] {
  const [open, close] = t.openMinutes ?? [540, 1080];
  const days = periodDays(t.period);
  const count = t.count ?? 150;
  const out: SurveyResponse[] = [];
  for (let k = 0; k < count; k++) {
    const day = rng.pick(days.filter(isWorkday));
    const minute = rng.chance(0.8) ? open + rng.int(close - open) : close + rng.int(240);
    out.push(
      response(
        t,
        k,
        day.midnight + minute * MINUTE,
        fabricatedAnswers(rng, { top: 0.65, optional: 0.12 }),
        {
          channel: rng.pick(["qr", "link", "qr"] as const),
          durationSec: logNormal(rng, 95, 0.35),
          device: deviceKey(rng),
        },
        rng,
      ),
    );
  }
  return out;
}

const generators: Record<FabricationPattern, (rng: Rng, t: FabricationTarget) => SurveyResponse[]> = {
  fast_batch: fastBatch,
  paced_kiosk: pacedKiosk,
  staff_phone: staffPhone,
  near_copies: nearCopies,
  closed_kiosk: closedKiosk,
  inflated_centre: inflatedCentre,
};

/** Fabricated responses of one pattern for one unit (deterministic for a given generator state). */
export function fabricationPatterns(pattern: FabricationPattern, rng: Rng, target: FabricationTarget): SurveyResponse[] {
  return generators[pattern](rng, target);
}
