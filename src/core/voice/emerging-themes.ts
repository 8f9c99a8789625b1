// «Новые темы периода»: themes whose share of texts grew significantly against the previous period
// (one-sided two-proportion z-test, Benjamini–Hochberg across themes, a minimum count and lift).

/** A theme's text counts in the period and the one before. */
export interface ThemeCounts {
  readonly theme: string;
  readonly current: number;
  readonly previous: number;
}

/** A theme that grew, with the evidence. */
export interface EmergingTheme {
  readonly theme: string;
  readonly current: number;
  readonly previous: number;
  /** Shares of all texts of each period (0..1). */
  readonly shareCurrent: number;
  readonly sharePrevious: number;
  readonly z: number;
  readonly pValue: number;
}

export interface EmergingOptions {
  /** False discovery rate across themes. */
  readonly fdr: number;
  /** Texts of the theme in the period at least. */
  readonly minCount: number;
  /** The share must grow at least this many times (a theme absent before counts as infinite growth). */
  readonly minLift: number;
}

export const DEFAULT_EMERGING_OPTIONS: EmergingOptions = { fdr: 0.05, minCount: 5, minLift: 1.5 };

/** Upper tail of the standard normal distribution (Abramowitz–Stegun 7.1.26 through erfc). */
export function normalUpperTail(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erfc = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-x * x);
  return z >= 0 ? erfc / 2 : 1 - erfc / 2;
}

/** Themes that grew significantly between two periods of `totalPrevious` and `totalCurrent` texts, strongest first. */
export function emergingThemes(
  counts: readonly ThemeCounts[],
  totalCurrent: number,
  totalPrevious: number,
  options: EmergingOptions = DEFAULT_EMERGING_OPTIONS,
): EmergingTheme[] {
  if (totalCurrent <= 0 || totalPrevious <= 0) return [];
  // Themes nobody mentioned in either period are no hypotheses: they would only dilute the correction.
  const tested = counts
    .filter((c) => c.current + c.previous > 0)
    .map((c) => {
      const p1 = c.current / totalCurrent,
        p0 = c.previous / totalPrevious;
      const pooled = (c.current + c.previous) / (totalCurrent + totalPrevious);
      const se = Math.sqrt(pooled * (1 - pooled) * (1 / totalCurrent + 1 / totalPrevious));
      const z = se > 0 ? (p1 - p0) / se : 0;
      return { theme: c.theme, current: c.current, previous: c.previous, shareCurrent: p1, sharePrevious: p0, z, pValue: normalUpperTail(z) };
    });
  // Benjamini–Hochberg: the largest rank k with p(k) ≤ k/m · fdr; all ranks up to k pass.
  const ranked = [...tested].sort((a, b) => a.pValue - b.pValue);
  let cutoff = -1;
  ranked.forEach((t, i) => {
    if (t.pValue <= ((i + 1) / ranked.length) * options.fdr) cutoff = i;
  });
  const significant = new Set(ranked.slice(0, cutoff + 1).map((t) => t.theme));
  return tested
    .filter(
      (t) =>
        significant.has(t.theme) && t.current >= options.minCount && t.z > 0 && (t.sharePrevious === 0 || t.shareCurrent / t.sharePrevious >= options.minLift),
    )
    .sort((a, b) => a.pValue - b.pValue);
}
