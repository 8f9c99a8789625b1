// The data-quality engine: runs every signal over the responses and units and reports what it flags.

import { detectTexture } from "./answer-texture.js";
import { detectBusyDevices } from "./busy-device.js";
import { detectClosedHoursKiosk } from "./closed-hours-kiosk.js";
import { detectBursts } from "./device-bursts.js";
import { detectNearDuplicates } from "./near-duplicates.js";
import { detectKioskSittings } from "./kiosk-sittings.js";
import { detectPacedSeries } from "./paced-series.js";
import { buildQualityFrame } from "./quality-frame.js";
import type { QualitySettings } from "./quality-settings.js";
import type { QualityInput, QualityReport, ResponseAssessment, UnitAssessment } from "./quality-types.js";
import { combinedScore, ReasonBook } from "./reason-book.js";
import { detectRecurringDeviceDays } from "./recurring-device-days.js";
import { detectTooFast } from "./too-fast.js";
import { assessUnitDivergence } from "./unit-divergence.js";
import { assessUnitTexture } from "./unit-texture.js";

/** Assesses every response and unit of the input; the report lists the flagged ones, strongest first. */
export function assessQuality(input: QualityInput, settings: QualitySettings): QualityReport {
  const frame = buildQualityFrame(input, settings.optionalKeys);
  const book = new ReasonBook();
  detectTooFast(frame, settings, book);
  detectBursts(frame, settings, book);
  detectPacedSeries(frame, settings, book);
  detectKioskSittings(frame, settings, book);
  detectClosedHoursKiosk(frame, settings, book);
  detectBusyDevices(frame, settings, book);
  detectRecurringDeviceDays(frame, settings, book);
  detectNearDuplicates(frame, settings, book);
  detectTexture(frame, settings, book);
  // Last: unit divergence looks at the responses the other signals left unexplained.
  const units = mergeUnits(assessUnitDivergence(frame, settings, book), assessUnitTexture(frame, settings, book));
  const responses: ResponseAssessment[] = [];
  for (const [i, reasons] of book.entries()) {
    const score = combinedScore(reasons);
    if (score < settings.flagThreshold) continue;
    const r = input.responses[i];
    if (!r) continue;
    responses.push({ id: r.id, unit: r.unit, score: Math.round(score * 1000) / 1000, reasons: [...reasons].sort((a, b) => b.weight - a.weight) });
  }
  responses.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  units.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  return { settings: settings.id, responses, units };
}

/** One assessment per unit: the reasons of both unit checks together, the stronger score. */
function mergeUnits(a: UnitAssessment[], b: UnitAssessment[]): UnitAssessment[] {
  const byId = new Map(a.map((u) => [u.id, u]));
  for (const u of b) {
    const other = byId.get(u.id);
    byId.set(
      u.id,
      other ? { id: u.id, score: Math.max(u.score, other.score), reasons: [...other.reasons, ...u.reasons], stats: { ...other.stats, ...u.stats } } : u,
    );
  }
  return [...byId.values()];
}
