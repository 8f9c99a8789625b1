// One non-kiosk device key with many submissions in a local day (a phone is one or two people, not a crowd).

import { forEachDevice, isKioskDevice } from "./device-runs.js";
import type { QualityFrame } from "./quality-frame.js";
import type { QualitySettings } from "./quality-settings.js";
import type { ReasonBook } from "./reason-book.js";

/** Flags responses of a non-kiosk device on days when it submitted at least `weakPerDay` times. */
export function detectBusyDevices(frame: QualityFrame, settings: QualitySettings, book: ReasonBook): void {
  const { perDay, weight, weakPerDay, weakWeight } = settings.busyDevice;
  forEachDevice(frame, Math.min(perDay, weakPerDay), (device, seq) => {
    if (isKioskDevice(frame, seq)) return;
    let start = 0;
    while (start < seq.length) {
      const day = frame.day[seq[start] as number];
      let end = start;
      while (end + 1 < seq.length && frame.day[seq[end + 1] as number] === day) end++;
      const count = end - start + 1;
      if (count >= weakPerDay) {
        const run = seq.subarray(start, end + 1);
        const ids = Array.from(run, (i) => frame.responses[i]?.id as string);
        const strong = count >= perDay;
        const text = `С одного устройства (не планшета-киоска) за день отправлено ${count} анкет${strong ? "" : " — больше, чем обычно бывает у одного посетителя с семьёй"}.`;
        for (const i of run)
          book.add(i, {
            code: "busy_device",
            text,
            weight: strong ? weight : weakWeight,
            related: ids,
            group: `device-day:${frame.deviceName(device)}:${day}`,
          });
      }
      start = end + 1;
    }
  });
}
