// Differences of survey shares with their intervals: Newcombe's hybrid score interval for p₁ − p₀, and the
// same recovery of variance (MOVER) for a difference of two such differences (difference-in-differences).

import { wilsonInterval } from "../../scoring/wilson.js";

/** Counted answers of a share: how many were positive among the valid ones. */
export interface ShareCount {
  readonly positive: number;
  readonly valid: number;
}

/** An estimate with its interval (both on the share scale, −1..1 for a difference). */
export interface Estimate {
  readonly estimate: number;
  readonly ci: readonly [number, number];
}

/** The share of a count (0 when nothing was counted). */
export const shareOf = (c: ShareCount): number => (c.valid > 0 ? c.positive / c.valid : 0);

/** The sum of counts. */
export function addCounts(counts: Iterable<ShareCount>): ShareCount {
  let positive = 0,
    valid = 0;
  for (const c of counts) {
    positive += c.positive;
    valid += c.valid;
  }
  return { positive, valid };
}

/** after − before with Newcombe's hybrid score interval at normal quantile `z`; both counts need valid > 0. */
export function shareDifference(before: ShareCount, after: ShareCount, z: number): Estimate {
  const p0 = shareOf(before),
    p1 = shareOf(after);
  const [l0, u0] = wilsonInterval(before.positive, before.valid, z);
  const [l1, u1] = wilsonInterval(after.positive, after.valid, z);
  const d = p1 - p0;
  return { estimate: d, ci: [d - Math.sqrt((p1 - l1) ** 2 + (u0 - p0) ** 2), d + Math.sqrt((u1 - p1) ** 2 + (p0 - l0) ** 2)] };
}

/** a − b for two independent differences with intervals, its interval by the method of variance estimates recovery. */
export function differenceOfDifferences(a: Estimate, b: Estimate): Estimate {
  const d = a.estimate - b.estimate;
  const lower = d - Math.sqrt((a.estimate - a.ci[0]) ** 2 + (b.ci[1] - b.estimate) ** 2);
  const upper = d + Math.sqrt((a.ci[1] - a.estimate) ** 2 + (b.estimate - b.ci[0]) ** 2);
  return { estimate: d, ci: [lower, upper] };
}
