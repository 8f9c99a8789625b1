// Ranks `ok` units of one kind, period and view by their index rounded half up; equal rounded indices share a rank.

import { roundHalfUp } from "../measures/measures.js";
import type { ViewResult } from "../result/result-types.js";

/** A unit view to rank, keyed by what it is ranked among (kind and view). */
export interface Rankable {
  readonly league: string;
  readonly index: number;
  readonly result: ViewResult;
}

/** Sets `rank` and `rankOf` on the `ok` entries (1, 2, 2, 4 for ties); others are left unranked. */
export function assignRanks(entries: readonly Rankable[], decimals: number): void {
  const leagues = new Map<string, { key: number; result: ViewResult }[]>();
  for (const e of entries) {
    if (e.result.status !== "ok" || Number.isNaN(e.index)) continue;
    const list = leagues.get(e.league) ?? [];
    list.push({ key: roundHalfUp(e.index, decimals), result: e.result });
    leagues.set(e.league, list);
  }
  for (const list of leagues.values()) {
    list.sort((a, b) => b.key - a.key);
    list.forEach((item, i) => {
      const previous = list[i - 1];
      const target = item.result as { rankOf?: number; rank?: number };
      target.rankOf = list.length;
      target.rank = previous && previous.key === item.key ? (previous.result.rank as number) : i + 1;
    });
  }
}
