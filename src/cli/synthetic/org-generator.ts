// Generates a national org tree: 89 regions, centralised and decentralised networks, ~2,500 territorial centres.

import type { DatasetUnit, Network } from "../../core/index.js";
import type { Rng } from "./prng.js";
import { RUSSIAN_REGIONS } from "./russian-regions.js";

/** Hidden traits of a unit that drive its synthetic answers and objective data. */
export interface UnitTraits {
  /** Latent service quality, roughly N(0, 0.7): positive is better. */
  readonly quality: number;
  /** Relative number of clients served (0 for a region, which serves nobody directly). */
  readonly traffic: number;
}

/** An org tree with the traits behind it. */
export interface SyntheticOrg {
  readonly units: readonly DatasetUnit[];
  /** Traits by unit id. */
  readonly traits: ReadonlyMap<string, UnitTraits>;
}

/** Options of {@link generateOrg}. */
export interface OrgOptions {
  /** Total territorial centres (default 2,500); every region gets at least 3. */
  readonly territorialUnits?: number;
  /** Share of centralised networks (default 0.75). */
  readonly centralizedShare?: number;
}

function allocate(total: number, weights: readonly number[], minimum: number): number[] {
  const counts = weights.map(() => minimum);
  const rest = Math.max(0, total - minimum * weights.length);
  const sum = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (rest * w) / sum);
  exact.forEach((x, i) => (counts[i] = (counts[i] as number) + Math.floor(x)));
  let left = total - counts.reduce((s, c) => s + c, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r);
  for (let k = 0; left > 0 && order.length > 0; k = (k + 1) % order.length, left--) {
    const i = (order[k] as { i: number }).i;
    counts[i] = (counts[i] as number) + 1;
  }
  return counts;
}

const saturdayHours = { mon: "09:00-18:00", tue: "09:00-18:00", wed: "09:00-18:00", thu: "09:00-18:00", fri: "09:00-17:00", sat: "10:00-14:00", sun: null };

/** Generates the org tree (deterministic for a given generator state). */
export function generateOrg(rng: Rng, options: OrgOptions = {}): SyntheticOrg {
  const territorial = options.territorialUnits ?? 2500;
  const centralizedShare = options.centralizedShare ?? 0.75;
  const counts = allocate(
    territorial,
    RUSSIAN_REGIONS.map((r) => r.population ** 0.6),
    3,
  );
  const units: DatasetUnit[] = [];
  const traits = new Map<string, UnitTraits>();
  RUSSIAN_REGIONS.forEach((region, ri) => {
    const network: Network = rng.chance(centralizedShare) ? "centralized" : "decentralized";
    const regionQuality = rng.normal() * 0.45;
    units.push({ id: region.code, kind: "region", name: region.name, parent: null, network, ...(region.timezone && { timezone: region.timezone }) });
    traits.set(region.code, { quality: regionQuality, traffic: 0 });
    let parent = region.code;
    if (network === "centralized") {
      parent = `${region.code}-M`;
      units.push({ id: parent, kind: "managing", name: `ГКУ «Центр занятости населения» (${region.name})`, parent: region.code });
      traits.set(parent, { quality: regionQuality + rng.normal() * 0.3, traffic: rng.chance(0.6) ? 0.5 * Math.exp(rng.normal() * 0.4) : 0 });
    }
    const n = counts[ri] as number;
    for (let k = 1; k <= n; k++) {
      const id = `${region.code}-${String(k).padStart(3, "0")}`;
      const name = network === "centralized" ? `Филиал № ${k} ГКУ «ЦЗН» (${region.name})` : `ГКУ «ЦЗН № ${k}» (${region.name})`;
      units.push({ id, kind: "territorial", name, parent, ...(rng.chance(0.05) && { hours: saturdayHours }) });
      traits.set(id, { quality: regionQuality + rng.normal() * 0.55, traffic: Math.exp(rng.normal() * 0.6) });
    }
  });
  return { units, traits };
}
