// The second generator's worlds: regions across time zones with their own hours, centres with their own volumes,
// kiosks, answer habits and durations; one honest base per peer-group size, then one pattern planted at a share.

import { parsePeriod, type Dataset, type DatasetUnit, type Period, type SurveyResponse } from "../../../core/index.js";
import { createRng, type Rng } from "../prng.js";
import { periodDays, type LocalDay } from "../quality-simulation/local-clock.js";
import { centreHabits } from "./grid-answers.js";
import { gridFabrication, KIOSK_PATTERNS, type GridPattern } from "./grid-fabrication.js";
import { gridHonestTraffic, type GridCentre, type GridLabelled } from "./grid-honest.js";

const ZONES = [
  "Europe/Kaliningrad",
  "Europe/Moscow",
  "Europe/Samara",
  "Asia/Yekaterinburg",
  "Asia/Omsk",
  "Asia/Novosibirsk",
  "Asia/Krasnoyarsk",
  "Asia/Irkutsk",
  "Asia/Yakutsk",
  "Asia/Vladivostok",
  "Asia/Magadan",
  "Asia/Kamchatka",
] as const;
type Hours = Partial<Record<"mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun", string>>;
const HOURS: readonly Hours[] = [
  { mon: "09:00-18:00", tue: "09:00-18:00", wed: "09:00-18:00", thu: "09:00-18:00", fri: "09:00-18:00" },
  { mon: "08:00-17:00", tue: "08:00-17:00", wed: "08:00-17:00", thu: "08:00-17:00", fri: "08:00-16:00" },
  { mon: "09:00-20:00", tue: "09:00-20:00", wed: "09:00-20:00", thu: "09:00-20:00", fri: "09:00-18:00", sat: "10:00-15:00" },
  { mon: "08:30-17:30", tue: "08:30-17:30", wed: "08:30-17:30", thu: "08:30-17:30", fri: "08:30-16:30" },
];
const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
const minutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const spans = (h: Hours): (readonly [number, number] | null)[] =>
  WEEKDAYS.map((d) => (h[d] ? ([minutes(h[d].slice(0, 5)), minutes(h[d].slice(6, 11))] as const) : null));

/** The honest part of a world, shared by every pattern and share at one peer-group size. */
export interface GridBase {
  readonly period: Period;
  readonly days: readonly LocalDay[];
  readonly units: readonly DatasetUnit[];
  readonly centres: readonly GridCentre[];
  readonly honest: readonly GridLabelled[];
  readonly excellent: readonly string[];
  readonly seed: string;
}

export interface GridBaseOptions {
  readonly seed: string;
  /** Territorial centres (the peer group). */
  readonly centres: number;
  /** Median honest responses per centre over the quarter. */
  readonly volume: number;
  readonly period?: string;
}

/** Generates the honest base (same options, same base). */
export function generateGridBase(o: GridBaseOptions): GridBase {
  const period = parsePeriod(o.period ?? "2025-Q2");
  if (!period) throw new Error(`period ${o.period} does not parse`);
  const rng = createRng(`grid:${o.seed}:${o.centres}`);
  const regions = Math.max(1, Math.round(o.centres / (o.centres <= 10 ? 5 : o.centres <= 40 ? 7 : 30)));
  const units: DatasetUnit[] = [];
  const centres: GridCentre[] = [];
  const days = periodDays(period);
  const excellentCount = Math.max(1, Math.round(o.centres * 0.05));
  const excellent = new Set<number>();
  while (excellent.size < Math.min(excellentCount, o.centres)) excellent.add(rng.int(o.centres));
  const regionLevel: number[] = [],
    regionZone: string[] = [],
    regionHours: Hours[] = [];
  for (let r = 0; r < regions; r++) {
    const id = `G${String(r + 1).padStart(2, "0")}`;
    regionLevel.push(0.35 * rng.normal());
    regionZone.push(rng.pick(ZONES));
    regionHours.push(rng.pick(HOURS));
    units.push({
      id,
      kind: "region",
      name: `Регион ${r + 1}`,
      parent: null,
      network: "decentralized",
      timezone: regionZone[r] as string,
      hours: regionHours[r] as Hours,
    });
  }
  let honestCount = 0;
  const nextId = (): string => `h${honestCount++}`;
  const honest: GridLabelled[] = [];
  for (let c = 0; c < o.centres; c++) {
    const r = c % regions;
    const id = `G${String(r + 1).padStart(2, "0")}-${String(c + 1).padStart(4, "0")}`;
    const own = rng.chance(0.1) ? rng.pick(HOURS) : undefined;
    units.push({ id, kind: "territorial", name: `Центр занятости ${c + 1}`, parent: `G${String(r + 1).padStart(2, "0")}`, ...(own && { hours: own }) });
    const isExcellent = excellent.has(c);
    const hasKiosk = rng.chance(0.35);
    const centre: GridCentre = {
      id,
      timezone: regionZone[r] as string,
      open: spans(own ?? (regionHours[r] as Hours)),
      habits: centreHabits(rng, regionLevel[r] as number, isExcellent),
      volume: Math.max(20, Math.round(o.volume * Math.exp(0.55 * rng.normal()))),
      ...(hasKiosk && { kiosk: `kiosk:${id}` }),
      kioskShare: 0.15 + rng.next() * 0.45,
      durationMedian: 150 + rng.int(130),
      durationSigma: 0.45 + rng.next() * 0.25,
      excellent: isExcellent,
      flatShare: 0.03 + rng.next() * 0.09,
    };
    centres.push(centre);
    honest.push(...gridHonestTraffic(rng.fork(id), centre, days, nextId));
  }
  return { period, days, units, centres, honest, excellent: centres.filter((c) => c.excellent).map((c) => c.id), seed: o.seed };
}

/** A world: the dataset, what each response really is, and which centres carry the pattern. */
export interface GridWorld {
  readonly dataset: Dataset;
  readonly period: string;
  readonly truth: ReadonlyMap<string, { readonly fabricated: boolean; readonly pattern: string }>;
  readonly inflatedUnits: readonly string[];
  readonly excellentUnits: readonly string[];
  readonly patternUnits: readonly string[];
}

function take(rng: Rng, pool: GridCentre[], count: number): GridCentre[] {
  const out: GridCentre[] = [];
  while (out.length < count && pool.length > 0) out.push(pool.splice(rng.int(pool.length), 1)[0] as GridCentre);
  return out;
}

/** Plants `pattern` in a share of the base's centres (at least one; kiosk patterns only where there is a kiosk). */
export function plantGridPattern(base: GridBase, pattern: GridPattern, share: number): GridWorld {
  const rng = createRng(`plant:${base.seed}:${base.centres.length}:${pattern}:${share}`);
  const eligible = base.centres.filter((c) => !c.excellent && (!KIOSK_PATTERNS.has(pattern) || c.kiosk));
  const chosen = take(rng, [...eligible], Math.max(1, Math.round(base.centres.length * share)));
  let fabricatedCount = 0;
  const nextId = (): string => `f${fabricatedCount++}`;
  const labelled: GridLabelled[] = [...base.honest];
  for (const centre of chosen) labelled.push(...gridFabrication(pattern, rng.fork(centre.id), centre, base.days, nextId));
  // Neutral ids in time order, so nothing but the data tells the truth.
  labelled.sort((a, b) => (a.response.submittedAt < b.response.submittedAt ? -1 : a.response.submittedAt > b.response.submittedAt ? 1 : 0));
  const truth = new Map<string, { fabricated: boolean; pattern: string }>();
  const responses: SurveyResponse[] = labelled.map(({ response, pattern: p, fabricated }, i) => {
    const id = `g${(i * 7919 + 104729).toString(36)}`;
    truth.set(id, { fabricated, pattern: p });
    return { ...response, id };
  });
  const ids = chosen.map((c) => c.id);
  return {
    dataset: { format: "zvezda-dataset/1", units: base.units, responses, objective: [] },
    period: base.period.label,
    truth,
    inflatedUnits: pattern === "inflated_centre" ? ids : [],
    excellentUnits: base.excellent,
    patternUnits: ids,
  };
}
