// Stars from the percent rounded half up to the methodology's decimals.

import { roundHalfUp, type Percent } from "../measures/measures.js";
import type { Methodology } from "../methodology/methodology-types.js";

/** ★ count: `thresholds.length + 1 - i` for the first threshold `i` the rounded percent reaches, else 1. */
export function starsFor(percent: Percent, m: Methodology): number {
  const rounded = roundHalfUp(percent, m.rounding.decimals);
  const { thresholds } = m.stars;
  for (let i = 0; i < thresholds.length; i++) if (rounded >= (thresholds[i] as number)) return thresholds.length + 1 - i;
  return 1;
}
