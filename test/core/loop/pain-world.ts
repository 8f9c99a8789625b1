// A simulated period for pain-point tests: regions of centres whose answers are drawn from known true shares.

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  asPoints,
  asShare,
  validatePainSettings,
  wilsonInterval,
  type IndicatorResult,
  type PainSettings,
  type PainUnit,
  type ResultDocument,
  type View,
  type ViewResult,
} from "../../../src/core/index.js";
import { methodology } from "../support/fixtures.js";

/** The shipped settings. */
export function shippedPainSettings(): PainSettings {
  const path = fileURLToPath(new URL("../../../methodology/pain-points/2026.1.json", import.meta.url));
  const outcome = validatePainSettings(JSON.parse(readFileSync(path, "utf8")));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.value;
}

/** A small fast generator (mulberry32) so a seed replays a world. */
export function randomFrom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws Binomial(n, p). */
export function binomial(random: () => number, n: number, p: number): number {
  let k = 0;
  for (let i = 0; i < n; i++) if (random() < p) k++;
  return k;
}

/** The indicators with a survey part. */
export const surveyCodes = methodology.indicators.filter((d) => d.survey !== undefined).map((d) => d.code);

/** Counts per indicator code. */
export type UnitCounts = Record<string, { positive: number; valid: number }>;

function viewResult(id: string | undefined, view: View, counts: UnitCounts, objective: Record<string, number> = {}): ViewResult {
  const indicators: Record<string, IndicatorResult> = {};
  for (const d of methodology.indicators) {
    const c = counts[d.code];
    const o = objective[d.code];
    if (!c && o === undefined) continue;
    const p = c ? c.positive / c.valid : undefined;
    const value = p !== undefined && o !== undefined ? d.surveyWeight * p + (1 - d.surveyWeight) * o : (p ?? (o as number));
    indicators[d.code] = {
      value: asShare(value),
      points: asPoints(value * d.max),
      ...(c ? { survey: { positive: c.positive, valid: c.valid, ci: wilsonInterval(c.positive, c.valid, 1.96) } } : {}),
      ...(o !== undefined ? { objective: asShare(o) } : {}),
    };
  }
  return { ...(id !== undefined ? { id } : {}), view, n: 100, coverage: asShare(1), groups: {}, indicators, status: "ok" };
}

function add(into: UnitCounts, from: UnitCounts): void {
  for (const [code, c] of Object.entries(from)) {
    const t = (into[code] ??= { positive: 0, valid: 0 });
    t.positive += c.positive;
    t.valid += c.valid;
  }
}

/** A world: regions r0… each with centres r0c0…; `counts(centre)` gives a centre's seeker counts. */
export interface WorldSpec {
  readonly regions: number;
  readonly centres: number;
  readonly period: string;
  counts(region: number, centre: number): UnitCounts;
  objective?(region: number, centre: number): Record<string, number>;
}

/** The units of a world (decentralised regions, territorial centres). */
export function worldUnits(spec: Pick<WorldSpec, "regions" | "centres">): PainUnit[] {
  const units: PainUnit[] = [];
  for (let r = 0; r < spec.regions; r++) {
    units.push({ id: `r${r}`, kind: "region", parent: null, network: "decentralized" });
    for (let c = 0; c < spec.centres; c++) units.push({ id: `r${r}c${c}`, kind: "territorial", parent: `r${r}` });
  }
  return units;
}

/** The result document of a world (only the seeker view carries answers; objective parts are in both views). */
export function worldDocument(spec: WorldSpec): ResultDocument {
  const units: ViewResult[] = [];
  const country: UnitCounts = {};
  for (let r = 0; r < spec.regions; r++) {
    const region: UnitCounts = {};
    const centres: ViewResult[] = [];
    for (let c = 0; c < spec.centres; c++) {
      const counts = spec.counts(r, c);
      add(region, counts);
      const objective = spec.objective?.(r, c);
      centres.push(viewResult(`r${r}c${c}`, "seeker", counts, objective), viewResult(`r${r}c${c}`, "employer", {}, objective));
    }
    add(country, region);
    units.push(viewResult(`r${r}`, "seeker", region), viewResult(`r${r}`, "employer", {}), ...centres);
  }
  return {
    format: "zvezda-result/1",
    period: spec.period,
    methodology: methodology.id,
    units,
    country: [viewResult(undefined, "seeker", country), viewResult(undefined, "employer", {})],
  };
}

/** Seeker counts of n answers per survey indicator at true shares `share(code)`. */
export function drawCounts(random: () => number, n: number, share: (code: string) => number): UnitCounts {
  return Object.fromEntries(surveyCodes.map((code) => [code, { positive: binomial(random, n, share(code)), valid: n }]));
}
