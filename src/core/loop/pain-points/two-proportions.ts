// Comparing two counted shares: a one-sided two-proportion z-test (continuity-corrected) and the Newcombe interval of their difference.

import { normalUpperTail } from "../../quality/quality-statistics.js";
import { wilsonInterval } from "../../scoring/wilson.js";

/** Positive answers out of valid ones. */
export interface Counted {
  readonly positive: number;
  readonly valid: number;
}

/** The difference `a − b` of two independent shares. */
export interface ShareDifference {
  /** a's share minus b's share (−1..1). */
  readonly difference: number;
  /** Newcombe's hybrid score interval of the difference (method 10), from the Wilson intervals of both shares. */
  readonly interval: readonly [number, number];
  /** The pooled z statistic (negative when a is lower); 0 when both shares are 0 or both 1. */
  readonly z: number;
  /** One-sided p-value of «a is lower than b» (H0: a ≥ b). */
  readonly pLower: number;
}

/**
 * The pooled z statistic of `a − b` with Yates' continuity correction (negative when a is lower; 0 when both shares are 0
 * or both 1). Without the correction the lower tail of a share near 0.85–0.95 at n ≈ 100 is under-estimated and units
 * with no real gap show one more often than the false-discovery rate allows. Plain numbers in and out: the pain-point
 * search runs it for every indicator × benchmark of every unit.
 */
export function shareDifferenceZ(aPositive: number, aValid: number, bPositive: number, bValid: number): number {
  const difference = aPositive / aValid - bPositive / bValid;
  const pooled = (aPositive + bPositive) / (aValid + bValid);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / aValid + 1 / bValid));
  const correction = Math.min(Math.abs(difference), 0.5 * (1 / aValid + 1 / bValid)) * Math.sign(difference);
  return se > 0 ? (difference - correction) / se : 0;
}

/** Compares `a` with `b` (both with valid > 0) at normal quantile `z` for the interval. */
export function compareShares(a: Counted, b: Counted, z: number): ShareDifference {
  const pa = a.positive / a.valid,
    pb = b.positive / b.valid;
  const [la, ua] = wilsonInterval(a.positive, a.valid, z);
  const [lb, ub] = wilsonInterval(b.positive, b.valid, z);
  const difference = pa - pb;
  const interval: [number, number] = [difference - Math.sqrt((pa - la) ** 2 + (ub - pb) ** 2), difference + Math.sqrt((ua - pa) ** 2 + (pb - lb) ** 2)];
  const stat = shareDifferenceZ(a.positive, a.valid, b.positive, b.valid);
  return { difference, interval, z: stat, pLower: normalUpperTail(-stat) };
}
