// The practice library: finished measures ranked by their measured effect on an indicator, and the one-line
// summary a pain-point card shows («в 3 регионах похожая мера дала +9…+15 п. п.»).

import type { IndicatorEffect } from "./measure-effect.js";
import { signedPoints } from "./percentage-points.js";

/** A finished measure with its region and its effect on one indicator. */
export interface Practice<M> {
  readonly measure: M;
  readonly regionId: string;
  readonly indicator: IndicatorEffect;
}

/** Best first: confirmed before the rest, then by the lower bound of the effect, then by its estimate; unmeasured last. */
export function rankPractices<M>(practices: readonly Practice<M>[]): Practice<M>[] {
  const order = { confirmed: 0, not_confirmed: 1, insufficient: 2 } as const;
  return [...practices].sort(
    (a, b) =>
      order[a.indicator.verdict] - order[b.indicator.verdict] ||
      (b.indicator.effect?.ci[0] ?? -Infinity) - (a.indicator.effect?.ci[0] ?? -Infinity) ||
      (b.indicator.effect?.estimate ?? -Infinity) - (a.indicator.effect?.estimate ?? -Infinity),
  );
}

/** What worked for an indicator across regions: the confirmed practices' regions and the range of their effects. */
export interface PracticeSummary {
  readonly indicator: string;
  readonly regions: number;
  readonly measures: number;
  /** Lowest and highest confirmed effect (share), or null without any. */
  readonly range: readonly [number, number] | null;
  readonly text: string;
}

const regionWord = (n: number): string => (n % 10 === 1 && n % 100 !== 11 ? "регионе" : "регионах");

/** The summary of the confirmed practices for `indicator`. */
export function summarisePractices<M>(indicator: string, practices: readonly Practice<M>[]): PracticeSummary {
  const confirmed = practices.filter((p) => p.indicator.indicator === indicator && p.indicator.verdict === "confirmed" && p.indicator.effect);
  if (confirmed.length === 0) return { indicator, regions: 0, measures: 0, range: null, text: `Подтверждённых практик по показателю ${indicator} пока нет` };
  const effects = confirmed.map((p) => p.indicator.effect!.estimate);
  const low = Math.min(...effects),
    high = Math.max(...effects);
  const regions = new Set(confirmed.map((p) => p.regionId)).size;
  const shown = Math.round(low * 100) === Math.round(high * 100) ? signedPoints(low, 0) : `${signedPoints(low, 0)}…${signedPoints(high, 0)}`;
  const what = confirmed.length === 1 ? "похожая мера дала" : "похожие меры дали";
  return { indicator, regions, measures: confirmed.length, range: [low, high], text: `в ${regions} ${regionWord(regions)} ${what} ${shown} п. п.` };
}
