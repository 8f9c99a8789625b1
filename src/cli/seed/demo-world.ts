// Generates the demo dataset in memory: units of the 13 pilot regions, four quarters of responses,
// objective data. Deterministic: the same seed gives the same data.
import { parsePeriod, zoneOffsetMs, type DatasetUnit, type Methodology, type ObjectiveEntry, type SurveyResponse, type View } from "../../core/index.js";
import { createRng, type Rng } from "../synthetic/prng.js";
import { createResponseSampler } from "../synthetic/response-sampler.js";
import { demoRegions } from "./demo-structure.js";
import { plantWaitingStory } from "./demo-waiting-story.js";

/** The quarters the demo covers. */
export const demoQuarters = ["2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"] as const;

export interface DemoWorld {
  /** New units (managing and territorial); regions exist already, only their network is set. */
  units: DatasetUnit[];
  networks: Map<string, "centralized" | "decentralized">;
  responses: SurveyResponse[];
  objective: ObjectiveEntry[];
  /** Each region's time zone, for local months. */
  zoneOf: (unit: string) => string;
}

interface Office {
  id: string;
  region: string;
  quality: number;
  traffic: number;
  kioskRate: number;
}

function submissionTime(rng: Rng, month: number, zone: string): string {
  const first = Date.UTC(Math.floor(month / 12), month % 12, 1);
  const days = Math.round((Date.UTC(Math.floor((month + 1) / 12), (month + 1) % 12, 1) - first) / 86_400_000);
  let day = first + rng.int(days) * 86_400_000;
  for (let i = 0; i < 5 && [0, 6].includes(new Date(day).getUTCDay()); i++) day = first + rng.int(days) * 86_400_000;
  const evening = rng.chance(0.12);
  const local = day + ((evening ? 18 * 3600 : 9 * 3600) + rng.int((evening ? 4 : 9) * 3600)) * 1000;
  return new Date(local - zoneOffsetMs(zone, local)).toISOString().slice(0, 19) + "Z";
}

/** Builds the demo world from the methodology's forms and checklists. */
export function generateDemoWorld(m: Methodology, zones: ReadonlyMap<string, string>, seed = 2022): DemoWorld {
  const rng = createRng(seed);
  const units: DatasetUnit[] = [];
  const networks = new Map<string, "centralized" | "decentralized">();
  const offices: Office[] = [];
  const parentOf = new Map<string, string>();
  for (const region of demoRegions) {
    networks.set(region.code, region.network);
    let parent = region.code;
    if (region.network === "centralized") {
      parent = `${region.code}-M`;
      units.push({ id: parent, kind: "managing", name: region.managing ?? `Управляющий ЦЗН ${region.code}`, parent: region.code });
      parentOf.set(parent, region.code);
      offices.push({ id: parent, region: region.code, quality: (region.quality - 0.7) * 5 + rng.normal() * 0.3, traffic: 0.5, kioskRate: 0.1 });
    }
    region.towns.forEach((town, i) => {
      const id = `${region.code}-${String(i + 1).padStart(2, "0")}`;
      const name = region.network === "centralized" ? `Территориальный отдел «${town}»` : `ЦЗН «${town}»`;
      units.push({ id, kind: "territorial", name, parent });
      parentOf.set(id, parent);
      const traffic = i === 0 ? 2.2 : 0.35 + rng.next() * 1.1;
      offices.push({ id, region: region.code, quality: (region.quality - 0.7) * 5 + rng.normal() * 0.6, traffic, kioskRate: rng.chance(0.5) ? 0.35 : 0 });
    });
  }
  const zoneOf = (unit: string): string => {
    let id: string | undefined = unit;
    while (id && parentOf.has(id)) id = parentOf.get(id);
    return zones.get(id ?? "") ?? m.defaultTimezone;
  };

  const sampler = createResponseSampler(m, rng.fork("answers"));
  const allChannels = new Set(["office", "site", "social", "phone"]);
  const responses: SurveyResponse[] = [];
  let serial = 0;
  for (const quarter of demoQuarters) {
    const period = parsePeriod(quarter);
    if (!period) throw new Error(`bad demo quarter ${quarter}`);
    for (const office of offices) {
      const drift = (period.start % 12) * 0.02;
      const count = Math.round(office.traffic * (55 + rng.int(30)));
      for (let k = 0; k < count; k++) {
        const view: View = rng.chance(0.22) ? "employer" : "seeker";
        const month = period.start + rng.int(3);
        const kiosk = rng.chance(office.kioskRate);
        const base = sampler.sample({
          id: `demo-${(serial++).toString(36).padStart(6, "0")}`,
          unit: office.id,
          view,
          submittedAt: submissionTime(rng, month, zoneOf(office.id)),
          quality: office.quality + drift,
          offeredChannels: allChannels,
        });
        const channel = kiosk ? "kiosk" : rng.chance(0.75) ? "qr" : "link";
        const device = kiosk ? `k:${office.id}-1` : `d:${rng.int(2 ** 31).toString(36)}${rng.int(2 ** 31).toString(36)}`;
        const durationSec = Math.round(Math.exp(5.6 + rng.normal() * 0.45));
        responses.push({ ...base, meta: { channel, durationSec, device } });
      }
    }
  }
  plantWaitingStory(responses, zoneOf);
  return { units, networks, responses, objective: demoObjective(rng.fork("objective"), m, offices, [...networks.keys()]), zoneOf };
}

/** Checklists, events, vacancies and channels for every demo quarter. */
function demoObjective(rng: Rng, m: Methodology, offices: Office[], regions: string[]): ObjectiveEntry[] {
  const entries: ObjectiveEntry[] = [];
  const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
  for (const quarter of demoQuarters) {
    for (const list of m.checklists) {
      const owners = list.scope === "office" ? offices.filter((o) => !o.id.endsWith("-M")) : regions.map((r) => ({ id: r, quality: 0 }));
      for (const owner of owners) {
        if (rng.chance(0.08)) continue;
        const applicable = list.items.length - (rng.chance(0.3) ? 1 : 0);
        let met = 0;
        for (let i = 0; i < applicable; i++) if (rng.chance(sigmoid(1.2 + owner.quality))) met++;
        entries.push({ unit: owner.id, period: quarter, indicator: list.indicator, met, applicable });
      }
    }
    const p3 = m.indicators.find((i) => i.objective?.kind === "events");
    const p2 = m.indicators.find((i) => i.objective?.kind === "vacancyGrowth");
    for (const office of offices) {
      if (p3 && !office.id.endsWith("-M")) entries.push({ unit: office.id, period: quarter, indicator: p3.code, events: rng.poisson(2.6) });
    }
    for (const region of regions) {
      const yearAgo = 800 + rng.int(4000);
      if (p2)
        entries.push({
          unit: region,
          period: quarter,
          indicator: p2.code,
          vacanciesNow: Math.round(yearAgo * (0.9 + rng.next() * 0.25)),
          vacanciesYearAgo: yearAgo,
        });
      const offered = ["office", "site", "phone", "portal"].concat(rng.chance(0.7) ? ["social"] : [], rng.chance(0.4) ? ["messenger"] : []);
      entries.push({ unit: region, period: quarter, channels: offered });
    }
  }
  return entries;
}
