// Kiosk submissions while the unit is closed: the office tablet stands inside the office.

import { clock } from "./device-runs.js";
import { isClosedAt, WEEKDAY_KEYS } from "./opening-hours.js";
import type { QualityFrame } from "./quality-frame.js";
import type { QualitySettings } from "./quality-settings.js";
import type { ReasonBook } from "./reason-book.js";

const dayNames: Record<(typeof WEEKDAY_KEYS)[number], string> = {
  sun: "воскресенье",
  mon: "понедельник",
  tue: "вторник",
  wed: "среду",
  thu: "четверг",
  fri: "пятницу",
  sat: "субботу",
};

/** Flags kiosk responses submitted outside the unit's opening hours (beyond the grace margins). */
export function detectClosedHoursKiosk(frame: QualityFrame, settings: QualitySettings, book: ReasonBook): void {
  const { graceBeforeMinutes, graceAfterMinutes, weight } = settings.closedHours;
  for (let i = 0; i < frame.n; i++) {
    if (!frame.kiosk[i]) continue;
    const u = frame.unit[i] as number;
    const wd = frame.weekday[i] as number;
    const minute = frame.minute[i] as number;
    if (!isClosedAt(frame.spans[u] ?? [], wd, minute, graceBeforeMinutes, graceAfterMinutes)) continue;
    const span = frame.spans[u]?.[wd];
    const hours = span ? `часы работы в этот день ${clock(span[0])}–${clock(span[1])}` : "в этот день подразделение не работает";
    book.add(i, {
      code: "closed_hours_kiosk",
      text: `Анкета отправлена с планшета в офисе в ${dayNames[WEEKDAY_KEYS[wd] ?? "mon"]} в ${clock(minute)} по местному времени, когда офис закрыт (${hours}).`,
      weight,
    });
  }
}
