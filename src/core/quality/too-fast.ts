// Completion far faster than the form's typical (median) time.

import type { QualityFrame } from "./quality-frame.js";
import type { QualitySettings } from "./quality-settings.js";
import type { ReasonBook } from "./reason-book.js";

/** Flags responses whose duration is below a share of their form's median duration. */
export function detectTooFast(frame: QualityFrame, settings: QualitySettings, book: ReasonBook): void {
  const { ratio, weight, weakRatio, weakWeight } = settings.tooFast;
  for (let i = 0; i < frame.n; i++) {
    const d = frame.duration[i] as number;
    const typical = frame.medianDuration[frame.form[i] as 0 | 1];
    if (Number.isNaN(d) || !(typical > 0)) continue;
    const share = d / typical;
    if (share >= weakRatio) continue;
    const strong = share < ratio;
    book.add(i, {
      code: "too_fast",
      text: `Анкета заполнена за ${Math.round(d)} с — ${strong ? "намного " : ""}быстрее обычного (медиана по анкете ${Math.round(typical)} с); прочитать вопросы за это время трудно.`,
      weight: strong ? weight : weakWeight,
    });
  }
}
