// A unit's own objective value from the entries that apply: checklists add up, П2 takes the last, П3 sums, channels unite.

import type { ObjectiveSource } from "../methodology/methodology-types.js";
import { monthCount, type Period } from "../periods/period.js";
import type { DatedEntry } from "./objective-book.js";

const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);

/** The own value in [0, 1] of an indicator's objective part, NaN when the applying entries give none. */
export function ownObjectiveValue(source: ObjectiveSource, applying: readonly DatedEntry[], period: Period): number {
  if (applying.length === 0) return NaN;
  switch (source.kind) {
    case "checklist": {
      let met = 0,
        applicable = 0;
      for (const { entry } of applying) {
        if (!("met" in entry)) continue;
        met += entry.met;
        applicable += entry.applicable;
      }
      return applicable === 0 ? NaN : met / applicable;
    }
    case "vacancyGrowth": {
      let last: DatedEntry | undefined;
      for (const e of applying) if (!last || e.period.end > last.period.end) last = e;
      const entry = last?.entry;
      if (!entry || !("vacanciesNow" in entry) || entry.vacanciesYearAgo === 0) return NaN;
      const growth = entry.vacanciesNow / entry.vacanciesYearAgo - 1;
      return clamp01((growth - source.low) / (source.high - source.low));
    }
    case "events": {
      let events = 0;
      for (const { entry } of applying) if ("events" in entry) events += entry.events;
      return Math.min(1, events / (source.perMonth * monthCount(period)));
    }
    case "channelCoverage":
      return NaN;
  }
}

/** The union (bit mask) of the channel sets that apply, -1 when none applies; an empty set is known (0). */
export function ownChannelSet(applying: readonly DatedEntry[], bits: ReadonlyMap<string, number>): number {
  if (applying.length === 0) return -1;
  let set = 0;
  for (const { entry } of applying) if ("channels" in entry) for (const c of entry.channels) set |= bits.get(c) ?? 0;
  return set;
}

/** The number of channels in a set. */
export function channelCount(set: number): number {
  let n = 0;
  for (let s = set; s !== 0; s &= s - 1) n++;
  return n;
}
