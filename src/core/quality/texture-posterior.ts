// Since 2026.4: which of an inflated unit's «uniformly good» forms are the fabricated ones. Inside a flagged unit the
// uniformly good forms are a mixture: the honest respondents' share (what the unit's level predicts) and the excess
// written by one hand. The unit's own forms that are not good (mean below `goodMean`) are honest all but surely; their
// habits — time taken, optional questions answered, comments, the kiosk — estimate the honest part's habits, shrunk
// towards the country's. The excess's habits are what is left of the good forms' habits once the honest part is taken
// out (a moment deconvolution). Each good form then gets a posterior probability of being fabricated (naive Bayes
// over those features, prior = the excess share); only forms at `minPosterior` or above are marked.

import { relativeLogDuration, sentWhileClosed } from "./form-habits.js";
import { bandExcess, type BandShares } from "./level-bands.js";
import { poissonUpperTail } from "./quality-statistics.js";
import type { QualityFrame } from "./quality-frame.js";

/**
 * Features of one form: bin per feature (duration relative to its form's median, optional answered, kiosk). Comments
 * are left out: people comment mostly when unhappy, so the unit's forms that are not good overstate how often its
 * honest good forms would comment.
 */
const FEATURES = [5, 2, 2, 2] as const;
/** Since 2026.5 (habitFeatures): a phone that brought other forms too, a link, sent outside opening hours. */
const HABIT_FEATURES = [2, 2, 2] as const;
/** Pseudo-count of the country's habits in a unit's honest reference. */
const SHRINK = 10;

function bins(frame: QualityFrame, i: number, habits: boolean): readonly number[] {
  const logDuration = relativeLogDuration(frame, i);
  const r = Number.isNaN(logDuration) ? 0 : logDuration;
  const duration = r < -0.45 ? 0 : r < -0.15 ? 1 : r < 0.15 ? 2 : r < 0.45 ? 3 : 4;
  const base = [duration, (frame.optionalCount[i] as number) > 0 ? 1 : 0, (frame.commentCount[i] as number) > 0 ? 1 : 0, frame.kiosk[i] as number];
  if (!habits) return base;
  const device = frame.device[i] as number;
  const shared = frame.kiosk[i] !== 1 && device >= 0 && (frame.deviceStart[device + 1] as number) - (frame.deviceStart[device] as number) > 1;
  return [...base, shared ? 1 : 0, frame.responses[i]?.channel === "link" ? 1 : 0, sentWhileClosed(frame, i) ? 1 : 0];
}

type Counts = number[][];
function add(c: Counts, b: readonly number[]): void {
  b.forEach((v, j) => ((c[j] as number[])[v] = ((c[j] as number[])[v] as number) + 1));
}
const total = (c: Counts): number => (c[0] as number[]).reduce((a, b) => a + b, 0);

/** Since 2026.7: the unit's forms by band of form means (level-bands.ts) and the bands' honest shares at a level. */
export interface BandInput {
  readonly of: (i: number) => number;
  readonly sharesAt: (level: number) => BandShares;
  readonly count: number;
  /** Forms below this mean anchor the honest part (level-bands.ts). */
  readonly anchorBelow: number;
  /** A band's forms are weighed only when its count is this improbable for the honest part (Poisson tail). */
  readonly maxPValue: number;
  /** The least count of forms below the anchor for the bands to be weighed. */
  readonly minAnchor: number;
}

/** The posteriors of the good forms and, with bands, of the band forms, with each band's observed and expected honest count. */
export interface Posteriors {
  readonly good: Map<number, number>;
  readonly band: Map<number, { readonly posterior: number; readonly band: number }>;
  readonly observed: readonly number[];
  readonly expected: readonly number[];
}

/** The honest habits of the country: every not-good form (computed once per assessment). */
export class TexturePosterior {
  private country?: Counts;
  private readonly features: readonly number[];
  constructor(
    private readonly frame: QualityFrame,
    private readonly isGood: (i: number) => boolean,
    private readonly isHigh: (i: number) => boolean,
    private readonly leftOut: (i: number) => boolean,
    private readonly habits = false,
  ) {
    this.features = habits ? [...FEATURES, ...HABIT_FEATURES] : FEATURES;
  }

  private empty(): Counts {
    return this.features.map((k) => new Array<number>(k).fill(0));
  }

  private countryCounts(): Counts {
    if (!this.country) {
      const c = this.empty();
      for (let i = 0; i < this.frame.n; i++)
        if ((this.frame.scaleCount[i] as number) >= 5 && !this.isHigh(i) && !this.leftOut(i)) add(c, bins(this.frame, i, this.habits));
      this.country = c;
    }
    return this.country;
  }

  /**
   * The good forms of the unit (its members) with their posterior of being fabricated; `goodAt(level)` and `highAt(level)`
   * are the shares of good and of high forms expected of honest respondents at a level of answers. The fabricated forms
   * are the excess of high forms (a fabricator writes high forms, not always uniformly good ones); the honest part's level
   * is estimated without them (a fixed point: the excess lifts the unit's level, and so what its honest part would give).
   */
  posteriors(members: ArrayLike<number>, goodAt: (level: number) => number, highAt: (level: number) => number, bands?: BandInput): Posteriors {
    const own = this.empty(),
      goodCounts = this.empty();
    const good: { i: number; b: readonly number[] }[] = [];
    const inBands: { i: number; b: readonly number[]; band: number }[] = [];
    const observed = new Array<number>(bands?.count ?? 0).fill(0),
      meanSums = new Array<number>(bands?.count ?? 0).fill(0);
    let n = 0,
      sumAll = 0,
      sumHigh = 0,
      high = 0,
      below = 0,
      belowSum = 0;
    for (let k = 0; k < members.length; k++) {
      const i = members[k] as number;
      if ((this.frame.scaleCount[i] as number) < 5 || this.leftOut(i)) continue;
      n++;
      sumAll += this.frame.scaleMean[i] as number;
      const b = bins(this.frame, i, this.habits);
      if (this.isHigh(i)) {
        high++;
        sumHigh += this.frame.scaleMean[i] as number;
      }
      if (this.isGood(i)) {
        good.push({ i, b });
        add(goodCounts, b);
      } else if (!this.isHigh(i)) add(own, b);
      if (bands && (this.frame.scaleMean[i] as number) < bands.anchorBelow) {
        below++;
        belowSum += this.frame.scaleMean[i] as number;
      }
      const band = bands ? bands.of(i) : -1;
      if (band >= 0) {
        inBands.push({ i, b, band });
        observed[band] = (observed[band] as number) + 1;
        meanSums[band] = (meanSums[band] as number) + (this.frame.scaleMean[i] as number);
      }
    }
    const out = new Map<number, number>();
    const bandOut = new Map<number, { posterior: number; band: number }>();
    const g = good.length;
    if (g === 0) return { good: out, band: bandOut, observed, expected: observed };
    // Fabricated forms f (extra), all high: high = f + η·(n − f), η the high share expected at the level of the other n − f
    // forms; then the honest good forms are γ·(n − f) at that level, and the rest of the good forms are fabricated.
    let extra = 0,
      honestGood = g,
      honestLevel = sumAll / n;
    for (let step = 0; step < 8; step++) {
      const rest = n - extra;
      const level = rest > 0 && high > 0 ? (sumAll - (extra * sumHigh) / high) / rest : sumAll / n;
      honestLevel = level;
      const eta = highAt(level);
      extra = Math.max(0, Math.min(high - 1, (high - eta * n) / Math.max(1e-6, 1 - eta)));
      honestGood = goodAt(level) * (n - extra);
    }
    const fabricated = Math.max(0, Math.min(g - 1, g - honestGood));
    const prior = Math.min(0.999, Math.max(0.001, fabricated / g));
    const country = this.countryCounts(),
      countryTotal = Math.max(1, total(country)),
      ownTotal = total(own);
    const honest = this.features.map((k, j) =>
      Array.from(
        { length: k },
        (_, v) =>
          (((own[j] as number[])[v] as number) + SHRINK * ((((country[j] as number[])[v] as number) + 0.5) / (countryTotal + 0.5 * k))) / (ownTotal + SHRINK),
      ),
    );
    // The excess's habits, shrunk towards the honest ones (no difference) by SHRINK forms: a bin the deconvolution
    // leaves empty must not make a form there look surely honest.
    const excess = this.features.map((k, j) => {
      const raw = Array.from({ length: k }, (_, v) =>
        Math.max(0, ((goodCounts[j] as number[])[v] as number) - (1 - prior) * g * ((honest[j] as number[])[v] as number)),
      );
      const sum = raw.reduce((a, b) => a + b, 0);
      return raw.map((x, v) => (x + SHRINK * ((honest[j] as number[])[v] as number)) / (sum + SHRINK));
    });
    const likelihoodRatio = (b: readonly number[]): number => {
      let lr = 1;
      b.forEach((v, j) => (lr *= ((excess[j] as number[])[v] as number) / ((honest[j] as number[])[v] as number)));
      return lr;
    };
    for (const { i, b } of good) {
      const lr = likelihoodRatio(b);
      out.set(i, (prior * lr) / (prior * lr + 1 - prior));
    }
    if (!bands || inBands.length === 0 || below < bands.minAnchor) return { good: out, band: bandOut, observed, expected: observed };
    // Since 2026.7: the band forms, each band's prior its excess over the honest share at the unit's honest level.
    const bandExtra = bandExcess({ below, belowSum, observed, meanSums, high, highSum: sumHigh, sharesAt: bands.sharesAt, maxLevel: honestLevel });
    // Tested against the honest part an upper bound of the anchor implies (the anchor is a count too: a few forms
    // below it would make any band look in excess).
    const belowUpper = below + 3 * Math.sqrt(below) + 3;
    const cautious = bandExcess({
      below: belowUpper,
      belowSum: below > 0 ? (belowSum * belowUpper) / below : 0,
      observed,
      meanSums,
      high,
      highSum: sumHigh,
      sharesAt: bands.sharesAt,
      maxLevel: honestLevel,
    });
    const inExcess = observed.map((seen, b) => poissonUpperTail(seen, Math.max(0.5, seen - (cautious[b] as number))) <= bands.maxPValue);
    for (const { i, b, band } of inBands) {
      if (!inExcess[band]) continue;
      const seen = observed[band] as number;
      const bandPrior = Math.min(0.999, Math.max(0.001, (bandExtra[band] as number) / Math.max(1, seen)));
      const lr = likelihoodRatio(b);
      bandOut.set(i, { posterior: (bandPrior * lr) / (bandPrior * lr + 1 - bandPrior), band });
    }
    return { good: out, band: bandOut, observed, expected: observed.map((x, b) => x - (bandExtra[b] as number)) };
  }
}
