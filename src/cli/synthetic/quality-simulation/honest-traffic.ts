// Honest traffic of one unit: visitors answering on their phones, evenings at home, couples on one phone,
// busy office kiosks with queues, respondents who answer all 10s.

import type { AnswerValue, SurveyResponse, View } from "../../../core/index.js";
import type { Rng } from "../prng.js";
import type { ResponseSampler } from "../response-sampler.js";
import { instantOf, isoOf, type LocalDay } from "./local-clock.js";

/** The honest behaviours the engine must leave alone. */
export const HONEST_PATTERNS = ["visitor", "evening_home", "couple", "kiosk_queue", "straight_liner", "excellent_centre"] as const;
export type HonestPattern = (typeof HONEST_PATTERNS)[number];

/** One unit's setting for honest traffic. */
export interface HonestUnit {
  readonly unit: string;
  readonly timezone: string;
  /** Open minutes per weekday (0 = Sunday), null when closed. */
  readonly open: readonly (readonly [number, number] | null)[];
  readonly quality: number;
  readonly offeredChannels: ReadonlySet<string>;
  readonly kioskDevice?: string;
  /** Label every response as this pattern (an excellent centre). */
  readonly label?: HonestPattern;
}

/** A generated honest response with its pattern. */
export interface Labelled {
  readonly response: SurveyResponse;
  readonly pattern: string;
}

const MINUTE = 60_000;
const SCALE_FOLLOW_UPS = new Set(["q12r", "q13r", "q15office", "q15site", "q15social", "q15phone"]);

/** Generates the honest responses of one unit over the given days. */
export function honestTraffic(rng: Rng, sampler: ResponseSampler, u: HonestUnit, days: readonly LocalDay[], volume: number, nextId: () => string): Labelled[] {
  const out: Labelled[] = [];
  const openDays = days.filter((d) => u.open[d.weekday]);
  if (openDays.length === 0) return out;
  const duration = (view: View): number => Math.max(45, Math.round((view === "employer" ? 240 : 210) * Math.exp(0.45 * rng.normal())));
  const make = (localMs: number, channel: "qr" | "link" | "kiosk", device: string, pattern: HonestPattern): SurveyResponse => {
    const view: View = rng.chance(0.22) ? "employer" : "seeker";
    const r = sampler.sample({
      id: nextId(),
      unit: u.unit,
      view,
      submittedAt: isoOf(instantOf(localMs, u.timezone)),
      quality: u.quality,
      offeredChannels: u.offeredChannels,
    });
    let answers = r.answers;
    if (pattern === "straight_liner") {
      const flat: Record<string, AnswerValue> = {};
      for (const [k, v] of Object.entries(answers)) flat[k] = typeof v === "number" || SCALE_FOLLOW_UPS.has(k) ? 10 : v;
      answers = flat;
    }
    return { ...r, answers, meta: { channel, durationSec: duration(view), device } };
  };
  const label = (p: HonestPattern): string => u.label ?? p;
  const phone = (): string => `d:${rng.int(0x7fffffff).toString(16)}${rng.int(0xffff).toString(16)}`;
  const visitTime = (): number => {
    const day = rng.pick(openDays);
    const [open, close] = u.open[day.weekday] as readonly [number, number];
    return day.midnight + (open + rng.int(close - open) + 5 + rng.int(120)) * MINUTE;
  };
  const eveningTime = (): number => rng.pick(days).midnight + (18 * 60 + 30 + rng.int(300)) * MINUTE;

  let kioskLeft = u.kioskDevice ? Math.round(volume * 0.35) : 0;
  let rest = volume - kioskLeft;
  // Kiosk: queues on working days — sometimes a morning rush, always in opening hours.
  while (kioskLeft > 0 && u.kioskDevice) {
    const day = rng.pick(openDays);
    const [open, close] = u.open[day.weekday] as readonly [number, number];
    const visitors = Math.min(kioskLeft, 1 + rng.int(rng.chance(0.4) ? 14 : 5));
    const rush = rng.chance(0.5);
    const from = rush ? open + rng.int(Math.max(1, close - open - 90)) : open;
    const span = rush ? 60 : close - open - 15;
    const arrivals = Array.from({ length: visitors }, () => day.midnight + (from + rng.next() * span) * MINUTE).sort((a, b) => a - b);
    let free = 0;
    for (const arrival of arrivals) {
      const r = make(0, "kiosk", u.kioskDevice, "kiosk_queue");
      const start = Math.max(arrival, free + (10 + rng.int(40)) * 1000);
      const submitted = start + (r.meta?.durationSec ?? 200) * 1000;
      if (submitted > day.midnight + (close + 15) * MINUTE) break;
      free = submitted;
      out.push({ response: { ...r, submittedAt: isoOf(instantOf(submitted, u.timezone)) }, pattern: label("kiosk_queue") });
      kioskLeft--;
    }
  }
  while (rest > 0) {
    const roll = rng.next();
    if (roll < 0.07 && rest >= 2) {
      const device = phone();
      const first = rng.chance(0.7) ? visitTime() : eveningTime();
      const a = make(first, "qr", device, "couple");
      const gap = ((a.meta?.durationSec ?? 200) + 20 + rng.int(300)) * 1000;
      const b = make(first + gap, "qr", device, "couple");
      out.push({ response: a, pattern: label("couple") }, { response: b, pattern: label("couple") });
      rest -= 2;
    } else if (roll < 0.2) {
      out.push({ response: make(eveningTime(), rng.chance(0.5) ? "link" : "qr", phone(), "evening_home"), pattern: label("evening_home") });
      rest--;
    } else if (roll < 0.26) {
      out.push({ response: make(visitTime(), "qr", phone(), "straight_liner"), pattern: label("straight_liner") });
      rest--;
    } else {
      out.push({ response: make(visitTime(), rng.chance(0.8) ? "qr" : "link", phone(), "visitor"), pattern: label("visitor") });
      rest--;
    }
  }
  return out;
}
