// Since 2026.6: an inflated centre found by its volume. Forms a fabricator adds are forms the centre would not have
// had: a centre most of whose quarter is written by staff has several times the responses of its region's typical
// centre. An excellent centre has the texture of an inflated one but the volume of its peers; so a unit whose texture
// excess is discovered (the strict false-discovery rate) but whose habits fall short of `habitsPValue` is still
// flagged when its volume is far above its peers' and its habits lean the same way at a looser level.

import { medianOf } from "./quality-statistics.js";

/** Settings of the volume-led test (`unitTexture.volumeLed`; absent before 2026.6: the test does not run). */
export interface VolumeLedSettings {
  /** The least ratio of the unit's forms to the median of its region's units (the country's when the region has few). */
  readonly minVolumeRatio: number;
  /** The looser habits p-value the unit must still reach (an excellent centre's good forms come from its visitors). */
  readonly habitsPValue: number;
}

/** Each unit's forms against the median unit of its region, or of the country when its region has fewer than `minPeers + 1`. */
export function volumeRatios(units: readonly { readonly region: number; readonly n: number }[], minPeers: number): number[] {
  const byRegion = new Map<number, number[]>();
  for (const u of units) byRegion.set(u.region, [...(byRegion.get(u.region) ?? []), u.n]);
  const country = medianOf(units.map((u) => u.n));
  const regional = new Map<number, number>();
  for (const [r, ns] of byRegion) regional.set(r, ns.length >= minPeers + 1 ? medianOf(ns) : country);
  return units.map((u) => u.n / Math.max(1, regional.get(u.region) ?? country));
}

/** Whether a unit whose habits fell short of the usual level is flagged on its volume. */
export function volumeLeads(volumeRatio: number, habitsPValue: number, s: VolumeLedSettings): boolean {
  return volumeRatio >= s.minVolumeRatio && habitsPValue <= s.habitsPValue;
}

/** Since 2026.6: why the volume decided, in words. */
export function volumeInWords(ratio: number): string {
  return `Анкет здесь в ${ratio.toFixed(1).replace(".", ",")} раза больше, чем у типичного подразделения региона, — столько, сколько получается, когда к ответам посетителей добавляют анкеты, а у хорошего центра с настоящими посетителями анкет обычно столько же, сколько у соседей; поэтому подразделение отмечено, хотя привычки заполнения различаются слабее обычного порога.`;
}
