// Generates objective data for a period from the methodology's objective sources: checklists, vacancies, events, channels.

import { type IndicatorDef, type Methodology, type ObjectiveEntry, type Period, monthLabel } from "../../core/index.js";
import type { SyntheticOrg } from "./org-generator.js";
import type { Rng } from "./prng.js";

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/** The quarters overlapping a period (a month gets its quarter, an entry that contains it). */
function quarters(period: Period): string[] {
  const out: string[] = [];
  for (let start = Math.floor(period.start / 3) * 3; start < period.end; start += 3) {
    const year = Math.floor(start / 12);
    out.push(`${year}-Q${(start - year * 12) / 3 + 1}`);
  }
  return out;
}

function binomial(rng: Rng, n: number, p: number): number {
  let k = 0;
  for (let i = 0; i < n; i++) if (rng.next() < p) k++;
  return k;
}

/** Objective entries of every unit for the quarters (events: the months) of a period, and each unit's offered channels. */
export function generateObjective(
  rng: Rng,
  org: SyntheticOrg,
  period: Period,
  m: Methodology,
): { entries: ObjectiveEntry[]; channels: Map<string, ReadonlySet<string>> } {
  const entries: ObjectiveEntry[] = [];
  const channels = new Map<string, ReadonlySet<string>>();
  const offices = org.units.filter((u) => u.kind === "territorial" || (u.kind === "managing" && (org.traits.get(u.id)?.traffic ?? 0) > 0));
  const regions = org.units.filter((u) => u.kind === "region");
  const q = (id: string): number => org.traits.get(id)?.quality ?? 0;
  const months: string[] = [];
  for (let i = period.start; i < period.end; i++) months.push(monthLabel(i));
  const checklistFor = (ind: IndicatorDef) => m.checklists.find((c) => ind.objective?.kind === "checklist" && c.code === ind.objective.checklist);
  for (const ind of m.indicators) {
    const source = ind.objective;
    if (!source) continue;
    if (source.kind === "checklist") {
      const list = checklistFor(ind);
      const items = list?.items.length ?? 10;
      for (const unit of list?.scope === "region" ? regions : offices) {
        if (!rng.chance(0.92)) continue;
        for (const p of quarters(period)) {
          const applicable = items - rng.int(3);
          entries.push({ unit: unit.id, period: p, indicator: ind.code, met: binomial(rng, applicable, sigmoid(1.2 + 1.5 * q(unit.id))), applicable });
        }
      }
    } else if (source.kind === "vacancyGrowth") {
      for (const region of regions) {
        const targets = rng.chance(0.15) ? offices.filter((o) => o.id.startsWith(`${region.id}-`)) : [region];
        for (const unit of targets) {
          for (const p of quarters(period)) {
            const ago = Math.max(50, Math.round(Math.exp(7 + 1.2 * rng.normal())));
            const growth = 0.02 + 0.04 * q(unit.id) + 0.06 * rng.normal();
            entries.push({ unit: unit.id, period: p, indicator: ind.code, vacanciesNow: Math.max(0, Math.round(ago * (1 + growth))), vacanciesYearAgo: ago });
          }
        }
      }
    } else if (source.kind === "events") {
      for (const unit of offices) {
        if (!rng.chance(0.85)) continue;
        for (const month of months)
          entries.push({ unit: unit.id, period: month, indicator: ind.code, events: rng.poisson(Math.max(0.1, source.perMonth * (1.1 + 0.4 * q(unit.id)))) });
      }
    }
  }
  const codes = m.channels.map((c) => c.code);
  for (const region of regions) {
    const offered = codes.filter((_, i) => i === 0 || rng.chance(0.45 + 0.4 * sigmoid(q(region.id))));
    channels.set(region.id, new Set(offered));
    for (const p of quarters(period)) entries.push({ unit: region.id, period: p, channels: offered });
  }
  for (const office of offices) {
    const regionId = office.id.split("-")[0] as string;
    const inherited = channels.get(regionId) ?? new Set<string>();
    if (!rng.chance(0.1)) {
      channels.set(office.id, inherited);
      continue;
    }
    const own = [...inherited].filter((c, i) => i === 0 || rng.chance(0.8));
    channels.set(office.id, new Set(own));
    for (const p of quarters(period)) entries.push({ unit: office.id, period: p, channels: own });
  }
  return { entries, channels };
}
