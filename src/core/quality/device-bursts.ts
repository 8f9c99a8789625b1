// Bursts: several submissions from one device key within a short span (a kiosk only when faster than a queue can be).

import { forEachDevice, isKioskDevice } from "./device-runs.js";
import type { QualityFrame } from "./quality-frame.js";
import type { QualitySettings } from "./quality-settings.js";
import type { ReasonBook } from "./reason-book.js";

function medianGapSec(frame: QualityFrame, run: Int32Array): number {
  const gaps: number[] = [];
  for (let k = 1; k < run.length; k++) gaps.push(((frame.time[run[k] as number] as number) - (frame.time[run[k - 1] as number] as number)) / 1000);
  gaps.sort((a, b) => a - b);
  return gaps[gaps.length >> 1] ?? Infinity;
}

/** Flags every response inside a window of `windowMinutes` holding at least the minimum count from one device. */
export function detectBursts(frame: QualityFrame, settings: QualitySettings, book: ReasonBook): void {
  const { windowMinutes, minCount, kioskMinCount, kioskMaxMedianGapSec, weight } = settings.burst;
  const windowMs = windowMinutes * 60_000;
  forEachDevice(frame, Math.min(minCount, kioskMinCount), (device, seq) => {
    const kiosk = isKioskDevice(frame, seq);
    const need = kiosk ? kioskMinCount : minCount;
    if (seq.length < need) return;
    // Maximal clusters: consecutive submissions chained while the window from the cluster's start holds.
    let start = 0;
    while (start < seq.length) {
      let end = start;
      while (end + 1 < seq.length && (frame.time[seq[end + 1] as number] as number) - (frame.time[seq[start] as number] as number) <= windowMs) end++;
      const count = end - start + 1;
      if (count >= need) {
        const run = seq.subarray(start, end + 1);
        const gap = medianGapSec(frame, run);
        if (!kiosk || gap <= kioskMaxMedianGapSec) {
          const w = Math.min(0.8, weight * (count - need + 1));
          const ids = Array.from(run, (i) => frame.responses[i]?.id as string);
          const group = `burst:${frame.deviceName(device)}:${ids[0]}`;
          const text = kiosk
            ? `${count} анкет с одного планшета за ${windowMinutes} мин, в среднем через ${Math.round(gap)} с — быстрее, чем можно заполнить анкету в очереди посетителей.`
            : `${count} анкет с одного устройства за ${windowMinutes} мин (обычно с одного телефона приходит одна-две анкеты).`;
          for (const i of run) book.add(i, { code: "burst", text, weight: w, related: ids, group });
        }
        start = end + 1;
      } else start++;
    }
  });
}
