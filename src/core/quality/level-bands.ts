// Since 2026.7: the fabricated forms of a flagged inflated unit that are not «uniformly good». A fabricator writing at a
// flattering level from a model of real answers also writes forms with a mean just under `goodMean`, or with one
// dissenting answer. Inside a flagged unit such forms are far more common than the visitors of a unit at its honest
// level give: the excess per band of form means (over what the unit's peers at that level show) is the band's prior
// of being fabricated, and the form's habits (texture-posterior.ts) move it as for the good forms.

/** Settings of the marking by band (`unitTexture.levelBands`; absent before 2026.7: only good forms are marked). */
export interface LevelBandsSettings {
  /** The lowest form mean a band starts at (below it forms are left alone). */
  readonly fromMean: number;
  /** A band form is marked when its posterior of being fabricated reaches this. */
  readonly minPosterior: number;
  /** A band is weighed only when its count is this improbable for the unit's honest part (Poisson upper tail). */
  readonly maxPValue: number;
}

/** Forms with a mean this far below `fromMean` anchor the honest part: a fabricator writes few of them. */
const ANCHOR_GAP = 1;
/** Fewer forms below the anchor fix no honest part (a centre whose visitors are nearly all satisfied): bands not weighed. */
export const MIN_ANCHOR = 30;
export const anchorBelow = (s: LevelBandsSettings): number => s.fromMean - ANCHOR_GAP;

/** Bands: [fromMean, mid), [mid, goodMean), a high form with a dissenting answer (not all equal). */
export const BAND_COUNT = 3;

/** The band of a form that is not uniformly good, or −1 (too low, all answers equal, or uniformly good). */
export function bandOf(mean: number, min: number, distinct: number, goodMean: number, goodFloor: number, s: LevelBandsSettings): number {
  if (!(mean >= s.fromMean) || distinct < 2) return -1;
  if (mean >= goodMean) return min < goodFloor ? 2 : -1;
  return mean < (s.fromMean + goodMean) / 2 ? 0 : 1;
}

/** Honest shares at a level of answers: forms below the anchor, in each band, and high (mean of goodMean or more). */
export interface BandShares {
  readonly below: number;
  readonly bands: readonly number[];
  readonly high: number;
}

/** The least count of peer units, and the share of all units, whose forms give the honest shares at a level. */
const NEIGHBOURS = 12;
const NEIGHBOUR_SHARE = 0.05;

/**
 * The honest shares at a level pooled over the units nearest to it in level. Not a line: a band under `goodMean` is
 * most common at middling levels and rare at both ends, and a line over the bulk of units extrapolates it to nothing at
 * the top of the scale.
 */
export function sharesNearLevel(
  units: readonly { readonly level: number; readonly n: number; readonly below: number; readonly bands: readonly number[]; readonly high: number }[],
): (level: number) => BandShares {
  const sorted = [...units].sort((a, b) => a.level - b.level);
  const k = Math.min(sorted.length, Math.max(NEIGHBOURS, Math.ceil(sorted.length * NEIGHBOUR_SHARE)));
  return (level) => {
    let lo = 0,
      hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid]?.level as number) < level) lo = mid + 1;
      else hi = mid;
    }
    let from = lo,
      to = lo;
    while (to - from < k) {
      if (from > 0 && (to >= sorted.length || level - (sorted[from - 1]?.level as number) <= (sorted[to]?.level as number) - level)) from--;
      else to++;
    }
    let n = 0,
      below = 0,
      high = 0;
    const bands = new Array<number>(BAND_COUNT).fill(0);
    for (let j = from; j < to; j++) {
      const u = sorted[j] as (typeof sorted)[number];
      n += u.n;
      below += u.below;
      high += u.high;
      u.bands.forEach((x, b) => (bands[b] = (bands[b] as number) + x));
    }
    return { below: below / n, bands: bands.map((x) => x / n), high: high / n };
  };
}

/**
 * How many forms of each band are in excess. The forms below the anchor (`fromMean` − 1) are the unit's visitors all but surely (a
 * fabricator rarely writes them), so they fix the honest part: its size is their count over the share of such forms
 * that peers at the honest level give, and the honest level is the mean of the forms it is expected to hold (a fixed
 * point). A level estimated from all of the unit's forms would count the fabricator's forms just under `goodMean` as
 * visitors of a better centre; with few forms below the anchor the fixed point can run up to the top of the scale, so
 * the level is capped by the one estimated from the excess of high forms alone (texture-posterior.ts).
 */
export function bandExcess(o: {
  readonly below: number;
  readonly belowSum: number;
  readonly observed: readonly number[];
  readonly meanSums: readonly number[];
  readonly high: number;
  readonly highSum: number;
  readonly sharesAt: (level: number) => BandShares;
  /** The honest level estimated from the excess of high forms alone: the anchor's level never exceeds it. */
  readonly maxLevel: number;
}): number[] {
  const average = (sum: number, count: number): number => (count > 0 ? sum / count : 0);
  let level = Math.min(o.maxLevel, o.below > 0 ? o.belowSum / o.below : 0),
    expected = o.observed.map(() => 0);
  for (let step = 0; step < 12 && o.below > 0; step++) {
    const shares = o.sharesAt(level);
    const honest = o.below / Math.max(0.02, shares.below);
    expected = o.observed.map((obs, b) => Math.min(obs, honest * (shares.bands[b] as number)));
    const high = Math.min(o.high, honest * shares.high);
    const count = o.below + expected.reduce((a, x) => a + x, 0) + high;
    const sum =
      o.belowSum + expected.reduce((a, x, b) => a + x * average(o.meanSums[b] as number, o.observed[b] as number), 0) + high * average(o.highSum, o.high);
    level = Math.min(o.maxLevel, sum / count);
  }
  return o.observed.map((obs, b) => Math.max(0, obs - (expected[b] as number)));
}

/** The Russian text of a marked band form. */
export function bandFormText(mean: number, observed: number, expected: number): string {
  const m = mean.toFixed(1).replace(".", ",");
  return `Анкета с высокими оценками (средняя ${m}) из подразделения, которое отмечено как завышающее оценки: анкет с такой средней здесь ${observed}, тогда как посетители подразделения при его собственном уровне оценок дали бы около ${Math.round(expected)}. По времени заполнения и другим привычкам анкета похожа на лишние «ровно хорошие» анкеты, а не на анкеты посетителей.`;
}
