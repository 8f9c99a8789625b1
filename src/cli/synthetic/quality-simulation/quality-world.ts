// The quality simulation: a deterministic dataset of honest traffic with fabrication planted in chosen units,
// and the ground truth (which responses are fabricated, by which pattern; which centres are inflated).

import { parsePeriod, qualityUnits, type Dataset, type DatasetUnit, type Methodology, type SurveyResponse } from "../../../core/index.js";
import { loadDefaultMethodology } from "../../methodology-files.js";
import { generateOrg } from "../org-generator.js";
import { createRng, type Rng } from "../prng.js";
import { createResponseSampler } from "../response-sampler.js";
import { fabricationPatterns, FABRICATION_PATTERNS, type FabricationPattern } from "./fabrication-patterns.js";
import { honestTraffic, type HonestPattern, type Labelled } from "./honest-traffic.js";
import { periodDays } from "./local-clock.js";

/** Options of {@link generateQualityWorld}. */
export interface QualityWorldOptions {
  readonly seed: number | string;
  /** Default `2025-Q2`. */
  readonly period?: string;
  /** Territorial centres (default 240). */
  readonly territorialUnits?: number;
  /** Mean honest responses per centre over the period (default 150). */
  readonly responsesPerUnit?: number;
  /** Centres per fabrication pattern (default 5; inflated centres 3). */
  readonly unitsPerPattern?: number;
  readonly methodology?: Methodology;
}

/** What a response really is. */
export type TruthLabel = { readonly fabricated: false; readonly pattern: HonestPattern } | { readonly fabricated: true; readonly pattern: FabricationPattern };

/** The simulated dataset and its truth. */
export interface QualityWorld {
  readonly dataset: Dataset;
  readonly period: string;
  readonly truth: ReadonlyMap<string, TruthLabel>;
  readonly inflatedUnits: readonly string[];
  readonly excellentUnits: readonly string[];
  /** The centres each fabrication pattern was planted in. */
  readonly patternUnits: ReadonlyMap<FabricationPattern, readonly string[]>;
}

const minutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const weekdayKeys = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;

function take<T>(rng: Rng, pool: T[], count: number): T[] {
  const out: T[] = [];
  while (out.length < count && pool.length > 0) out.push(pool.splice(rng.int(pool.length), 1)[0] as T);
  return out;
}

/** Generates the simulation world (same options, same world). */
export function generateQualityWorld(options: QualityWorldOptions): QualityWorld {
  const periodLabel = options.period ?? "2025-Q2";
  const period = parsePeriod(periodLabel);
  if (!period) throw new Error(`period ${periodLabel} does not parse`);
  const m = options.methodology ?? loadDefaultMethodology();
  const root = createRng(options.seed);
  const org = generateOrg(root.fork("org"), { territorialUnits: options.territorialUnits ?? 240 });
  // One region keeps shorter hours, inherited by its centres.
  const units: DatasetUnit[] = org.units.map((u) =>
    u.id === "32" ? { ...u, hours: { mon: "08:00-17:00", tue: "08:00-17:00", wed: "08:00-17:00", thu: "08:00-17:00", fri: "08:00-16:00" } } : u,
  );
  const resolved = new Map(qualityUnits(units, m.defaultTimezone).map((u) => [u.id, u]));
  const days = periodDays(period);
  const pick = root.fork("roles");
  const centres = units.filter((u) => u.kind === "territorial").map((u) => u.id);
  const pool = [...centres];
  const perPattern = options.unitsPerPattern ?? 5;
  const excellent = take(pick, pool, perPattern);
  const inflated = take(pick, pool, Math.max(1, Math.round(perPattern * 0.6)));
  const kioskUnits = new Set(centres.filter(() => pick.chance(0.35)));
  const patternUnits = new Map<FabricationPattern, string[]>([["inflated_centre", inflated]]);
  for (const p of FABRICATION_PATTERNS) {
    if (p === "inflated_centre") continue;
    const chosen = take(pick, pool, perPattern);
    if (p === "paced_kiosk" || p === "closed_kiosk") chosen.forEach((u) => kioskUnits.add(u));
    patternUnits.set(p, chosen);
  }

  const labelled: { response: SurveyResponse; label: TruthLabel }[] = [];
  const sampler = createResponseSampler(m, root.fork("answers"));
  const traffic = root.fork("traffic");
  let counter = 0;
  const nextId = (): string => `tmp-${counter++}`;
  for (const id of centres) {
    const q = resolved.get(id);
    if (!q) continue;
    const open = weekdayKeys.map((d) => {
      const text = q.hours[d];
      return text ? ([minutes(text.slice(0, 5)), minutes(text.slice(6, 11))] as const) : null;
    });
    const isExcellent = excellent.includes(id);
    const volume = Math.max(20, Math.round((options.responsesPerUnit ?? 150) * (org.traits.get(id)?.traffic ?? 1) * Math.exp(0.2 * traffic.normal())));
    const generated: Labelled[] = honestTraffic(
      traffic,
      sampler,
      {
        unit: id,
        timezone: q.timezone,
        open,
        quality: isExcellent ? 2.6 + traffic.next() * 0.6 : (org.traits.get(id)?.quality ?? 0),
        offeredChannels: new Set(["office", "site"]),
        ...(kioskUnits.has(id) && { kioskDevice: `kiosk:${id}:1` }),
        ...(isExcellent && { label: "excellent_centre" as const }),
      },
      days,
      volume,
      nextId,
    );
    for (const g of generated) labelled.push({ response: g.response, label: { fabricated: false, pattern: g.pattern as HonestPattern } });
  }
  const fabricate = root.fork("fabrication");
  for (const [pattern, list] of patternUnits) {
    for (const id of list) {
      const q = resolved.get(id);
      if (!q) continue;
      const mon = q.hours.mon;
      const responses = fabricationPatterns(pattern, fabricate, {
        unit: id,
        timezone: q.timezone,
        period,
        idPrefix: `tmp-${pattern}-${id}`,
        ...(kioskUnits.has(id) && { kioskDevice: `kiosk:${id}:1` }),
        ...(mon && { openMinutes: [minutes(mon.slice(0, 5)), minutes(mon.slice(6, 11))] as const }),
      });
      for (const r of responses) labelled.push({ response: r, label: { fabricated: true, pattern } });
    }
  }
  // Neutral ids in time order, so nothing but the data tells the truth.
  labelled.sort((a, b) => (a.response.submittedAt < b.response.submittedAt ? -1 : a.response.submittedAt > b.response.submittedAt ? 1 : 0));
  const truth = new Map<string, TruthLabel>();
  const responses = labelled.map(({ response, label }, i) => {
    const id = `r${(i * 7919 + 104729).toString(36)}`;
    truth.set(id, label);
    return { ...response, id };
  });
  const dataset: Dataset = { format: "zvezda-dataset/1", units, responses, objective: [] };
  return { dataset, period: periodLabel, truth, inflatedUnits: inflated, excellentUnits: excellent, patternUnits };
}
