// The second generator's honest traffic of one centre: visitors by an hour profile, evenings at home, couples on one
// phone, a kiosk served as a queue with rush days, «all 10» and extreme respondents, its own durations.

import type { SurveyResponse } from "../../../core/index.js";
import type { Rng } from "../prng.js";
import { instantOf, isoOf, type LocalDay } from "../quality-simulation/local-clock.js";
import { honestAnswers, type AnswerStyle, type CentreHabits } from "./grid-answers.js";

/** Honest behaviours the engine must leave alone. */
export const GRID_HONEST_PATTERNS = ["visitor", "evening_home", "couple", "kiosk_queue", "straight_liner", "excellent_centre"] as const;

/** One centre as the generator sees it. */
export interface GridCentre {
  readonly id: string;
  readonly timezone: string;
  /** Open minutes per weekday (0 = Sunday), null when closed. */
  readonly open: readonly (readonly [number, number] | null)[];
  readonly habits: CentreHabits;
  /** Honest responses over the period. */
  readonly volume: number;
  readonly kiosk?: string;
  /** Share of the honest traffic answered on the kiosk. */
  readonly kioskShare: number;
  readonly durationMedian: number;
  readonly durationSigma: number;
  readonly excellent: boolean;
  /** Share of «all same value» respondents. */
  readonly flatShare: number;
}

/** A generated response and what it really is. */
export interface GridLabelled {
  readonly response: SurveyResponse;
  readonly pattern: string;
  readonly fabricated: boolean;
}

const MINUTE = 60_000;
export const phoneKey = (rng: Rng): string => `p:${rng.int(0x7fffffff).toString(36)}${rng.int(0x7fff).toString(36)}`;

/** A minute of an open day: a morning peak, the rest spread over the day. */
export function visitMinute(rng: Rng, [open, close]: readonly [number, number]): number {
  const span = close - open;
  return rng.chance(0.55) ? open + Math.min(span - 1, 45 + rng.int(Math.max(1, Math.round(span * 0.35)))) : open + rng.int(span);
}

/** The honest responses of one centre over the period's days. */
export function gridHonestTraffic(rng: Rng, c: GridCentre, days: readonly LocalDay[], nextId: () => string): GridLabelled[] {
  const openDays = days.filter((d) => c.open[d.weekday]);
  if (openDays.length === 0) return [];
  const out: GridLabelled[] = [];
  const style = (): AnswerStyle => (rng.chance(c.flatShare) ? "flat" : rng.chance(0.08) ? "extreme" : "ordinary");
  const duration = (s: AnswerStyle): number =>
    Math.max(40, Math.round(c.durationMedian * (s === "flat" ? 0.65 : 1) * Math.exp(c.durationSigma * rng.normal())));
  const emit = (localMs: number, channel: "qr" | "link" | "kiosk", device: string, kind: string, s: AnswerStyle, durationSec: number): void => {
    const { answers, comments } = honestAnswers(rng, c.habits, s);
    const response: SurveyResponse = {
      id: nextId(),
      unit: c.id,
      respondent: rng.chance(0.2) ? "employer" : "seeker",
      submittedAt: isoOf(instantOf(localMs, c.timezone)),
      answers,
      ...(comments && { comments }),
      meta: { channel, durationSec, device },
      excluded: false,
    };
    out.push({ response, pattern: c.excellent ? "excellent_centre" : s === "flat" && kind === "visitor" ? "straight_liner" : kind, fabricated: false });
  };
  const kioskCount = c.kiosk ? Math.round(c.volume * c.kioskShare) : 0;
  if (c.kiosk) kioskQueue(rng, c, openDays, kioskCount, (t, s, d) => emit(t, "kiosk", c.kiosk as string, "kiosk_queue", s, d), style, duration);
  for (let left = c.volume - kioskCount; left > 0;) {
    const roll = rng.next();
    const day = rng.pick(openDays);
    const visit = day.midnight + (visitMinute(rng, c.open[day.weekday] as [number, number]) + rng.int(90)) * MINUTE;
    if (roll < 0.05 && left >= 2) {
      const device = phoneKey(rng),
        s1 = style(),
        s2 = style();
      const d1 = duration(s1),
        d2 = duration(s2);
      emit(visit, "qr", device, "couple", s1, d1);
      emit(visit + (d2 + 30 + rng.int(900)) * 1000, "qr", device, "couple", s2, d2);
      left -= 2;
    } else if (roll < 0.2) {
      const evening = rng.pick(days).midnight + (18 * 60 + rng.int(330)) * MINUTE;
      const s = style();
      emit(evening, rng.chance(0.6) ? "link" : "qr", phoneKey(rng), "evening_home", s, duration(s));
      left--;
    } else {
      const s = style();
      emit(visit, rng.chance(0.85) ? "qr" : "link", phoneKey(rng), "visitor", s, duration(s));
      left--;
    }
  }
  return out;
}

/** Kiosk visitors of the period: arrivals by the hour profile and on rush days in clusters, served one at a time. */
function kioskQueue(
  rng: Rng,
  c: GridCentre,
  openDays: readonly LocalDay[],
  count: number,
  emit: (localMs: number, s: AnswerStyle, durationSec: number) => void,
  style: () => AnswerStyle,
  duration: (s: AnswerStyle) => number,
): void {
  const weights = openDays.map(() => Math.exp(0.7 * rng.normal()));
  const arrivals = new Map<LocalDay, number[]>();
  const add = (day: LocalDay, minute: number): void => {
    const list = arrivals.get(day) ?? [];
    list.push(day.midnight + minute * MINUTE + rng.int(60_000));
    arrivals.set(day, list);
  };
  for (let k = 0; k < count;) {
    const day = openDays[rng.weighted(weights)] as LocalDay;
    const hours = c.open[day.weekday] as [number, number];
    if (rng.chance(0.12)) {
      // A rush: a group (a job fair, a bus from the village) queues at the kiosk within the hour.
      const size = Math.min(count - k, 6 + rng.int(10));
      const from = hours[0] + rng.int(Math.max(1, hours[1] - hours[0] - 60));
      for (let j = 0; j < size; j++) add(day, from + rng.next() * 45);
      k += size;
    } else {
      add(day, visitMinute(rng, hours));
      k++;
    }
  }
  for (const [day, list] of arrivals) {
    list.sort((a, b) => a - b);
    const close = day.midnight + ((c.open[day.weekday] as [number, number])[1] + 10) * MINUTE;
    let free = 0;
    for (const arrival of list) {
      const start = Math.max(arrival, free + (15 + rng.int(60)) * 1000);
      if (start - arrival > 20 * MINUTE) continue; // gave up waiting
      const s = style();
      const d = duration(s);
      const submitted = start + d * 1000;
      if (submitted > close) break;
      free = submitted;
      emit(submitted, s, d);
    }
  }
}
