// A deterministic national dataset: the org tree, objective data and N survey responses over a period (or several).

import { parsePeriod, previousPeriod, zoneOffsetMs, type Dataset, type Methodology, type Period, type SurveyResponse, type View } from "../../core/index.js";
import { loadDefaultMethodology } from "../methodology-files.js";
import { generateObjective } from "./objective-generator.js";
import { generateOrg, type OrgOptions, type SyntheticOrg } from "./org-generator.js";
import { createRng, hash32, type Rng } from "./prng.js";
import { createResponseSampler } from "./response-sampler.js";

/** Options of {@link generateNationalDataset}. */
export interface NationalOptions extends OrgOptions {
  /** Number of responses (spread over the period by unit traffic). */
  readonly responses: number;
  readonly seed: number | string;
  /** `2025-Q2` etc.: the (last) period. */
  readonly period: string;
  /** How many periods of the same length, ending with `period`, the responses spread over (default 1). */
  readonly periods?: number;
  /** Defaults to the repository's default methodology. */
  readonly methodology?: Methodology;
  /** Share of employer responses (default 0.22). */
  readonly employerShare?: number;
  /** Share of responses marked excluded by data-quality review (default 0.005). */
  readonly excludedShare?: number;
}

/** The dataset and the hidden traits that produced it (for simulations that need the truth). */
export interface NationalWorld {
  readonly dataset: Dataset;
  readonly org: SyntheticOrg;
}

const weekday = (t: number): number => new Date(t).getUTCDay();

/** A submission time on a weekday between 09:00 and 18:00 local time, in the given month range. */
function submissionTime(rng: Rng, startMonth: number, endMonth: number, zone: string, offsets: Map<string, number>): string {
  const first = Date.UTC(Math.floor(startMonth / 12), startMonth % 12, 1);
  const last = Date.UTC(Math.floor(endMonth / 12), endMonth % 12, 1);
  const days = Math.round((last - first) / 86_400_000);
  let day = first;
  for (let attempt = 0; attempt < 7; attempt++) {
    day = first + rng.int(days) * 86_400_000;
    if (weekday(day) !== 0 && weekday(day) !== 6) break;
  }
  const local = day + (9 * 3600 + rng.int(9 * 3600)) * 1000;
  const key = `${zone}|${Math.floor(day / (30 * 86_400_000))}`;
  let offset = offsets.get(key);
  if (offset === undefined) offsets.set(key, (offset = zoneOffsetMs(zone, local)));
  return new Date(local - offset).toISOString().slice(0, 19) + "Z";
}

/** Generates the dataset and keeps the traits behind it. */
export function generateNationalWorld(options: NationalOptions): NationalWorld {
  const period = parsePeriod(options.period);
  if (!period) throw new Error(`period ${options.period} does not parse`);
  const m = options.methodology ?? loadDefaultMethodology();
  const root = createRng(options.seed);
  const org = generateOrg(root.fork("org"), options);
  // The earlier periods, oldest first; each has its objective data, and the responses spread over all of them.
  const earlier: Period[] = [];
  for (let p = period, k = 1; k < (options.periods ?? 1); k++) earlier.unshift((p = previousPeriod(p)));
  const objectiveBefore = earlier.flatMap((p) => generateObjective(root.fork(`objective-${p.label}`), org, p, m).entries);
  const { entries: objectiveNow, channels } = generateObjective(root.fork("objective"), org, period, m);
  const entries = [...objectiveBefore, ...objectiveNow];
  const start = (earlier[0] ?? period).start;
  const zoneOf = new Map<string, string>();
  for (const u of org.units) zoneOf.set(u.id, u.kind === "region" ? (u.timezone ?? m.defaultTimezone) : (zoneOf.get(u.parent ?? "") ?? m.defaultTimezone));
  const serving = org.units.filter((u) => (org.traits.get(u.id)?.traffic ?? 0) > 0);
  const cumulative = new Float64Array(serving.length);
  let total = 0;
  serving.forEach((u, i) => (cumulative[i] = total += org.traits.get(u.id)?.traffic ?? 0));
  const rng = root.fork("responses");
  const sampler = createResponseSampler(m, rng);
  const offsets = new Map<string, number>();
  const prefix = `s${(typeof options.seed === "number" ? options.seed >>> 0 : hash32(options.seed)).toString(36)}`;
  const responses: SurveyResponse[] = new Array(options.responses);
  for (let i = 0; i < options.responses; i++) {
    const x = rng.next() * total;
    let lo = 0,
      hi = serving.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) > x) hi = mid;
      else lo = mid + 1;
    }
    const unit = serving[lo]!;
    const view: View = rng.chance(options.employerShare ?? 0.22) ? "employer" : "seeker";
    responses[i] = sampler.sample({
      id: `${prefix}-${i.toString(36).padStart(6, "0")}`,
      unit: unit.id,
      view,
      submittedAt: submissionTime(rng, start, period.end, zoneOf.get(unit.id) ?? m.defaultTimezone, offsets),
      quality: org.traits.get(unit.id)?.quality ?? 0,
      offeredChannels: channels.get(unit.id) ?? new Set(),
      excluded: rng.chance(options.excludedShare ?? 0.005),
    });
  }
  return { dataset: { format: "zvezda-dataset/1", units: org.units, responses, objective: entries }, org };
}

/** A deterministic national dataset (same options, same dataset): 89 regions, ~2,500 centres, objective data, N responses. */
export function generateNationalDataset(options: NationalOptions): Dataset {
  return generateNationalWorld(options).dataset;
}
