// The Wilson score interval of a proportion.

import { asShare, type Share } from "../measures/measures.js";

/** The Wilson interval of `positive / valid` at normal quantile `z` (1.96 for 95 %); not clipped. `valid` must be > 0. */
export function wilsonInterval(positive: number, valid: number, z: number): readonly [Share, Share] {
  const p = positive / valid;
  const z2 = z * z;
  const denominator = 1 + z2 / valid;
  const center = (p + z2 / (2 * valid)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / valid + z2 / (4 * valid * valid))) / denominator;
  return [asShare(center - half), asShare(center + half)];
}
