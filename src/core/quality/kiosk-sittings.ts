// Kiosk sittings: a run of forms on one office kiosk far denser than that kiosk's usual traffic at that hour, whose
// answers and skipped parts are far more alike than the same number of the unit's respondents drawn at random
// (a permutation reference). A real queue is dense too, but made of strangers; a staff sitting is one hand.

import { clock, forEachDevice, isKioskDevice } from "./device-runs.js";
import type { QualityFrame } from "./quality-frame.js";
import type { QualitySettings } from "./quality-settings.js";
import { distance, meanPairwise, random, signature } from "./answer-likeness.js";
import { poissonUpperTail } from "./quality-statistics.js";
import type { ReasonBook } from "./reason-book.js";

/** Settings of the check (absent in versions before 2026.2: the check does not run). */
export interface KioskSittingSettings {
  /** Forms closer than this chain into one run. */
  readonly maxGapMinutes: number;
  readonly minRun: number;
  /** Longer runs are examined in windows of this many forms. */
  readonly maxRun: number;
  /** P(at least this many forms | the kiosk's usual rate at that hour) at most this. */
  readonly maxDensityPValue: number;
  readonly permutations: number;
  /** Permutation p-value of the run's likeness at most this. */
  readonly maxLikenessPValue: number;
  readonly weight: number;
  /** Since 2026.3: every long run of the kiosk is left out of the likeness reference, not only the window tested. */
  readonly referenceWithoutRuns?: boolean;
  /**
   * Since 2026.5: the answers' evidence is the likeness taken together with the level — how much better the run rates
   * the unit than the same random sets of its visitors — by Fisher's combination, held to maxLikenessPValue. A rush of
   * strangers at the kiosk is neither more alike nor kinder than the unit's visitors; a staff sitting flatters.
   */
  readonly withLevel?: boolean;
  /**
   * Since 2026.7: once a kiosk has one confirmed sitting, its other dense runs need only this bound on the answers'
   * p-value: a staff member who sat at the kiosk once is the likeliest author of its other implausibly dense runs.
   */
  readonly repeatPValue?: number;
}

const MINUTE = 60_000;

/** Open days of a unit between the first and the last local day of the data. */
function openDays(frame: QualityFrame, unit: number, firstDay: number, lastDay: number): number {
  let days = 0;
  for (let d = firstDay; d <= lastDay; d++) if (frame.spans[unit]?.[(((d + 4) % 7) + 7) % 7]) days++;
  return Math.max(1, days);
}

/** Flags dense, alike runs on office kiosks. */
export function detectKioskSittings(frame: QualityFrame, settings: QualitySettings, book: ReasonBook): void {
  const s = settings.kioskSitting;
  if (!s || frame.n === 0) return;
  let firstDay = Infinity,
    lastDay = -Infinity;
  for (let i = 0; i < frame.n; i++) {
    const d = frame.day[i] as number;
    if (d < firstDay) firstDay = d;
    if (d > lastDay) lastDay = d;
  }
  const maxGapMs = s.maxGapMinutes * MINUTE;
  forEachDevice(frame, s.minRun, (device, seq) => {
    if (!isKioskDevice(frame, seq)) return;
    const unit = frame.unit[seq[0] as number] as number;
    // The kiosk's usual traffic per local hour of the day, per open day.
    const perHour = new Float64Array(24);
    for (const i of seq) {
      const hour = Math.floor((frame.minute[i] as number) / 60);
      perHour[hour] = (perHour[hour] as number) + 1;
    }
    const days = openDays(frame, unit, firstDay, lastDay);
    // Every long run of this kiosk stays out of the likeness reference: one hand's other sittings must not make the
    // unit's random forms look as alike as this one (since 2026.3, with `referenceWithoutRuns`).
    const runs = new Set<number>();
    if (s.referenceWithoutRuns) {
      for (let start = 0; start < seq.length;) {
        let end = start;
        while (end + 1 < seq.length && (frame.time[seq[end + 1] as number] as number) - (frame.time[seq[end] as number] as number) <= maxGapMs) end++;
        if (end - start + 1 >= s.minRun) for (let k = start; k <= end; k++) runs.add(seq[k] as number);
        start = end + 1;
      }
    }
    /** Tests a run's windows at `bound`; marks the alike core of the best one with its reason. Whether any form was marked. */
    const markRun = (start: number, end: number, bound: number, repeat: boolean): boolean => {
      const length = end - start + 1;
      const windows: [number, number][] = [];
      if (length <= s.maxRun) windows.push([start, end]);
      else for (let w = start; w + s.minRun - 1 <= end; w += 2) windows.push([w, Math.min(end, w + s.maxRun - 1)]);
      const marked = new Set<number>();
      let evidence: Evidence | undefined;
      for (const [a, b] of windows) {
        const found = examine(frame, seq.subarray(a, b + 1), perHour, days, unit, s, marked, runs, bound);
        if (found && (!evidence || found.answers < evidence.answers)) evidence = found;
      }
      if (marked.size === 0) return false;
      const run = Array.from(seq.subarray(start, end + 1)).filter((i) => marked.has(i));
      const ids = run.map((i) => frame.responses[i]?.id as string);
      const first = run[0] as number,
        last = run[run.length - 1] as number;
      const minutes = Math.round(((frame.time[last] as number) - (frame.time[first] as number)) / MINUTE);
      const often = `${run.length} анкет на планшете в офисе с ${clock(frame.minute[first] as number)} за ${minutes} мин — намного чаще, чем этот планшет обычно используют в эти часы`;
      const text =
        evidence?.level === undefined
          ? `${often}, и ответы этих анкет (оценки, пропущенные вопросы, выбор вариантов) похожи друг на друга гораздо больше, чем у случайно взятых посетителей подразделения: так бывает, когда анкеты заполняет один человек.`
          : `${often}, а ответы этих анкет похожи друг на друга и выше обычных для подразделения: такая частота при обычной загрузке планшета случается с вероятностью ${chance(evidence.density)}; среди наборов из стольких же случайных посетителей подразделения столь же похожие ответы (оценки, пропущенные вопросы, выбор вариантов) встречаются с вероятностью ${chance(evidence.likeness)}, столь же высокие оценки — ${chance(evidence.level)}, то и другое вместе — ${chance(evidence.answers)} (перестановочный тест, метод Фишера). Очередь случайных посетителей бывает плотной, но не бывает одинаковой и довольнее обычного; так бывает, когда анкеты заполняет один человек.${repeat ? ` ${repeatInWords(bound)}` : ""}`;
      for (const i of run) book.add(i, { code: "kiosk_sitting", text, weight: s.weight, related: ids, group: `sitting:${frame.deviceName(device)}:${ids[0]}` });
      return true;
    };
    const unmarked: [number, number][] = [];
    let sittings = 0;
    for (let start = 0; start < seq.length;) {
      let end = start;
      while (end + 1 < seq.length && (frame.time[seq[end + 1] as number] as number) - (frame.time[seq[end] as number] as number) <= maxGapMs) end++;
      if (end - start + 1 >= s.minRun) {
        if (markRun(start, end, s.maxLikenessPValue, false)) sittings++;
        else unmarked.push([start, end]);
      }
      start = end + 1;
    }
    // Since 2026.7: once one sitting on this kiosk is confirmed, its other dense runs are judged at the looser bound.
    if (sittings > 0 && s.repeatPValue !== undefined) for (const [start, end] of unmarked) markRun(start, end, s.repeatPValue, true);
  });
}

/** The unit's other forms; when they are too few, the forms of its whole region. */
function referencePool(frame: QualityFrame, unit: number, skip: ReadonlySet<number>, need: number): number[] {
  const collect = (u: number, into: number[]): void => {
    for (let k = frame.unitStart[u] as number; k < (frame.unitStart[u + 1] as number); k++)
      if (!skip.has(frame.byUnit[k] as number)) into.push(frame.byUnit[k] as number);
  };
  const own: number[] = [];
  collect(unit, own);
  if (own.length >= need) return own;
  const region = frame.regionOfUnit[unit] as number,
    wide: number[] = [];
  for (let u = 0; u < frame.units.length; u++) if (frame.regionOfUnit[u] === region) collect(u, wide);
  return wide;
}

/** Tests one window: dense against the kiosk's usual hours, and alike against random sets of the unit's forms. */
function examine(
  frame: QualityFrame,
  window: Int32Array,
  perHour: Float64Array,
  days: number,
  unit: number,
  s: KioskSittingSettings,
  marked: Set<number>,
  runs: ReadonlySet<number>,
  bound: number,
): Evidence | undefined {
  const m = window.length;
  const t0 = frame.time[window[0] as number] as number,
    t1 = frame.time[window[m - 1] as number] as number;
  const spanMinutes = (t1 - t0) / MINUTE + s.maxGapMinutes;
  const startMinute = frame.minute[window[0] as number] as number;
  let expected = 0;
  for (let minute = 0; minute < spanMinutes; minute += 10) {
    const hour = Math.floor(((startMinute + minute) % 1440) / 60);
    // Usual traffic without this window's own forms, with one pseudo-visit an hour against empty histories.
    let own = 0;
    for (const i of window) if (Math.floor((frame.minute[i] as number) / 60) === hour) own++;
    expected += ((Math.max(0, (perHour[hour] as number) - own) + 1) / days / 60) * Math.min(10, spanMinutes - minute);
  }
  const density = poissonUpperTail(m, expected);
  if (density > s.maxDensityPValue) return;
  const pool = referencePool(frame, unit, new Set([...window, ...runs]), 3 * m);
  if (pool.length < 3 * m) return;
  const sigs = Array.from(window, (i) => signature(frame, i));
  const observed = meanPairwise(sigs);
  const observedLevel = levelOf(frame, window);
  const next = random((window[0] as number) * 2654435761);
  const cache = new Map<number, Float64Array>();
  const sig = (i: number): Float64Array => {
    let v = cache.get(i);
    if (!v) cache.set(i, (v = signature(frame, i)));
    return v;
  };
  let asAlike = 0,
    asHigh = 0,
    referenceSum = 0,
    done = 0;
  // With the level, both p-values are needed in full: no early stop.
  const allowed = s.withLevel ? Infinity : Math.floor(bound * (s.permutations + 1)) - 1;
  for (let b = 0; b < s.permutations; b++) {
    // A random set of m of the unit's other forms (partial Fisher–Yates).
    for (let k = 0; k < m; k++) {
      const j = k + Math.floor(next() * (pool.length - k));
      const x = pool[k] as number;
      pool[k] = pool[j] as number;
      pool[j] = x;
    }
    const stat = meanPairwise(pool.slice(0, m).map(sig));
    referenceSum += stat;
    done++;
    if (s.withLevel && levelOf(frame, pool.slice(0, m)) >= observedLevel) asHigh++;
    if (stat <= observed && ++asAlike > allowed) return;
  }
  const likeness = (asAlike + 1) / (s.permutations + 1);
  const level = s.withLevel ? (asHigh + 1) / (s.permutations + 1) : undefined;
  const answers = level === undefined ? likeness : fisher(likeness, level);
  if (answers > bound) return;
  const reference = referenceSum / done;
  // Forms of the window that belong to the alike core (an honest visitor in between stays unflagged).
  sigs.forEach((a, k) => {
    let sum = 0;
    sigs.forEach((b, l) => {
      if (l !== k) sum += distance(a, b);
    });
    if (sum / (m - 1) < reference) marked.add(window[k] as number);
  });
  return { density, likeness, answers, ...(level !== undefined && { level }) };
}

/** A window's p-values: its density against the kiosk's usual traffic; its likeness and level against random visitors, and the two together. */
interface Evidence {
  readonly density: number;
  readonly likeness: number;
  readonly level?: number;
  readonly answers: number;
}

/** The mean of the forms' mean scale answers (forms without any left out). */
function levelOf(frame: QualityFrame, forms: ArrayLike<number>): number {
  let sum = 0,
    count = 0;
  for (let k = 0; k < forms.length; k++) {
    const v = frame.scaleMean[forms[k] as number] as number;
    if (!Number.isNaN(v)) {
      sum += v;
      count++;
    }
  }
  return count > 0 ? sum / count : 0;
}

const repeatInWords = (bound: number): string =>
  `На этом же планшете уже найдено другое заполнение подряд одним человеком, поэтому для этой серии достаточно вероятности до ${bound.toString().replace(".", ",")}.`;

const chance = (p: number): string => (p < 1e-6 ? "менее 0,000001" : `около ${p.toPrecision(1).replace(".", ",")}`);

/** Fisher's combination of two independent p-values: P(χ²₄ ≥ −2 ln(p·q)) = pq · (1 − ln(pq)). */
function fisher(p: number, q: number): number {
  const pq = Math.max(Number.MIN_VALUE, p * q);
  return Math.min(1, pq * (1 - Math.log(pq)));
}
