// The third, held-out generator: written from other assumptions than the simulation and the grid, and never used to
// tune thresholds — `bench quality --holdout yes` only reports how the engine does on it.
//
// Honest answers: a one-factor model (a centre's latent satisfaction, a respondent's own level around it, items that
// load on it unequally and correlate through it), on a continuous scale cut into 1..10. Durations: log-normal with a
// per-respondent speed. Traffic: Poisson arrivals per opening hour with a two-peak day and a per-day rush factor,
// regions in their own zones and weeks (some open Tue–Sat), kiosks served as a queue, repeat visitors reusing their
// phone, couples on one phone, evenings at home. Fabricators avoid the engine's signals on purpose: irregular pacing,
// answers drawn from the same factor model at a high level (varied, correlated, with an occasional dissent), realistic
// per-form durations, rotating device keys, and partial inflation (40–80 % of a centre's responses).

import { parsePeriod, type AnswerValue, type Dataset, type DatasetUnit, type Period, type SurveyResponse } from "../../../core/index.js";
import { BOOKING_CHANNELS, NEGATIVE_NOTES, OTHER_ANSWERS, POSITIVE_NOTES, SUGGESTIONS } from "../comment-texts.js";
import { createRng, type Rng } from "../prng.js";
import { instantOf, isoOf, periodDays, type LocalDay } from "../quality-simulation/local-clock.js";

/** What staff do, as the holdout plants it (the grid's names, other mechanics). */
export const HOLDOUT_PATTERNS = ["fast_batch", "near_duplicates", "closed_hours_kiosk", "staff_phone", "kiosk_sitting", "inflated_centre"] as const;
export type HoldoutPattern = (typeof HOLDOUT_PATTERNS)[number];
const KIOSK_ONLY: ReadonlySet<HoldoutPattern> = new Set(["closed_hours_kiosk", "kiosk_sitting"]);

const SCALE = ["q1", "q2", "q3", "q5", "q6", "q7", "q8", "q9", "q10", "q11"] as const;
const OPTIONAL = ["q15office", "q15site", "q15social", "q15phone"] as const;
const CHANNELS = ["office", "site", "social", "phone", "other"] as const;
const ZONES = [
  "Europe/Moscow",
  "Europe/Volgograd",
  "Asia/Yekaterinburg",
  "Asia/Novosibirsk",
  "Asia/Irkutsk",
  "Asia/Vladivostok",
  "Asia/Chita",
  "Europe/Kaliningrad",
] as const;
const MINUTE = 60_000;
/** Weeks: open [from, to) minutes per weekday (0 = Sunday). */
const WEEKS: readonly {
  readonly hours: Partial<Record<"mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun", string>>;
  readonly open: readonly (readonly [number, number] | null)[];
}[] = [
  {
    hours: { mon: "09:00-18:00", tue: "09:00-18:00", wed: "09:00-18:00", thu: "09:00-18:00", fri: "09:00-17:00" },
    open: [null, [540, 1080], [540, 1080], [540, 1080], [540, 1080], [540, 1020], null],
  },
  {
    hours: { tue: "10:00-19:00", wed: "10:00-19:00", thu: "10:00-19:00", fri: "10:00-19:00", sat: "10:00-16:00" },
    open: [null, null, [600, 1140], [600, 1140], [600, 1140], [600, 1140], [600, 960]],
  },
  {
    hours: { mon: "08:00-19:00", tue: "08:00-19:00", wed: "08:00-19:00", thu: "08:00-19:00", fri: "08:00-19:00" },
    open: [null, [480, 1140], [480, 1140], [480, 1140], [480, 1140], [480, 1140], null],
  },
];

/** A centre as the holdout sees it. */
interface Centre {
  readonly id: string;
  readonly zone: string;
  readonly open: readonly (readonly [number, number] | null)[];
  /** Latent satisfaction, respondents' spread around it, item loadings and offsets, single-answer noise. */
  readonly level: number;
  readonly spread: number;
  readonly loadings: readonly number[];
  readonly offsets: readonly number[];
  readonly noise: number;
  /** Mean arrivals per open hour, share of them at the kiosk (0: no kiosk). */
  readonly rate: number;
  readonly kioskShare: number;
  readonly durationMedian: number;
  readonly optionalRate: number;
  readonly commentRate: number;
  /** «All 10» respondents. */
  readonly flatShare: number;
  readonly excellent: boolean;
}

interface Labelled {
  readonly response: SurveyResponse;
  readonly pattern: string;
  readonly fabricated: boolean;
}

/** A latent level → answers: the factor model shared by honest respondents and fabricators. */
interface Voice {
  readonly level: number;
  readonly loadings: readonly number[];
  readonly offsets: readonly number[];
  readonly noise: number;
  readonly optionalRate: number;
  readonly commentRate: number;
}

const clip = (x: number): number => Math.min(10, Math.max(1, Math.round(x)));
const phone = (rng: Rng): string => `m:${rng.int(0x7fffffff).toString(16)}`;

function answersOf(rng: Rng, v: Voice, theta: number, flat: boolean): { answers: Record<string, AnswerValue>; comments?: Record<string, string> } {
  const answers: Record<string, AnswerValue> = {};
  const comments: Record<string, string> = {};
  let low = 10;
  SCALE.forEach((key, k) => {
    if (!flat && rng.chance(0.02)) return;
    const value = flat ? 10 : clip(6.2 + 1.9 * ((v.loadings[k] ?? 1) * theta + (v.offsets[k] ?? 0)) + v.noise * rng.normal());
    answers[key] = value;
    low = Math.min(low, value);
  });
  answers["q4"] = theta + 0.8 * rng.normal() > -1 ? "yes" : rng.chance(0.6) ? "no" : "dont_know";
  answers["q12"] = rng.chance(0.15 + 0.2 * rng.next()) ? "yes" : "no";
  if (answers["q12"] === "yes") answers["q12r"] = clip(6.2 + 1.9 * theta + v.noise * rng.normal());
  answers["q13"] = rng.chance(0.25) ? "yes" : "no";
  if (answers["q13"] === "yes") {
    if (rng.chance(0.6)) answers["q13ch"] = rng.pick(BOOKING_CHANNELS);
    answers["q13r"] = clip(6.2 + 1.9 * theta + v.noise * rng.normal());
  }
  const channel = CHANNELS[rng.weighted([5, 2.5, 1, 1, 0.4])] ?? "office";
  answers["q14"] = channel;
  if (channel === "other" && rng.chance(0.5)) answers["q14other"] = rng.pick(OTHER_ANSWERS);
  // Optional channel ratings: a respondent either engages (rates several) or not at all.
  if (rng.chance(v.optionalRate))
    for (const key of OPTIONAL) if (key === "q15office" || rng.chance(0.45)) answers[key] = clip(6.2 + 1.9 * theta + v.noise * rng.normal());
  if (rng.chance(v.commentRate * (low <= 5 ? 3 : 0.7)))
    comments[low <= 5 ? rng.pick(SCALE) : "suggestions"] =
      low <= 5 ? rng.pick(NEGATIVE_NOTES) : rng.chance(0.5) ? rng.pick(POSITIVE_NOTES) : rng.pick(SUGGESTIONS);
  return Object.keys(comments).length > 0 ? { answers, comments } : { answers };
}

/** Log-normal duration with a per-respondent speed. */
const durationOf = (rng: Rng, median: number): number => Math.max(35, Math.round(median * Math.exp(0.35 * rng.normal()) * Math.exp(0.3 * rng.normal())));

function respond(rng: Rng, c: Centre, at: number, channel: "qr" | "link" | "kiosk", device: string, kind: string, nextId: () => string): Labelled {
  const flat = rng.chance(c.flatShare);
  const theta = c.level + c.spread * rng.normal();
  const response: SurveyResponse = {
    id: nextId(),
    unit: c.id,
    respondent: rng.chance(0.25) ? "employer" : "seeker",
    submittedAt: isoOf(instantOf(at, c.zone)),
    ...answersOf(rng, c, theta, flat),
    meta: { channel, durationSec: durationOf(rng, c.durationMedian * (flat ? 0.7 : 1)), device },
    excluded: false,
  };
  return { response, pattern: c.excellent ? "excellent_centre" : flat ? "straight_liner" : kind, fabricated: false };
}

/** Arrival weight of an hour of the local day: peaks late morning and mid-afternoon. */
const hourWeight = (minute: number): number => 0.5 + Math.exp(-(((minute - 660) / 70) ** 2)) + 0.7 * Math.exp(-(((minute - 900) / 80) ** 2));

function honestTraffic(rng: Rng, c: Centre, days: readonly LocalDay[], nextId: () => string): Labelled[] {
  const out: Labelled[] = [];
  const revisits: string[] = [];
  for (const day of days) {
    const open = c.open[day.weekday];
    if (!open) continue;
    const rush = Math.exp(0.5 * rng.normal());
    let kioskFree = 0;
    for (let h = open[0]; h < open[1]; h += 60) {
      const arrivals = rng.poisson(c.rate * rush * hourWeight(h + 30) * (Math.min(60, open[1] - h) / 60));
      const minutes = Array.from({ length: arrivals }, () => h + rng.next() * Math.min(60, open[1] - h)).sort((a, b) => a - b);
      for (const minute of minutes) {
        const at = day.midnight + minute * MINUTE;
        if (rng.chance(c.kioskShare)) {
          // Served one at a time; the next visitor waits for the kiosk.
          const start = Math.max(at, kioskFree + (10 + rng.int(50)) * 1000);
          const r = respond(rng, c, start, "kiosk", `kiosk:${c.id}`, "kiosk_queue", nextId);
          const end = start + (r.response.meta?.durationSec ?? 120) * 1000;
          if (end > day.midnight + (open[1] + 5) * MINUTE) continue;
          kioskFree = end;
          out.push({ ...r, response: { ...r.response, submittedAt: isoOf(instantOf(end, c.zone)) } });
        } else if (rng.chance(0.06)) {
          const device = phone(rng);
          out.push(respond(rng, c, at + 4 * MINUTE, "qr", device, "couple", nextId));
          out.push(respond(rng, c, at + (8 + rng.int(25)) * MINUTE, "qr", device, "couple", nextId));
        } else if (rng.chance(0.18)) {
          out.push(respond(rng, c, day.midnight + (17 * 60 + rng.int(360)) * MINUTE, "link", phone(rng), "evening_home", nextId));
        } else {
          const again = revisits.length > 0 && rng.chance(0.08);
          const device = again ? (revisits[rng.int(revisits.length)] as string) : phone(rng);
          if (!again && rng.chance(0.3)) revisits.push(device);
          out.push(respond(rng, c, at + (3 + rng.int(15)) * MINUTE, rng.chance(0.9) ? "qr" : "link", device, again ? "repeat_visitor" : "visitor", nextId));
        }
      }
    }
  }
  return out;
}

/** A fabricator: the same factor model at a flattering level, its own engagement and pace. */
function fabricator(rng: Rng, c: Centre): Voice & { readonly theta: number; readonly durationMedian: number } {
  return {
    level: 0,
    theta: 1.2 + rng.next() * 0.9,
    loadings: c.loadings,
    offsets: c.offsets,
    noise: 0.5 + rng.next() * 0.5,
    optionalRate: c.optionalRate * (0.6 + rng.next() * 0.6),
    commentRate: c.commentRate * rng.next() * 0.6,
    durationMedian: c.durationMedian * (0.75 + rng.next() * 0.4),
  };
}

function fake(
  rng: Rng,
  c: Centre,
  f: ReturnType<typeof fabricator>,
  at: number,
  channel: "qr" | "link" | "kiosk",
  device: string,
  pattern: HoldoutPattern,
  nextId: () => string,
  durationSec?: number,
): Labelled {
  const response: SurveyResponse = {
    id: nextId(),
    unit: c.id,
    respondent: rng.chance(0.25) ? "employer" : "seeker",
    submittedAt: isoOf(instantOf(at, c.zone)),
    ...answersOf(rng, f, f.theta + 0.45 * rng.normal(), rng.chance(0.04)),
    meta: { channel, durationSec: durationSec ?? durationOf(rng, f.durationMedian), device },
    excluded: false,
  };
  return { response, pattern, fabricated: true };
}

function plant(rng: Rng, pattern: HoldoutPattern, c: Centre, days: readonly LocalDay[], honestCount: number, nextId: () => string): Labelled[] {
  const f = fabricator(rng, c);
  const openDays = days.filter((d) => c.open[d.weekday]);
  const out: Labelled[] = [];
  const inHours = (day: LocalDay, margin: number): number => {
    const [from, to] = c.open[day.weekday] as readonly [number, number];
    return day.midnight + (from + rng.next() * Math.max(1, to - from - margin)) * MINUTE;
  };
  switch (pattern) {
    case "fast_batch": {
      let at = inHours(rng.pick(openDays), 90);
      const device = phone(rng);
      for (let k = 0, n = 6 + rng.int(7); k < n; k++) {
        const gap = 35 + rng.int(80);
        at += gap * 1000;
        out.push(fake(rng, c, f, at, rng.chance(0.6) ? "qr" : "link", device, pattern, nextId, Math.max(20, Math.round(gap * (0.5 + 0.3 * rng.next())))));
      }
      break;
    }
    case "near_duplicates": {
      const template = fake(rng, c, f, 0, "qr", "", pattern, nextId).response.answers;
      for (let k = 0, n = 10 + rng.int(16); k < n; k++) {
        const answers: Record<string, AnswerValue> = { ...template };
        for (let e = rng.int(4); e > 0; e--) {
          const key = rng.pick(SCALE);
          const v = answers[key];
          if (typeof v === "number") answers[key] = clip(v + (rng.chance(0.5) ? 1 : -1) * (1 + rng.int(2)));
        }
        const r = fake(rng, c, f, inHours(rng.pick(openDays), 10), rng.chance(0.5) ? "qr" : "link", phone(rng), pattern, nextId);
        out.push({ ...r, response: { ...r.response, answers } });
      }
      break;
    }
    case "closed_hours_kiosk": {
      for (let k = 0, n = 4 + rng.int(9); k < n; k++) {
        const day = rng.pick(days);
        const open = c.open[day.weekday];
        const minute = !open ? 10 * 60 + rng.int(480) : rng.chance(0.5) ? open[1] + 30 + rng.int(180) : Math.max(0, open[0] - 45 - rng.int(120));
        out.push(fake(rng, c, f, day.midnight + minute * MINUTE, "kiosk", `kiosk:${c.id}`, pattern, nextId));
      }
      break;
    }
    case "staff_phone": {
      // A new key every day, 2–5 forms over the working day at irregular gaps, on a quarter's scattered days.
      for (let used = 0, want = 5 + rng.int(10), d = rng.int(5); d < openDays.length && used < want; d += 1 + rng.int(5), used++) {
        const day = openDays[d] as LocalDay;
        const device = phone(rng);
        let at = inHours(day, 240);
        for (let k = 0, n = 2 + rng.int(4); k < n; k++) {
          at += (8 + rng.int(80)) * MINUTE;
          out.push(fake(rng, c, f, at, "qr", device, pattern, nextId));
        }
      }
      break;
    }
    case "kiosk_sitting": {
      for (let s = 0, sittings = 1 + rng.int(3); s < sittings; s++) {
        let at = inHours(rng.pick(openDays), 100);
        for (let k = 0, n = 6 + rng.int(9); k < n; k++) {
          const gap = 120 + rng.int(240);
          at += gap * 1000;
          out.push(fake(rng, c, f, at, "kiosk", `kiosk:${c.id}`, pattern, nextId, Math.round(gap * (0.55 + 0.35 * rng.next()))));
        }
      }
      break;
    }
    case "inflated_centre": {
      // 40–80 % of the centre's responses, two or three hands, phones rotating per form, some on the kiosk.
      const share = 0.4 + rng.next() * 0.4;
      const hands = [f, fabricator(rng, c), ...(rng.chance(0.5) ? [fabricator(rng, c)] : [])];
      for (let k = 0, n = Math.round((honestCount * share) / (1 - share)); k < n; k++) {
        const hand = rng.pick(hands);
        const day = rng.pick(openDays);
        const kiosk = c.kioskShare > 0 && rng.chance(0.2);
        const evening = !kiosk && rng.chance(0.15);
        const at = evening ? day.midnight + (18 * 60 + rng.int(300)) * MINUTE : inHours(day, 20);
        out.push(fake(rng, c, hand, at, kiosk ? "kiosk" : evening ? "link" : "qr", kiosk ? `kiosk:${c.id}` : phone(rng), pattern, nextId));
      }
      break;
    }
  }
  return out;
}

/** A held-out world with one pattern planted, its truth and the centres that carry it. */
export interface HoldoutWorld {
  readonly dataset: Dataset;
  readonly period: Period;
  readonly truth: ReadonlyMap<string, { readonly fabricated: boolean; readonly pattern: string }>;
  readonly inflatedUnits: readonly string[];
  readonly patternUnits: readonly string[];
}

export interface HoldoutOptions {
  readonly seed: string;
  /** Territorial centres (about 40 in 6 regions by default). */
  readonly centres?: number;
  readonly regions?: number;
  /** Share of centres carrying the pattern (at least one). */
  readonly share?: number;
  readonly period?: string;
}

/** One held-out quarter with `pattern` planted (same options and pattern, same world). */
export function generateHoldoutWorld(o: HoldoutOptions, pattern: HoldoutPattern): HoldoutWorld {
  const period = parsePeriod(o.period ?? "2025-Q2");
  if (!period) throw new Error(`period ${o.period} does not parse`);
  const centresCount = o.centres ?? 40,
    regionsCount = o.regions ?? 6;
  const rng = createRng(`holdout:${o.seed}:${centresCount}:${regionsCount}`);
  const days = periodDays(period);
  const units: DatasetUnit[] = [];
  const regions = Array.from({ length: regionsCount }, (_, r) => {
    const week = rng.pick(WEEKS);
    const region = { id: `H${r + 1}`, zone: rng.pick(ZONES), week, level: 0.3 * rng.normal() };
    units.push({ id: region.id, kind: "region", name: `Область ${r + 1}`, parent: null, network: "decentralized", timezone: region.zone, hours: week.hours });
    return region;
  });
  const centres: Centre[] = [];
  const excellent = new Set([rng.int(centresCount), rng.int(centresCount)]);
  for (let k = 0; k < centresCount; k++) {
    const region = regions[k % regionsCount] as (typeof regions)[number];
    const id = `${region.id}-${String(k + 1).padStart(3, "0")}`;
    units.push({ id, kind: "territorial", name: `ЦЗН ${k + 1}`, parent: region.id });
    const isExcellent = excellent.has(k);
    centres.push({
      id,
      zone: region.zone,
      open: region.week.open,
      level: isExcellent ? 1.6 + 0.4 * rng.next() : region.level + 0.45 * rng.normal(),
      spread: 0.6 + 0.5 * rng.next(),
      loadings: SCALE.map(() => 0.6 + 0.4 * rng.next()),
      offsets: SCALE.map(() => 0.3 * rng.normal()),
      noise: 0.6 + 0.6 * rng.next(),
      rate: 0.4 + 1.2 * rng.next(),
      kioskShare: rng.chance(0.4) ? 0.2 + 0.4 * rng.next() : 0,
      durationMedian: 110 + rng.int(200),
      optionalRate: 0.1 + 0.6 * rng.next(),
      commentRate: 0.03 + 0.2 * rng.next(),
      flatShare: 0.02 + 0.1 * rng.next(),
      excellent: isExcellent,
    });
  }
  let honestIds = 0,
    fakeIds = 0;
  const labelled: Labelled[] = [];
  const honestOf = new Map<string, number>();
  for (const c of centres) {
    const traffic = honestTraffic(rng.fork(c.id), c, days, () => `h${honestIds++}`);
    honestOf.set(c.id, traffic.length);
    labelled.push(...traffic);
  }
  const pick = createRng(`holdout-plant:${o.seed}:${centresCount}:${pattern}:${o.share ?? 0.15}`);
  const eligible = centres.filter((c) => !c.excellent && (!KIOSK_ONLY.has(pattern) || c.kioskShare > 0));
  const chosen: Centre[] = [];
  for (let want = Math.max(1, Math.round(centresCount * (o.share ?? 0.15))); chosen.length < want && eligible.length > 0;)
    chosen.push(eligible.splice(pick.int(eligible.length), 1)[0] as Centre);
  for (const c of chosen) labelled.push(...plant(pick.fork(c.id), pattern, c, days, honestOf.get(c.id) ?? 0, () => `f${fakeIds++}`));
  labelled.sort((a, b) => (a.response.submittedAt < b.response.submittedAt ? -1 : a.response.submittedAt > b.response.submittedAt ? 1 : 0));
  const truth = new Map<string, { fabricated: boolean; pattern: string }>();
  const responses = labelled.map(({ response, pattern: p, fabricated }, i) => {
    const id = `x${(i * 6151 + 7919).toString(36)}`;
    truth.set(id, { fabricated, pattern: p });
    return { ...response, id };
  });
  const ids = chosen.map((c) => c.id);
  return {
    dataset: { format: "zvezda-dataset/1", units, responses, objective: [] },
    period,
    truth,
    inflatedUnits: pattern === "inflated_centre" ? ids : [],
    patternUnits: ids,
  };
}
