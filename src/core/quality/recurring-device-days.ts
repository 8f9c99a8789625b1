// A staff phone whose key changes daily: multi-submission device-days recurring at one unit far more often than chance.

import { forEachDevice, isKioskDevice } from "./device-runs.js";
import { distance, random, signature } from "./answer-likeness.js";
import type { QualityFrame } from "./quality-frame.js";
import type { QualitySettings } from "./quality-settings.js";
import { medianOf, poissonUpperTail } from "./quality-statistics.js";
import type { ReasonBook } from "./reason-book.js";

/** Flags the multi-submission device-days of units where such days are improbably frequent (Poisson, per unit). */
export function detectRecurringDeviceDays(frame: QualityFrame, settings: QualitySettings, book: ReasonBook): void {
  const { minDays, maxPValue, weight } = settings.recurringDevice;
  const groupsByUnit = new Map<number, Int32Array[]>();
  const phoneResponses = new Float64Array(frame.units.length);
  for (let i = 0; i < frame.n; i++) {
    if (frame.kiosk[i] || frame.device[i] === -1) continue;
    const u = frame.unit[i] as number;
    phoneResponses[u] = (phoneResponses[u] as number) + 1;
  }
  let groups = 0;
  forEachDevice(frame, 2, (_device, seq) => {
    if (isKioskDevice(frame, seq)) return;
    let start = 0;
    while (start < seq.length) {
      const day = frame.day[seq[start] as number],
        unit = frame.unit[seq[start] as number] as number;
      let end = start;
      while (end + 1 < seq.length && frame.day[seq[end + 1] as number] === day && frame.unit[seq[end + 1] as number] === unit) end++;
      if (end > start) {
        let list = groupsByUnit.get(unit);
        if (!list) groupsByUnit.set(unit, (list = []));
        list.push(seq.subarray(start, end + 1));
        groups++;
      }
      start = end + 1;
    }
  });
  if (groups === 0) return;
  const likeness = settings.recurringDevice.pairLikeness;
  if (likeness !== undefined) {
    // Since 2026.2: only one-hand groups (three forms or more, or an alike pair) count; couples rarely are.
    for (const [unit, list] of groupsByUnit) {
      const alike = alikeGroups(frame, unit, list, likeness);
      groupsByUnit.set(
        unit,
        list.filter((g) => alike.has(g)),
      );
    }
  }
  const { rateKeptShare, rateWeightCap, largeGroup } = settings.recurringDevice;
  const rate = Math.max(1e-4, honestRate(frame, groupsByUnit, phoneResponses, rateKeptShare, rateWeightCap));
  // Since 2026.4 (with largeGroup): a second count, of the groups of `largeGroup` forms or more, against their own pooled
  // honest rate — couples make pairs, one hand makes threes and fours; the two tests Bonferroni-combined.
  const large = largeGroup === undefined ? undefined : new Map([...groupsByUnit].map(([u, list]) => [u, list.filter((g) => g.length >= largeGroup)]));
  const largeRate = large ? Math.max(1e-5, honestRate(frame, large, phoneResponses, rateKeptShare, rateWeightCap)) : 0;
  for (const [unit, list] of groupsByUnit) {
    const days = new Set(list.map((g) => frame.day[g[0] as number])).size;
    if (days < minDays) continue;
    const pAll = poissonUpperTail(list.length, rate * (phoneResponses[unit] as number));
    const pLarge = large ? poissonUpperTail(large.get(unit)?.length ?? 0, largeRate * (phoneResponses[unit] as number)) : 1;
    if ((large ? Math.min(1, 2 * Math.min(pAll, pLarge)) : pAll) > maxPValue) continue;
    const kind = likeness === undefined ? "несколько анкет" : "несколько похожих друг на друга анкет (или три и больше)";
    const text = `В подразделении ${list.length} раз (в ${days} разных дней) с одного устройства приходило ${kind} за день — при обычной частоте ожидалось около ${(rate * (phoneResponses[unit] as number)).toFixed(1)}; ключ устройства меняется ежедневно, так похоже на один телефон сотрудника.${large ? ` Из них по ${largeGroup} анкеты и больше за день — ${large.get(unit)?.length ?? 0} раз при ожидаемых ${(largeRate * (phoneResponses[unit] as number)).toFixed(1)}.` : ""}`;
    const group = `recurring:${frame.units[unit]?.id}`;
    // 2026.1: a staff phone keeps its hour; honest couples come at any time: keep the groups near the typical hour.
    const typical = medianOf(list.map((g) => frame.minute[g[0] as number] as number));
    const nearHour = likeness === undefined ? list.filter((g) => Math.abs((frame.minute[g[0] as number] as number) - typical) <= 120) : list;
    for (const g of nearHour.length >= minDays ? nearHour : list) {
      const ids = Array.from(g, (i) => frame.responses[i]?.id as string);
      for (const i of g) book.add(i, { code: "recurring_device", text, weight, related: ids, group });
    }
  }
}

/**
 * Groups that look like one hand rather than a couple (since 2026.2, with `pairLikeness`): three forms or more, or a
 * pair whose forms are more alike than that quantile of random pairs of the unit's forms.
 */
function alikeGroups(frame: QualityFrame, unit: number, groups: readonly Int32Array[], quantile: number): Set<Int32Array> {
  const out = new Set<Int32Array>();
  const from = frame.unitStart[unit] as number,
    count = (frame.unitStart[unit + 1] as number) - from;
  if (count < 10) return out;
  const next = random(unit * 40503 + 7);
  const pick = (): number => frame.byUnit[from + Math.floor(next() * count)] as number;
  const reference: number[] = [];
  for (let k = 0; k < 200; k++) reference.push(distance(signature(frame, pick()), signature(frame, pick())));
  reference.sort((a, b) => a - b);
  const cut = reference[Math.floor(quantile * (reference.length - 1))] as number;
  for (const g of groups) {
    if (g.length >= 3) out.add(g);
    else if (distance(signature(frame, g[0] as number), signature(frame, g[1] as number)) <= cut) out.add(g);
  }
  return out;
}

/**
 * The honest rate of multi-form device-days per phone response. Without `keptShare` (2026.1): the mean of the units'
 * rates below the top 10 %. With it (since 2026.2): pooled over the units whose rate is in the lowest `keptShare`, so
 * that many fabricating units (a quarter with keptShare 0.75) do not raise the yardstick they are measured against.
 * With `weightCap` (since 2026.3) each unit's weight in that pool is capped, so voluminous inflated units do not lower it.
 */
function honestRate(
  frame: QualityFrame,
  groupsByUnit: ReadonlyMap<number, Int32Array[]>,
  phoneResponses: Float64Array,
  keptShare: number | undefined,
  weightCap: number | undefined,
): number {
  const units: { rate: number; groups: number; phones: number }[] = [];
  for (let u = 0; u < frame.units.length; u++) {
    const phones = phoneResponses[u] as number;
    if (phones < 20) continue;
    const groups = groupsByUnit.get(u)?.length ?? 0;
    units.push({ rate: groups / phones, groups, phones });
  }
  units.sort((a, b) => a.rate - b.rate);
  if (units.length === 0) return 0;
  if (keptShare === undefined) {
    const kept = units.slice(0, Math.max(1, Math.ceil(units.length * 0.9)));
    return kept.reduce((s, u) => s + u.rate, 0) / kept.length;
  }
  const kept = units.slice(0, Math.max(1, Math.ceil(units.length * keptShare)));
  if (weightCap === undefined)
    return (
      kept.reduce((s, u) => s + u.groups, 0) /
      Math.max(
        1,
        kept.reduce((s, u) => s + u.phones, 0),
      )
    );
  // Since 2026.3: no unit weighs more than `weightCap` times the median unit's phone responses. An inflated centre has
  // many single-form phones and few honest groups: weighted by its volume it would pull the yardstick down for all.
  const cap = weightCap * medianOf(units.map((u) => u.phones));
  const weights = kept.map((u) => Math.min(u.phones, cap));
  return (
    kept.reduce((s, u, k) => s + u.rate * (weights[k] as number), 0) /
    Math.max(
      1e-9,
      weights.reduce((s, w) => s + w, 0),
    )
  );
}
