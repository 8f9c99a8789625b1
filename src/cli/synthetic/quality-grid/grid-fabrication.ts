// The second generator's fabrication patterns, written to dodge the engine's signals where staff plausibly could:
// irregular pacing, varied answers, realistic durations, rotating device keys.

import type { AnswerValue, SurveyResponse } from "../../../core/index.js";
import type { Rng } from "../prng.js";
import { instantOf, isoOf, isWorkday, type LocalDay } from "../quality-simulation/local-clock.js";
import { GRID_SCALE_KEYS, persona, personaAnswers, personaDuration, type Persona } from "./grid-answers.js";
import { phoneKey, visitMinute, type GridCentre, type GridLabelled } from "./grid-honest.js";

/** What staff do, as the grid plants it. */
export const GRID_PATTERNS = ["fast_batch", "near_duplicates", "closed_hours_kiosk", "staff_phone", "kiosk_sitting", "inflated_centre"] as const;
export type GridPattern = (typeof GRID_PATTERNS)[number];

/** Patterns that need an office kiosk. */
export const KIOSK_PATTERNS: ReadonlySet<GridPattern> = new Set(["closed_hours_kiosk", "kiosk_sitting"]);

const MINUTE = 60_000;

interface Context {
  readonly rng: Rng;
  readonly centre: GridCentre;
  readonly days: readonly LocalDay[];
  readonly nextId: () => string;
  readonly pattern: GridPattern;
}

function make(
  x: Context,
  localMs: number,
  filled: { answers: Record<string, AnswerValue>; comments?: Record<string, string> },
  channel: "qr" | "link" | "kiosk",
  device: string,
  durationSec: number,
): GridLabelled {
  const response: SurveyResponse = {
    id: x.nextId(),
    unit: x.centre.id,
    respondent: x.rng.chance(0.2) ? "employer" : "seeker",
    submittedAt: isoOf(instantOf(localMs, x.centre.timezone)),
    answers: filled.answers,
    ...(filled.comments && { comments: filled.comments }),
    meta: { channel, durationSec, device },
    excluded: false,
  };
  return { response, pattern: x.pattern, fabricated: true };
}

const openDays = (x: Context): LocalDay[] => x.days.filter((d) => x.centre.open[d.weekday] && isWorkday(d));

/** One sitting: forms entered one after another, irregular gaps between `minGap` and `maxGap` seconds. */
function sitting(
  x: Context,
  p: Persona,
  startLocal: number,
  count: number,
  device: string,
  channel: "qr" | "link" | "kiosk",
  gap: (rng: Rng) => number,
  duration: (rng: Rng, gapSec: number) => number,
): GridLabelled[] {
  const out: GridLabelled[] = [];
  let at = startLocal;
  for (let k = 0; k < count; k++) {
    const g = gap(x.rng);
    at += g * 1000;
    out.push(make(x, at, personaAnswers(x.rng, p), channel, device, duration(x.rng, g)));
  }
  return out;
}

function fastBatch(x: Context): GridLabelled[] {
  const day = x.rng.pick(openDays(x));
  const hours = x.centre.open[day.weekday] as [number, number];
  const start = day.midnight + (hours[0] + x.rng.int(Math.max(1, hours[1] - hours[0] - 60))) * MINUTE;
  const p = persona(x.rng);
  return sitting(
    x,
    p,
    start,
    7 + x.rng.int(9),
    phoneKey(x.rng),
    x.rng.chance(0.5) ? "qr" : "link",
    (rng) => 30 + rng.int(60),
    (rng, g) => Math.min(g - 5, 22 + rng.int(35)),
  );
}

function nearDuplicates(x: Context): GridLabelled[] {
  const p = persona(x.rng);
  const template = personaAnswers(x.rng, p).answers;
  const out: GridLabelled[] = [];
  const days = openDays(x);
  for (let k = 0, count = 12 + x.rng.int(18); k < count; k++) {
    const answers = { ...template };
    for (let e = x.rng.int(4); e > 0; e--) {
      const key = x.rng.pick(GRID_SCALE_KEYS);
      const v = answers[key] as number;
      answers[key] = v >= 10 ? 9 : v + 1;
    }
    const day = x.rng.pick(days);
    out.push(
      make(
        x,
        day.midnight + (visitMinute(x.rng, x.centre.open[day.weekday] as [number, number]) + x.rng.int(120)) * MINUTE,
        { answers },
        x.rng.chance(0.7) ? "qr" : "link",
        phoneKey(x.rng),
        personaDuration(x.rng, p),
      ),
    );
  }
  return out;
}

function closedHoursKiosk(x: Context): GridLabelled[] {
  const p = persona(x.rng);
  const out: GridLabelled[] = [];
  const device = x.centre.kiosk as string;
  for (let k = 0, count = 5 + x.rng.int(10); k < count;) {
    const day = x.rng.pick(x.days);
    const hours = x.centre.open[day.weekday];
    // Before opening, after closing, or a closed day.
    const minute = !hours ? 9 * 60 + x.rng.int(9 * 60) : x.rng.chance(0.7) ? hours[1] + 35 + x.rng.int(200) : Math.max(0, hours[0] - 40 - x.rng.int(150));
    const run = Math.min(count - k, 1 + x.rng.int(3));
    out.push(
      ...sitting(
        x,
        p,
        day.midnight + minute * MINUTE,
        run,
        device,
        "kiosk",
        (rng) => 150 + rng.int(400),
        (rng, g) => Math.min(g - 20, personaDuration(rng, p)),
      ),
    );
    k += run;
  }
  return out;
}

function staffPhone(x: Context): GridLabelled[] {
  const p = persona(x.rng);
  const days = openDays(x);
  const out: GridLabelled[] = [];
  for (let d = x.rng.int(4), used = 0, want = 6 + x.rng.int(12); d < days.length && used < want; d += 1 + x.rng.int(4), used++) {
    const day = days[d] as LocalDay;
    const hours = x.centre.open[day.weekday] as [number, number];
    // Any hour of the working day, a new key each day, a few forms spread over the day.
    let at = day.midnight + (hours[0] + x.rng.int(Math.max(1, hours[1] - hours[0] - 120))) * MINUTE;
    const device = phoneKey(x.rng);
    for (let k = 0, perDay = 2 + x.rng.int(4); k < perDay; k++) {
      at += (5 + x.rng.int(70)) * MINUTE;
      out.push(make(x, at, personaAnswers(x.rng, p), "qr", device, personaDuration(x.rng, p)));
    }
  }
  return out;
}

function kioskSitting(x: Context): GridLabelled[] {
  const p = persona(x.rng);
  const out: GridLabelled[] = [];
  const days = openDays(x);
  for (let s = 0, sittings = 1 + x.rng.int(4); s < sittings; s++) {
    const day = x.rng.pick(days);
    const count = 6 + x.rng.int(9);
    const hours = x.centre.open[day.weekday] as [number, number];
    const start = day.midnight + (hours[0] + 15 + x.rng.int(Math.max(1, hours[1] - hours[0] - 15 - count * 6))) * MINUTE;
    out.push(
      ...sitting(
        x,
        p,
        start,
        count,
        x.centre.kiosk as string,
        "kiosk",
        (rng) => 120 + rng.int(241),
        (rng, g) => Math.min(g - 15, personaDuration(rng, p)),
      ),
    );
  }
  return out;
}

function inflatedCentre(x: Context): GridLabelled[] {
  const share = 0.6 + x.rng.next() * 0.3;
  const count = Math.round((x.centre.volume * share) / (1 - share));
  const staff = Array.from({ length: 1 + x.rng.int(3) }, () => persona(x.rng));
  // Well above the peers: the staff's personas lean high.
  const days = openDays(x);
  const out: GridLabelled[] = [];
  for (let k = 0; k < count; k++) {
    const p = x.rng.pick(staff);
    const day = x.rng.pick(days);
    const hours = x.centre.open[day.weekday] as [number, number];
    const evening = x.rng.chance(0.15);
    const minute = evening ? 18 * 60 + x.rng.int(240) : visitMinute(x.rng, hours) + x.rng.int(60);
    out.push(
      make(
        x,
        day.midnight + minute * MINUTE,
        personaAnswers(x.rng, p),
        evening || x.rng.chance(0.3) ? "link" : "qr",
        phoneKey(x.rng),
        personaDuration(x.rng, p),
      ),
    );
  }
  return out;
}

const generators: Record<GridPattern, (x: Context) => GridLabelled[]> = {
  fast_batch: fastBatch,
  near_duplicates: nearDuplicates,
  closed_hours_kiosk: closedHoursKiosk,
  staff_phone: staffPhone,
  kiosk_sitting: kioskSitting,
  inflated_centre: inflatedCentre,
};

/** Fabricated responses of one pattern in one centre. */
export function gridFabrication(pattern: GridPattern, rng: Rng, centre: GridCentre, days: readonly LocalDay[], nextId: () => string): GridLabelled[] {
  return generators[pattern]({ rng, centre, days, nextId, pattern });
}
