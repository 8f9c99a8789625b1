// Small statistics for the checks: normal and Poisson tails, robust location and scale, Benjamini–Hochberg.

/** P(Z ≥ z) for a standard normal (Abramowitz–Stegun 7.1.26 via erfc, |error| < 1.5e-7). */
export function normalUpperTail(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erfc = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-x * x);
  return z >= 0 ? erfc / 2 : 1 - erfc / 2;
}

/** P(X ≥ k) for X ~ Poisson(mean). */
export function poissonUpperTail(k: number, mean: number): number {
  if (k <= 0) return 1;
  if (mean <= 0) return 0;
  // 1 − P(X ≤ k − 1), summed in log space for stability.
  let term = Math.exp(-mean),
    below = term;
  for (let j = 1; j < k; j++) {
    term *= mean / j;
    below += term;
  }
  return Math.max(0, 1 - below);
}

/** The median of values (NaN for none); does not modify the input. */
export function medianOf(values: ArrayLike<number>): number {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  if (n === 0) return NaN;
  const mid = n >> 1;
  return n % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Median and scaled median absolute deviation (≈ standard deviation for normal data). */
export function robustCentre(values: ArrayLike<number>): { median: number; scale: number } {
  const median = medianOf(values);
  const deviations = Array.from(values, (v) => Math.abs(v - median));
  return { median, scale: 1.4826 * medianOf(deviations) };
}

/** Benjamini–Hochberg: which of the p-values are discoveries at false-discovery rate `q`. */
export function benjaminiHochberg(pValues: ArrayLike<number>, q: number): boolean[] {
  const n = pValues.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (pValues[a] as number) - (pValues[b] as number));
  let cutoff = -1;
  for (let rank = 0; rank < n; rank++) if ((pValues[order[rank] as number] as number) <= ((rank + 1) / n) * q) cutoff = rank;
  const out = new Array<boolean>(n).fill(false);
  for (let rank = 0; rank <= cutoff; rank++) out[order[rank] as number] = true;
  return out;
}

/** Theil–Sen line through points: the median of pairwise slopes and the median intercept (robust to a few outliers). */
export function theilSen(x: ArrayLike<number>, y: ArrayLike<number>): { slope: number; intercept: number } {
  const slopes: number[] = [];
  for (let i = 0; i < x.length; i++) {
    for (let j = i + 1; j < x.length; j++) {
      const dx = (x[j] as number) - (x[i] as number);
      if (Math.abs(dx) > 1e-9) slopes.push(((y[j] as number) - (y[i] as number)) / dx);
    }
  }
  const slope = slopes.length > 0 ? medianOf(slopes) : 0;
  const intercept = medianOf(Array.from(x, (xi, i) => (y[i] as number) - slope * xi));
  return { slope, intercept };
}
