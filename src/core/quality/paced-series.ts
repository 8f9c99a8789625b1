// Paced series: submissions from one device at too regular intervals (a queue of real visitors is irregular).

import { clock, forEachDevice } from "./device-runs.js";
import type { QualityFrame } from "./quality-frame.js";
import type { QualitySettings } from "./quality-settings.js";
import type { ReasonBook } from "./reason-book.js";

/**
 * Marks regular chains hidden among other submissions of the device (real visitors using the same kiosk):
 * from each submission, the next one or two set a pace, and each further step must land within a tight
 * tolerance of that pace. Longer chains and a tighter tolerance than the contiguous check keep chance low.
 */
function findInterleavedChains(frame: QualityFrame, seq: Int32Array, marked: Uint8Array, settings: QualitySettings): boolean {
  const { minLength, maxGapCv, maxGapMinutes } = settings.pacedSeries;
  const need = minLength + 1,
    maxGapMs = maxGapMinutes * 60_000;
  const t = (k: number): number => frame.time[seq[k] as number] as number;
  let found = false;
  for (let a = 0; a + need <= seq.length; a++) {
    if (marked[a]) continue;
    for (let b = a + 1; b <= a + 3 && b < seq.length; b++) {
      if (t(b) - t(a) > maxGapMs || t(b) - t(a) < 30_000) continue;
      const chain = [a, b];
      let cur = b,
        pace = t(b) - t(a);
      for (;;) {
        const target = t(cur) + pace,
          slack = maxGapCv * pace;
        let best = -1;
        for (let c = cur + 1; c < seq.length && t(c) <= target + slack; c++) {
          if (Math.abs(t(c) - target) <= slack && (best < 0 || Math.abs(t(c) - target) < Math.abs(t(best) - target))) best = c;
        }
        if (best < 0) break;
        chain.push(best);
        cur = best;
        // The pace is the chain's mean gap so far: a steady hand drifts a little, never jumps.
        pace = (t(cur) - t(a)) / (chain.length - 1);
      }
      if (chain.length < need) continue;
      let sum = 0,
        sumSq = 0;
      for (let k = 1; k < chain.length; k++) {
        const g = t(chain[k] as number) - t(chain[k - 1] as number);
        sum += g;
        sumSq += g * g;
      }
      const gaps = chain.length - 1,
        mean = sum / gaps;
      if (Math.sqrt(Math.max(0, (sumSq - gaps * mean * mean) / (gaps - 1))) / mean > (2 / 3) * maxGapCv) continue;
      for (const k of chain) marked[k] = 1;
      found = true;
      break;
    }
  }
  return found;
}

/** Flags windows of `minLength` consecutive submissions whose gaps vary by less than `maxGapCv` (and none strays far). */
export function detectPacedSeries(frame: QualityFrame, settings: QualitySettings, book: ReasonBook): void {
  const { minLength, maxGapCv, maxGapMinutes, weight } = settings.pacedSeries;
  const gapsInWindow = minLength - 1;
  const maxGapMs = maxGapMinutes * 60_000;
  forEachDevice(frame, minLength, (device, seq) => {
    const gaps = new Float64Array(seq.length - 1);
    for (let k = 1; k < seq.length; k++) gaps[k - 1] = (frame.time[seq[k] as number] as number) - (frame.time[seq[k - 1] as number] as number);
    const marked = new Uint8Array(seq.length);
    let found = false;
    for (let a = 0; a + gapsInWindow <= gaps.length; a++) {
      let sum = 0,
        sumSq = 0,
        ok = true;
      for (let k = a; k < a + gapsInWindow; k++) {
        const g = gaps[k] as number;
        if (g > maxGapMs || g <= 0) {
          ok = false;
          break;
        }
        sum += g;
        sumSq += g * g;
      }
      if (!ok) continue;
      const mean = sum / gapsInWindow;
      const sd = Math.sqrt(Math.max(0, (sumSq - gapsInWindow * mean * mean) / (gapsInWindow - 1)));
      if (sd / mean > maxGapCv) continue;
      let straying = false;
      for (let k = a; k < a + gapsInWindow && !straying; k++) straying = Math.abs((gaps[k] as number) - mean) > 2 * maxGapCv * mean;
      if (straying) continue;
      for (let k = a; k <= a + gapsInWindow; k++) marked[k] = 1;
      found = true;
    }
    if (findInterleavedChains(frame, seq, marked, settings)) found = true;
    if (!found) return;
    // One reason per series: marked submissions, split where the device paused longer than the longest gap.
    const marks = Array.from(seq).filter((_, k) => marked[k]);
    let from = 0;
    while (from < marks.length) {
      let to = from;
      while (to + 1 < marks.length && (frame.time[marks[to + 1] as number] as number) - (frame.time[marks[to] as number] as number) <= maxGapMs) to++;
      const run = marks.slice(from, to + 1);
      from = to + 1;
      if (run.length < minLength) continue;
      const first = run[0] as number,
        last = run[run.length - 1] as number;
      const meanGap = ((frame.time[last] as number) - (frame.time[first] as number)) / (run.length - 1) / 60_000;
      const ids = run.map((i) => frame.responses[i]?.id as string);
      const text = `Серия из ${run.length} анкет с одного устройства с ${clock(frame.minute[first] as number)} почти ровно через каждые ${meanGap.toFixed(1).replace(".", ",")} мин: у живой очереди посетителей интервалы неравномерны.`;
      for (const i of run) book.add(i, { code: "paced_series", text, weight, related: ids, group: `paced:${frame.deviceName(device)}:${ids[0]}` });
    }
  });
}
